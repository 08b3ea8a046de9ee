/** Protocol tier: the manifest features over stdio, as an editor drives them. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionList, DocumentSymbol, FoldingRange, InitializeResult } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const uri = 'file:///work/app.yaml';
const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replica: 2\n  \n';

describe('manifest features over stdio', () => {
  let server: StdioServer;
  let init: InitializeResult;

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    init = await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    assert.equal(await server.close(), 0);
  });

  it('announces completion, symbols, folding, selection ranges and quick fixes', () => {
    const c = init.capabilities;
    assert.ok(c.completionProvider && c.documentSymbolProvider && c.foldingRangeProvider && c.selectionRangeProvider && c.codeActionProvider);
  });

  it('publishes the unknown field and fixes it with a code action', async () => {
    const diags = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const p = await diags;
    const d = p.diagnostics.find((x) => x.code === 'k8s/unknown-field')!;
    assert.deepEqual(d.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 9 } });
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.deepEqual(actions[0].edit?.changes?.[uri], [{ range: d.range, newText: 'replicas' }]);
  });

  it('completes keys and answers symbols and folding', async () => {
    const list: CompletionList = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 2 } });
    assert.ok(list.items.some((i) => i.label === 'selector'));
    const symbols: DocumentSymbol[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, 'Deployment/web');
    const folds: FoldingRange[] = await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 2 && f.endLine === 3));
  });
});
