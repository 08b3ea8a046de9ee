/**
 * The notes on YAML the manifest hover says nothing about: a kind cluster config
 * (`kind.x-k8s.io`), a kubeadm config, a custom resource. Hover only: such files never get
 * diagnostics from it, and a document without `apiVersion` and `kind` gets nothing.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Locale } from '../l10n';
import type { NotesProvider } from './notes';
import { manifestHead, type YamlFile } from './yaml/parse';
import { yamlPathAt } from './yaml/path';

export function notesOnlyHover(file: YamlFile, offset: number, notes: NotesProvider, locale: Locale): Hover | null {
  const doc = file.docs.find((d) => offset >= d.start && offset <= d.end);
  const head = doc && (doc.manifest ?? manifestHead(doc.tree));
  if (!doc || !head) return null;
  const at = yamlPathAt(doc, offset);
  if (!at) return null;
  const value = notes.hover(
    { language: 'kubernetes', apiVersion: head.apiVersion, kind: head.kind, path: at.path, on: at.on, value: at.on === 'value' ? at.value : undefined },
    locale,
  );
  return value ? { contents: { kind: MarkupKind.Markdown, value }, range: file.lines.range(at.start, at.end) } : null;
}
