/**
 * The Kube Guide language service: text in, plain LSP types out. No I/O, no connection.
 * The LSP layer (`../lsp`) and the CLI (`../cli`) are its two callers.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import { quickFixes } from './codeActions';
import type { Locale } from '../l10n';
import { documentLanguage } from './documents';
import { doManifestHover } from './k8s/hover';
import { manifestDiagnostics } from './k8s/validation';
import type { NotesProvider } from './notes';
import { notesOnlyHover } from './notesHover';
import { linkToNotes } from './notesLinks';
import { defaultSettings, type Settings } from './settings';
import { isPatchPath, parseYaml, type YamlFile } from './yaml/parse';
import { yamlSyntaxDiagnostics } from './yaml/syntax';

export interface ServiceOptions {
  locale: Locale;
  settings?: Settings;
  /** The study notes for hover; absent in tests that do not need them. */
  notes?: NotesProvider;
}

export interface LanguageService {
  configure(options: Partial<ServiceOptions>): void;
  doValidation(document: TextDocument): Diagnostic[];
  doHover(document: TextDocument, position: Position): Hover | null;
  /** Quick fixes for the diagnostics overlapping `range`. */
  doCodeActions(document: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  /** Drops what the service remembers of a closed document. */
  forget(uri: string): void;
}

export function getLanguageService(options: ServiceOptions): LanguageService {
  let locale = options.locale;
  let settings = options.settings ?? defaultSettings;
  let notes = options.notes;
  const yamlCache = new Map<string, YamlFile>();

  /** The parsed file; an edit re-parses only the documents whose text changed. */
  function yamlFile(document: TextDocument, json: boolean): YamlFile {
    const text = document.getText();
    const prev = yamlCache.get(document.uri);
    if (prev && prev.text === text) return prev;
    const file = parseYaml(text, { json, helmTemplates: /\/templates\/[^/]*$/.test(document.uri), patch: isPatchPath(document.uri) }, prev);
    yamlCache.set(document.uri, file);
    return file;
  }

  /**
   * Only YAML (or JSON) files holding at least one Kubernetes manifest are ours; other YAML gets
   * nothing. A JSON file counts only when it is one manifest object.
   */
  function manifestFile(document: TextDocument): YamlFile | null {
    const language = documentLanguage(document.uri, document.languageId);
    if (language !== 'yaml' && language !== 'json') return null;
    // Most JSON is not a manifest (package.json, lock files): look before parsing.
    if (language === 'json' && !/"apiVersion"\s*:[\s\S]*"kind"\s*:|"kind"\s*:[\s\S]*"apiVersion"\s*:/.test(document.getText())) return null;
    const file = yamlFile(document, language === 'json');
    return file.docs.some((d) => d.manifest) ? file : null;
  }

  return {
    configure(o) {
      if (o.locale) locale = o.locale;
      if (o.settings) settings = o.settings;
      if (o.notes) notes = o.notes;
    },
    doValidation(document) {
      const file = manifestFile(document);
      if (!file) return [];
      return linkToNotes([...yamlSyntaxDiagnostics(file, locale), ...manifestDiagnostics(file, locale)], notes);
    },
    doCodeActions(document, range, context) {
      return quickFixes(document.uri, this.doValidation(document), range, context.only);
    },
    doHover(document, position) {
      const language = documentLanguage(document.uri, document.languageId);
      if (language !== 'yaml' && language !== 'json') return null;
      const file = yamlFile(document, language === 'json');
      const offset = file.lines.offsetAt(position);
      return (
        (file.docs.some((d) => d.manifest) ? doManifestHover(file, offset, locale) : null) ??
        // What the manifest hover leaves alone (kind cluster configs, …) may still have notes.
        (settings.hover.notes && notes ? notesOnlyHover(file, offset, notes, locale) : null)
      );
    },
    forget(uri) {
      yamlCache.delete(uri);
    },
  };
}

export { documentLanguage } from './documents';
export { NOTES_TOPICS, type NotesProvider, type NotesReference, type NotesTarget, type NotesTopic } from './notes';
export { defaultSettings, resolveSettings, type Settings } from './settings';
