/**
 * Protocol tier: the editor's rules measure requests against the cluster file of the setting
 * `kubeGuide.simulation.clusterFile` (the simulate commands' cluster), read, reloaded and dropped.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const RULE = 'manifest/requests-exceed-nodes';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: busybox:1.37
    resources:
      requests: {cpu: "6", memory: 1Gi}
      limits: {memory: 1Gi}
`;
const node = (cpu: string) => `apiVersion: v1
kind: Node
metadata:
  name: big-node
status:
  allocatable: {cpu: "${cpu}", memory: 64Gi, pods: "110"}
`;

describe('the cluster file setting over stdio', () => {
  let server: StdioServer;
  let workspace: string;
  let elsewhere: string;
  let clusterFile = '';
  const podUri = () => pathToFileURL(join(workspace, 'pod.yaml')).href;
  const exceeds = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === RULE).map((d) => d.message as string);

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    workspace = mkdtempSync(join(tmpdir(), 'kube-guide-cluster-ws-'));
    // Outside the workspace: only the setting brings it in.
    elsewhere = mkdtempSync(join(tmpdir(), 'kube-guide-cluster-'));
    writeFileSync(join(workspace, 'pod.yaml'), pod);
    writeFileSync(join(elsewhere, 'cluster.yaml'), node('8'));
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    server.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'kubeGuide' ? { simulation: { clusterFile } } : null)),
    );
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      locale: 'en',
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    await server.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('measures against the default cluster without the setting', async () => {
    const diags = server.diagnostics(podUri(), (p) => exceeds(p).length > 0);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: podUri(), languageId: 'yaml', version: 1, text: pod } });
    assert.deepEqual(exceeds(await diags), [
      'The pod requests 6 of cpu, more than any node of the default cluster offers (at most 4, on worker-1): it would stay Pending ("Insufficient cpu"). Request less, or simulate with your cluster (Nodes in the workspace, the setting `kubeGuide.simulation.clusterFile`, or `kube-guide lint --cluster FILE`).',
    ]);
  });

  it('uses the cluster file the setting names, outside the workspace too', async () => {
    clusterFile = join(elsewhere, 'cluster.yaml');
    const diags = server.diagnostics(podUri(), (p) => exceeds(p).length === 0);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(exceeds(await diags), []);
  });

  it('reads the file again when it changes on disk', async () => {
    writeFileSync(join(elsewhere, 'cluster.yaml'), node('2'));
    const diags = server.diagnostics(podUri(), (p) => exceeds(p).some((m) => m.includes('big-node')));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(clusterFile).href, type: 2 }] });
    assert.deepEqual(exceeds(await diags), [
      `The pod requests 6 of cpu, more than any node of ${clusterFile} offers (at most 2, on big-node): it would stay Pending ("Insufficient cpu").`,
    ]);
  });

  it('goes back to the default cluster when the setting is cleared', async () => {
    clusterFile = '';
    const diags = server.diagnostics(podUri(), (p) => exceeds(p).some((m) => m.includes('default cluster')));
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal(exceeds(await diags).length, 1);
  });
});
