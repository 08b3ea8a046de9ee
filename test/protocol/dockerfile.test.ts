/** Protocol tier: Dockerfiles through the built server, as an editor drives them. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionList, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const uri = 'file:///work/app/Dockerfile';

describe('Dockerfiles over stdio', () => {
  let server: StdioServer;
  let init: InitializeResult;

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    init = await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: {} });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    const code = await server.close();
    assert.equal(code, 0, `server exited with ${code}; stderr:\n${server.stderr()}`);
  });

  it('publishes rule findings and builder errors on open', async () => {
    const diags = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM node:22-alpine\nUSER node\nCMD node server.js\nFORM x\n' },
    });
    const p = await diags;
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]),
      [
        ['dockerfile/shell-form-cmd', 2, 2],
        ['dockerfile/UNKNOWN_INSTRUCTION', 3, 1],
      ],
    );
  });

  it('follows incremental edits', async () => {
    const diags = server.diagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, text: 'FROM' }],
    });
    const p = await diags;
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['dockerfile/shell-form-cmd', 'dockerfile/missing-user', 'dockerfile/untagged-image']);
  });

  it('completes RUN --mount types after the = trigger', async () => {
    assert.deepEqual(init.capabilities.completionProvider?.triggerCharacters, ['-', '=', ',', '$', '{']);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'RUN --mount=type=' }],
    });
    const list: CompletionList = await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 17 },
      context: { triggerKind: 2, triggerCharacter: '=' },
    });
    assert.deepEqual(list.items.map((i) => i.label), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
  });

  it('answers a hover on a flag', async () => {
    const h: Hover | null = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 7 } });
    assert.match((h?.contents as MarkupContent).value, /\*\*`--mount=type=<type>/);
  });

  it('offers the exec-form quick fix', async () => {
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } },
      context: { diagnostics: [] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Convert to exec form');
    assert.deepEqual(fix?.edit?.changes?.[uri], [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } }, newText: '["node", "server.js"]' }]);
  });
});
