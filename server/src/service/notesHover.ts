/**
 * The notes where the manifest hover says nothing: tool configs that borrow the manifest shape (a
 * kind cluster config, a kubeadm config — not manifests, so they never get diagnostics) and the
 * places of a manifest the manifest hover leaves alone. Hover only; a document without top-level
 * `apiVersion` and `kind` gets nothing, and neither does a kubeconfig.
 */
import { isMap, isScalar, type Node } from 'yaml';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Locale } from '../l10n';
import type { NotesProvider } from './notes';
import { keyRange, locate, nodeRange } from './yaml/nav';
import { findPair, scalarString, type YamlDoc, type YamlFile } from './yaml/parse';

export function notesOnlyHover(file: YamlFile, offset: number, notes: NotesProvider, locale: Locale): Hover | null {
  const at = locate(file, offset);
  const head = at && headOf(at.doc);
  if (!at || !head || !at.path.length) return null;
  const range = at.on === 'key' ? (at.pair ? keyRange(at.pair) : undefined) : isScalar(at.node) ? nodeRange(at.node as Node) : undefined;
  if (!range) return null;
  const value = at.on === 'value' && isScalar(at.node) && at.node.value !== null ? String(at.node.value) : undefined;
  const md = notes.hover({ language: 'kubernetes', apiVersion: head.apiVersion, kind: head.kind, path: at.path, on: at.on, value }, locale);
  return md ? { contents: { kind: MarkupKind.Markdown, value: md }, range: file.lines.range(range[0], range[1]) } : null;
}

/** Top-level apiVersion and kind, also of tool configs; kubeconfigs (`v1` `Config`) are left out. */
function headOf(doc: YamlDoc): { apiVersion: string; kind: string } | null {
  if (doc.manifest) return doc.manifest;
  const root = doc.tree.contents;
  if (!isMap(root)) return null;
  const apiVersion = scalarString(findPair(root, 'apiVersion')?.value);
  const kind = scalarString(findPair(root, 'kind')?.value);
  if (!apiVersion || !kind || apiVersion === 'v1') return null;
  return { apiVersion, kind };
}
