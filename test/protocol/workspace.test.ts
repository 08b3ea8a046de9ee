/**
 * Protocol tier: the workspace index over stdio — the scan at start honouring files.exclude,
 * cross-document diagnostics, go to definition, references, the Service code lens, and a file
 * created on disk (a watcher event) changing an open document's diagnostics.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');

const files: Record<string, string> = {
  'app/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.25
        ports:
        - name: http
          containerPort: 8080
        envFrom:
        - configMapRef: {name: settings}
        - configMapRef: {name: hidden}
        - configMapRef: {name: late}
`,
  'app/svc.yaml': `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
    targetPort: http
`,
  'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {a: "1"}\n',
  // files.exclude hides this folder, and node_modules is never read.
  'generated/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hidden\ndata: {a: "1"}\n',
  'node_modules/pkg/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hidden\ndata: {a: "1"}\n',
};

describe('the workspace index over stdio', () => {
  let server: StdioServer;
  let dir: string;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const refsOf = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'manifest/config-ref').map((d) => d.message as string);

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    dir = mkdtempSync(join(tmpdir(), 'kube-guide-ws-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    server.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'files.exclude' ? { '**/.git': true, generated: true } : null)),
    );
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      locale: 'en',
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    const code = await server.close();
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, `server exited with ${code}; stderr:\n${server.stderr()}`);
  });

  it('checks an open file against the files on disk, skipping what files.exclude hides', async () => {
    // Diagnostics come again once the scan ends; wait for the ones that know the workspace.
    const ready = server.diagnostics(uri('app/deploy.yaml'), (p) => refsOf(p).length === 2);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri('app/deploy.yaml'), languageId: 'yaml', version: 1, text: files['app/deploy.yaml'] },
    });
    const p = await ready;
    assert.deepEqual(refsOf(p), [
      'No ConfigMap `hidden` in the workspace (envFrom): the pod cannot start until it exists. Check the name.',
      'No ConfigMap `late` in the workspace (envFrom): the pod cannot start until it exists. Check the name.',
    ]);
    // The Service in svc.yaml selects these pods: the readiness probe is asked for, naming it.
    assert.ok(p.diagnostics.some((d) => d.code === 'manifest/missing-readiness-probe' && /Service `web`/.test(d.message as string)));
  });

  it('goes from the Service selector to the Deployment on disk, and shows a code lens', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri('app/svc.yaml'), languageId: 'yaml', version: 1, text: files['app/svc.yaml'] },
    });
    const defs: Location[] = await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri('app/svc.yaml') }, position: { line: 5, character: 14 } });
    assert.deepEqual(defs, [{ uri: uri('app/deploy.yaml'), range: { start: { line: 10, character: 6 }, end: { line: 10, character: 12 } } }]);
    const lenses: CodeLens[] = await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri('app/svc.yaml') } });
    assert.deepEqual(lenses.map((l) => l.command?.title), ['selects 1 workload: Deployment/web']);
    const refs: Location[] = await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('app/deploy.yaml') },
      position: { line: 19, character: 32 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map((r) => [r.uri, r.range.start.line]), [
      [uri('app/cm.yaml'), 3],
      [uri('app/deploy.yaml'), 19],
    ]);
  });

  it('checks the other open documents again when one changes', async () => {
    const readiness = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'manifest/missing-readiness-probe');
    const gone = server.diagnostics(uri('app/deploy.yaml'), (p) => !readiness(p));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('app/svc.yaml'), version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 18 }, end: { line: 5, character: 21 } }, text: 'api' }],
    });
    // The Service no longer selects the Deployment's pods: no readiness probe is asked for.
    assert.equal(readiness(await gone), false);
    const back = server.diagnostics(uri('app/deploy.yaml'), readiness);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('app/svc.yaml'), version: 3 },
      contentChanges: [{ range: { start: { line: 5, character: 18 }, end: { line: 5, character: 21 } }, text: 'web' }],
    });
    assert.equal(readiness(await back), true);
  });

  it('takes a file created on disk (a watcher event) into account', async () => {
    writeFileSync(join(dir, 'app/late.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: late\ndata: {a: "1"}\n');
    const fixed = server.diagnostics(uri('app/deploy.yaml'), (p) => refsOf(p).length === 1);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('app/late.yaml'), type: 1 }] });
    assert.match(refsOf(await fixed)[0], /ConfigMap `hidden`/);
  });
});
