/** Helpers for the extension-host suite: workspace files and deterministic waits with deadlines. */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'kube-guide.kube-guide';

/** A file of the opened workspace (the bundled examples/). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (examples/)');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Polls `check` until it returns a truthy value; fails with `what` at the deadline. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves with the diagnostics of `uri` from `source` once there are some. Event-driven, with a deadline. */
export function diagnosticsOf(uri: vscode.Uri, source: string, timeout = 30_000): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === source);
  return new Promise((resolve, reject) => {
    const now = ours();
    if (now.length) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeout} ms waiting for ${source} diagnostics on ${path.basename(uri.path)}`));
    }, timeout);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = ours();
      if (!d.length) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
    });
  });
}

/** The position of the first `needle` in the document (line and UTF-16 character). */
export function positionOf(doc: vscode.TextDocument, needle: string): vscode.Position {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} is not in ${doc.uri.path}`);
  return doc.positionAt(i);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}
