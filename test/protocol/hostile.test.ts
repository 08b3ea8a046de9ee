/**
 * Protocol tier: a hostile or careless client. The built server over stdio must answer every
 * request (or say it was cancelled), survive malformed messages and settings, and tell the user
 * when a document is too large instead of freezing on it.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, type PublishDiagnosticsParams, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: a\n    image: nginx:1.25\n';

/** One JSON-RPC message as it goes on the wire. */
const frame = (m: unknown) => {
  const body = JSON.stringify(m);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

describe('kube-guide-ls with a hostile client', () => {
  let server: StdioServer;
  const messages: ShowMessageParams[] = [];
  let messageArrived: (() => void) | undefined;

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    // Warnings go as window/showMessageRequest (they may carry actions).
    const shown = (p: ShowMessageParams) => {
      messages.push({ type: p.type, message: p.message });
      messageArrived?.();
    };
    server.connection.onNotification('window/showMessage', (p: ShowMessageParams) => shown(p));
    server.connection.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
      shown(p);
      return null;
    });
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    const code = await server.close();
    assert.equal(code, 0, `server exited with ${code}; stderr:\n${server.stderr()}`);
  });

  const hover = (uri: string, line = 1, character = 2) => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const open = async (uri: string, text: string): Promise<PublishDiagnosticsParams> => {
    const diags = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return diags;
  };

  it('says which process answers (kubeGuide/serverInfo)', async () => {
    const info: { pid: number; version: string } = await server.connection.sendRequest('kubeGuide/serverInfo', {});
    assert.equal(info.pid, server.child.pid);
    assert.match(info.version, /^\d+\.\d+\.\d+/);
  });

  it('answers a cancelled request with RequestCancelled and computes nothing for it', async () => {
    const uri = 'file:///hostile/cancel.yaml';
    await open(uri, manifest);
    const source = new CancellationTokenSource();
    const cancelled = hover(uri);
    const request = server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }, source.token);
    source.cancel();
    await assert.rejects(request, (e: { code?: number }) => e.code === -32800);
    assert.ok(await cancelled, 'the request before it is answered');
  });

  it('survives malformed messages and answers the next request', async () => {
    const uri = 'file:///hostile/after-garbage.yaml';
    await open(uri, manifest);
    server.child.stdin!.write(
      [
        'Content-Length: 5\r\n\r\n{bad}',
        'Content-Length: 2\r\n\r\n[]',
        'Content-Length: 4\r\n\r\nnull',
        frame({ jsonrpc: '2.0', id: 'h1', method: 'textDocument/hover', params: null }),
        frame({ jsonrpc: '2.0', id: 'h2', method: 'textDocument/hover', params: { textDocument: { uri: 5 }, position: 'x' } }),
        frame({ jsonrpc: '2.0', id: 'h3', method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: -5, character: 1e9 } } }),
        frame({ jsonrpc: '2.0', id: 'h4', method: 'textDocument/references', params: { textDocument: { uri }, position: { line: 1, character: 1 } } }),
        frame({ jsonrpc: '2.0', id: 'h5', method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: { line: 9e9 } }, context: null } }),
        frame({ jsonrpc: '2.0', id: 'h6', method: 'textDocument/selectionRange', params: { textDocument: { uri }, positions: [{ line: -1, character: -1 }, null] } }),
        frame({ jsonrpc: '2.0', id: 'h7', method: 'kubeGuide/simulate', params: { textDocuments: [{ uri: 'file:///dev/zero' }], whatIf: { kind: 'nodeFailure', node: {} } } }),
        frame({ jsonrpc: '2.0', id: 'h8', method: 'no/suchMethod', params: {} }),
        frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///hostile/null.yaml', languageId: 'yaml', version: 1, text: null } } }),
        frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: -1, character: -1 }, end: { line: 1e9, character: 0 } }, text: manifest }] } }),
        frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///hostile/never-opened.yaml', version: 2 }, contentChanges: [{ text: 'x' }] } }),
      ].join(''),
    );
    const h = await hover(uri);
    assert.ok(h, 'the server still answers');
  });

  it('survives settings that name devices and junk (`notes.paths: ["/dev/zero"]`)', async () => {
    const warned = new Promise<void>((r) => (messageArrived = r));
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { kubeGuide: { notes: { paths: ['/dev/zero', 5, null] }, limits: 'x', rules: [1], preset: {}, hover: 'yes' } },
    });
    await warned;
    messageArrived = undefined;
    assert.match(messages.at(-1)!.message, /^Kube Guide: cannot read the notes file \/dev\/zero: not a regular file$/);
    assert.ok(await hover('file:///hostile/after-garbage.yaml'));
  });

  it('checks only the syntax of a 1.5 MB manifest, and says so once, in the Problems panel and in a message', async () => {
    const uri = 'file:///hostile/huge.yaml';
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n${Array.from({ length: 60000 }, (_, i) => `  key-${i}: value-${i}\n`).join('')}  key-7: again\n`;
    const before = messages.length;
    const warned = new Promise<void>((r) => (messageArrived = r));
    const p = await open(uri, text);
    await warned;
    messageArrived = undefined;
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['kube-guide/too-large', 0],
        ['yaml/DUPLICATE_KEY', 60005],
      ],
    );
    assert.deepEqual(messages.slice(before), [{ type: 2, message: 'Kube Guide: /hostile/huge.yaml is too large (1.5 MB); only syntax is checked.' }]);
    assert.equal(await hover(uri), null);
    // An edit validates again without a second message.
    const again = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } }, text: 'big' }] });
    assert.equal((await again).diagnostics.length, 2);
    assert.equal(messages.length, before + 1);
  });
});
