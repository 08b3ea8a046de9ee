/** Fixtures as strings: cursor markers instead of raw offsets, and documents without disk. */
import { TextDocument } from 'vscode-languageserver-textdocument';

/** `cursor('kind: Dep|')` → ['kind: Dep', 9]. The marker must appear once. */
export function cursor(text: string, marker = '|'): [string, number] {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + marker.length) >= 0) throw new Error(`fixture needs exactly one ${marker}`);
  return [text.slice(0, at) + text.slice(at + marker.length), at];
}

let counter = 0;
export function textDocument(text: string, languageId = 'yaml', uri?: string): TextDocument {
  const ext = languageId === 'dockerfile' ? '' : `.${languageId}`;
  return TextDocument.create(uri ?? `file:///fixture/${languageId === 'dockerfile' ? 'Dockerfile' : 'doc'}${++counter}${ext}`, languageId, 1, text);
}

/** Strips a common leading indentation so fixtures can be indented in the test source. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
