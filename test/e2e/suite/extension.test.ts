/**
 * The extension in a real VS Code: activation, diagnostics and hover through the real language
 * client, the IPC transport and the bundled server. Runs in the extension host (mocha).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { t } from '../../../server/src/l10n';
import { diagnosticsOf, EXTENSION_ID, hoverText, open, positionOf, waitFor, workspaceFile } from './util';

const SOURCE = 'Kube Guide';

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

describe('Kube Guide in VS Code', () => {
  it('activates on a YAML document and registers its commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await open(workspaceFile('web.yaml'));
    await waitFor('the extension to activate', () => ext.isActive);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['kubeGuide.restartServer', 'kubeGuide.showOutput']) assert.ok(commands.includes(c), `${c} is not registered`);
  });

  it('reports the YAML syntax error of examples/broken.yaml on its exact range', async () => {
    const editor = await open(workspaceFile('broken.yaml'));
    const diags = await diagnosticsOf(editor.document.uri, SOURCE);
    // The unclosed quote runs from `"` to the end of its line.
    const start = positionOf(editor.document, '"broken');
    const end = editor.document.lineAt(start.line).range.end;
    assert.deepEqual(
      diags.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message })),
      [
        {
          range: new vscode.Range(start, end),
          severity: vscode.DiagnosticSeverity.Error,
          code: 'yaml/MISSING_CHAR',
          message: t('en', 'yaml.syntax', { message: 'Missing closing "quote' }),
        },
      ],
    );
  });

  it('answers a hover on `kind` with its doc and this document\'s type', async () => {
    const editor = await open(workspaceFile('web.yaml'));
    const at = positionOf(editor.document, 'kind: Deployment');
    const hovers = await hoverAt(editor.document.uri, at.translate(0, 1));
    const ours = hovers.filter((h) => hoverText([h]).includes(t('en', 'hover.kind.body')));
    assert.equal(ours.length, 1, `no Kube Guide hover on kind; got: ${hoverText(hovers)}`);
    const text = hoverText(ours);
    assert.ok(text.startsWith(`**${t('en', 'hover.kind.title')}** \`string\``), text);
    assert.ok(text.includes(t('en', 'hover.thisDocument', { apiVersion: 'apps/v1', kind: 'Deployment' })), text);
    assert.deepEqual(ours[0].range, new vscode.Range(at, at.translate(0, 'kind'.length)));
  });

  it('answers a hover on `apiVersion` in the second document of a file', async () => {
    const editor = await open(workspaceFile('web.yaml'));
    const second = editor.document.getText().indexOf('apiVersion: v1');
    const hovers = await hoverAt(editor.document.uri, editor.document.positionAt(second + 3));
    const text = hoverText(hovers);
    assert.ok(text.includes(t('en', 'hover.apiVersion.body')), text);
    assert.ok(text.includes(t('en', 'hover.thisDocument', { apiVersion: 'v1', kind: 'Service' })), text);
  });

  it('says nothing about YAML that is not a Kubernetes manifest', async () => {
    const plain = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'kind: notes\nname: "unclosed\n' });
    await vscode.window.showTextDocument(plain);
    assert.deepEqual(await hoverAt(plain.uri, new vscode.Position(0, 1)), []);
    // The server answers in order: once a manifest opened after it has its diagnostics, the plain
    // file has had its turn too.
    const manifest = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "x\n' });
    await diagnosticsOf(manifest.uri, SOURCE);
    assert.deepEqual(vscode.languages.getDiagnostics(plain.uri).filter((d) => d.source === SOURCE), []);
  });

  it('restarts the language server on command and keeps answering', async () => {
    const editor = await open(workspaceFile('web.yaml'));
    await vscode.commands.executeCommand('kubeGuide.restartServer');
    const at = positionOf(editor.document, 'kind: Deployment');
    // The client is stopped and started again; its hover provider comes back with the new server.
    const hovers = await waitFor('a hover after the restart', async () => {
      const h = await hoverAt(editor.document.uri, at);
      return hoverText(h).includes(t('en', 'hover.kind.body')) ? h : undefined;
    });
    assert.equal(hovers.length, 1);
  });
});
