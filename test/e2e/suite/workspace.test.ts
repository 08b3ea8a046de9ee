/**
 * The workspace features in a real VS Code: the code lens over a Service (and its command opening
 * VS Code's peek view through the client), go to definition from a selector, references back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, positionOf, waitFor, workspaceFile } from './util';

describe('Kube Guide across the workspace', () => {
  it('shows a code lens over the Service of examples/web.yaml that opens the pods it selects', async () => {
    const editor = await open(workspaceFile('web.yaml'));
    const uri = editor.document.uri;
    const lenses = await waitFor('the Service code lens', async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
      const ours = all.filter((l) => l.command?.command === 'kubeGuide.showReferences');
      return ours.length ? ours : undefined;
    });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command!.title, 'selects 1 workload: Deployment/web');
    assert.equal(lenses[0].range.start.line, positionOf(editor.document, 'selector:\n    app: web\n  ports').line);
    // The client turns the plain JSON arguments into VS Code's types; the peek view opens without error.
    await vscode.commands.executeCommand(lenses[0].command!.command, ...(lenses[0].command!.arguments ?? []));
  });

  it('goes from the Service selector to the pod template it selects, and back', async () => {
    const editor = await open(workspaceFile('web.yaml'));
    const doc = editor.document;
    const selector = doc.positionAt(doc.getText().indexOf('app: web', doc.getText().indexOf('kind: Service')) + 6);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, selector);
    const labels = doc.positionAt(doc.getText().indexOf('labels:', doc.getText().indexOf('template:')));
    assert.deepEqual(
      defs.map((d) => ('targetUri' in d ? [d.targetUri.toString(), d.targetRange.start.line] : [d.uri.toString(), d.range.start.line])),
      [[doc.uri.toString(), labels.line]],
    );
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, labels.translate(1, 8));
    assert.ok(refs.some((r) => r.uri.toString() === doc.uri.toString() && r.range.start.line === positionOf(doc, 'selector:\n    app: web\n  ports').line), JSON.stringify(refs));
  });
});
