/** Protocol tier: the built `kube-guide-ls --stdio`, driven over JSON-RPC as any editor would. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const uri = 'file:///work/deploy.yaml';

describe('kube-guide-ls over stdio', () => {
  let server: StdioServer;
  let init: InitializeResult;

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    init = await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'ko',
      capabilities: { workspace: { configuration: true } },
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    const code = await server.close();
    assert.equal(code, 0, `server exited with ${code}; stderr:\n${server.stderr()}`);
  });

  it('announces itself and its capabilities', () => {
    assert.equal(init.serverInfo?.name, 'kube-guide-ls');
    assert.equal(init.capabilities.hoverProvider, true);
    assert.equal(init.capabilities.textDocumentSync, 2);
  });

  it('publishes a YAML syntax error on open, in the client locale', async () => {
    const diags = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text: 'apiVersion: apps/v1\nkind: Deployment\nkind: Pod\nmetadata:\n  name: web\n' },
    });
    const p = await diags;
    assert.equal(p.version, 1);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.range, d.message]),
      [['yaml/DUPLICATE_KEY', { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, 'YAML 문법 오류: 맵의 키가 중복되었다']],
    );
  });

  it('answers a hover on kind', async () => {
    const h: Hover | null = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 2 },
    });
    assert.ok(h);
    assert.match((h.contents as MarkupContent).value, /`apps\/v1` `Deployment`/);
  });

  it('clears the error after an incremental change', async () => {
    const diags = server.diagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' }],
    });
    assert.deepEqual((await diags).diagnostics, []);
  });

  it('clears diagnostics when the document closes', async () => {
    const diags = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await diags).diagnostics, []);
  });
});
