/**
 * `kubeGuide.showReferences`: the server's code lenses pass plain JSON (a URI string, an LSP
 * position, LSP locations); VS Code's peek view wants its own types.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const SHOW_REFERENCES_COMMAND = 'kubeGuide.showReferences';

type Json = { line: number; character: number };

export async function showReferences(client: LanguageClient | undefined, uri: unknown, position: unknown, locations: unknown): Promise<void> {
  if (!client || typeof uri !== 'string' || !Array.isArray(locations)) return;
  const c = client.protocol2CodeConverter;
  const p = position as Json;
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    c.asUri(uri),
    new vscode.Position(p?.line ?? 0, p?.character ?? 0),
    locations.map((l) => c.asLocation(l)),
  );
}
