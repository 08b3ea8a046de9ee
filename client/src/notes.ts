/**
 * `kubeGuide.openNotes`: opens a note in VS Code's Markdown preview at a line. Hover links run it
 * (`command:kubeGuide.openNotes?[{"uri":…,"line":…}]`); without arguments it opens the bundled
 * notes. The preview starts where its source editor is scrolled, so the source is revealed at the
 * line first and the preview opened over it.
 */
import * as vscode from 'vscode';

export const OPEN_NOTES_COMMAND = 'kubeGuide.openNotes';
export const BUNDLED_NOTES = 'server/data/notes/kubernetes-perfect-guide.ko.md';

export async function openNotes(context: vscode.ExtensionContext, arg?: { uri?: unknown; line?: unknown }): Promise<void> {
  const uri = typeof arg?.uri === 'string' ? vscode.Uri.parse(arg.uri) : vscode.Uri.file(context.asAbsolutePath(BUNDLED_NOTES));
  // Links come from hover text, which user notes can write: open Markdown files only.
  if (!/\.(md|markdown)$/i.test(uri.path)) return;
  const line = typeof arg?.line === 'number' && arg.line >= 0 ? Math.floor(arg.line) : 0;
  const at = new vscode.Range(line, 0, line, 0);
  const back = vscode.window.activeTextEditor;
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: at, preview: true });
  editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  // The notes are for reading beside the work: the keyboard goes back to the file the link was in.
  if (back && back.document.uri.toString() !== uri.toString()) {
    await vscode.window.showTextDocument(back.document, { viewColumn: back.viewColumn, preserveFocus: false });
  }
}
