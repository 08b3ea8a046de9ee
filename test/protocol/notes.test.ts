/**
 * The notes through the built server: the bundled notes in hover (on a kind cluster config, which
 * gets no diagnostics), and the user's notes from the `kubeGuide.notes.paths` setting, read again
 * when the file changes.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const dir = mkdtempSync(join(tmpdir(), 'kube-guide-protocol-notes-'));
const mine = join(dir, 'my-notes.md');
const kindUri = pathToFileURL(join(dir, 'kind.yaml')).toString();

type Loaded = { files: { file: string; linked: number; error?: string }[] };

describe('study notes over stdio', () => {
  let server: StdioServer;
  const loads: ((p: Loaded) => void)[] = [];
  const nextLoad = () => new Promise<Loaded>((r) => loads.push(r));

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    server.connection.onNotification('kubeGuide/notesLoaded', (p: Loaded) => loads.shift()?.(p));
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      initializationOptions: { locale: 'ko', notesLinks: 'command' },
      capabilities: {},
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const hover = async (uri: string, line: number, character: number) =>
    ((await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } }))?.contents as MarkupContent | undefined)?.value;

  it('shows the bundled notes on a kind cluster config, and publishes no diagnostics for it', async () => {
    const diags = server.diagnostics(kindUri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: kindUri, languageId: 'yaml', version: 1, text: 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\n' },
    });
    assert.deepEqual((await diags).diagnostics, []);
    const md = await hover(kindUri, 0, 8);
    assert.match(md!, /^\*\*공부 노트\*\* · 3장 › 쿠버네티스 환경과 도구 › 로컬 쿠버네티스 · \[노트에서 보기\]\(command:kubeGuide\.openNotes\?/);
    const link = /command:kubeGuide\.openNotes\?([^)]+)\)/.exec(md!)![1];
    const [{ uri, line }] = JSON.parse(decodeURIComponent(link));
    assert.match(uri, /^file:\/\/.*\/server\/data\/notes\/kubernetes-perfect-guide\.ko\.md$/);
    assert.equal(line, 157);
  });

  it('reads the user\'s notes from the setting, and again when the file changes', async () => {
    writeFileSync(mine, '# Clusters\n\n## Control plane <!-- kube-guide: kind.x-k8s.io/* Cluster nodes.role = control-plane -->\n\nRuns the API server.\n');
    let loaded = nextLoad();
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kubeGuide: { notes: { paths: ['my-notes.md'] } } } });
    assert.deepEqual((await loaded).files, [{ file: mine, linked: 1, problems: [] }]);
    let md = await hover(kindUri, 3, 14);
    assert.match(md!, /쿠버네티스 노드를 관리하는 노드[\s\S]*\n\n---\n\n\*\*공부 노트\*\* · Clusters › Control plane · [\s\S]*Runs the API server\.\n\n\*출처: my-notes\.md\*$/);

    loaded = nextLoad();
    writeFileSync(mine, '# Clusters\n\n## Control plane <!-- kube-guide: kind.x-k8s.io/* Cluster nodes.role = control-plane -->\n\nRuns etcd too.\n');
    await loaded;
    md = await hover(kindUri, 3, 14);
    assert.match(md!, /Runs etcd too\./);
  });

  it('hides the notes when kubeGuide.hover.notes is off, and shows them again when it is on', async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kubeGuide: { hover: { notes: false }, notes: { paths: ['my-notes.md'] } } } });
    assert.equal(await hover(kindUri, 0, 8), undefined);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kubeGuide: { hover: { notes: true }, notes: { paths: ['my-notes.md'] } } } });
    assert.match((await hover(kindUri, 0, 8))!, /kind\(Kubernetes in Docker\)/);
  });
});
