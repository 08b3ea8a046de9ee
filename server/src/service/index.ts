/**
 * The Kube Guide language service: text in, plain LSP types out. No I/O, no connection.
 * The LSP layer (`../lsp`) and the CLI (`../cli`) are its two callers.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, CodeLens, CompletionList, Location, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { quickFixes } from './codeActions';
import type { Locale } from '../l10n';
import { documentLanguage } from './documents';
import { doManifestComplete } from './k8s/completion';
import { doDockerfileComplete } from './dockerfile/completion';
import { DockerfileDocuments } from './dockerfile/documents';
import { doDockerfileHover } from './dockerfile/hover';
import { doManifestHover } from './k8s/hover';
import { documentSymbols } from './k8s/symbols';
import { manifestDiagnostics } from './k8s/validation';
import type { NotesProvider } from './notes';
import { notesOnlyHover } from './notesHover';
import { linkToNotes } from './notesLinks';
import {
  applyRuleConfig,
  dockerfileSuppressions,
  dockerfileWorkspaceDiagnostics,
  ignoreActions,
  manifestRuleDiagnostics,
  NO_SUPPRESSIONS,
  rulesConfig,
  withoutCoveredCustomResources,
  yamlSuppressions,
} from './rules';
import { LineIndex } from '../common/text';
import { findDefinition, findReferences, serviceCodeLenses, WorkspaceIndex } from './workspace';
import { locate } from './yaml/nav';
import { defaultSettings, type Settings } from './settings';
import { isPatchPath, parseYaml, type YamlFile } from './yaml/parse';
import { foldingRanges, selectionRanges } from './yaml/structure';
import { yamlSyntaxDiagnostics } from './yaml/syntax';
import { DOCKERFILE_RULES } from './dockerfile/rules';
import { analysisLevel, limitsFor, looksLikeManifest, tooLargeDiagnostic, type AnalysisLevel } from './limits';

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
  /** Completion at `position` (manifests: keys, values, whole resources). */
  doComplete(document: TextDocument, position: Position): CompletionList | null;
  /** The outline: `Kind/name` per manifest, its keys nested below. */
  doDocumentSymbols(document: TextDocument): DocumentSymbol[];
  doFoldingRanges(document: TextDocument): FoldingRange[];
  doSelectionRanges(document: TextDocument, positions: Position[]): SelectionRange[];
  /** Quick fixes for the diagnostics overlapping `range`, and "ignore this rule" for those in `context`. */
  doCodeActions(document: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  /** Every manifest of the workspace, for cross-document checks; the LSP layer and the CLI fill it. */
  readonly workspace: WorkspaceIndex;
  /** A selector → the pod templates it selects; a ConfigMap/Secret/Service/target reference → its manifest. */
  doDefinition(document: TextDocument, position: Position): Location[] | null;
  /** Everything that refers to the object (or selects the pods) under the cursor. */
  doReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[] | null;
  /** Over each Service: how many workloads of the workspace it selects. */
  doCodeLens(document: TextDocument): CodeLens[];
  /** How much analysis the document gets for its size (`settings.limits`; see limits.ts). */
  analysisLevel(document: TextDocument): AnalysisLevel;
  /** Drops what the service remembers of a closed document. */
  forget(uri: string): void;
}

export function getLanguageService(options: ServiceOptions): LanguageService {
  let locale = options.locale;
  let settings = options.settings ?? defaultSettings;
  let notes = options.notes;
  const yamlCache = new Map<string, YamlFile>();
  const workspace = new WorkspaceIndex();
  workspace.limits = { ...settings.workspace };
  const dockerfiles = new DockerfileDocuments();
  const isDockerfile = (d: TextDocument) => documentLanguage(d.uri, d.languageId) === 'dockerfile';
  const yamlLanguage = (d: TextDocument) => ['yaml', 'json'].includes(documentLanguage(d.uri, d.languageId));
  /** The last diagnostics per document, while its parse, the index, the settings and locale are the same (code actions ask on every cursor move). */
  const validations = new Map<string, { file: YamlFile; version: number; settings: Settings; locale: Locale; notes?: NotesProvider; diagnostics: Diagnostic[] }>();
  const limits = (d: TextDocument) => limitsFor(settings.limits, isDockerfile(d));
  const level = (d: TextDocument) => analysisLevel(d.getText().length, limits(d));
  /** The settings with every Dockerfile rule off: a Dockerfile too large for full analysis gets the builder's syntax errors only. */
  let syntaxOnly: { from: Settings; settings: Settings } | undefined;
  const syntaxSettings = () => {
    if (syntaxOnly?.from !== settings) syntaxOnly = { from: settings, settings: { ...settings, rules: { ...settings.rules, ...Object.fromEntries(DOCKERFILE_RULES.map((r) => [r.id, 'off' as const])) } } };
    return syntaxOnly.settings;
  };

  /** The parsed file; an edit re-parses only the documents whose text changed. */
  function yamlFile(document: TextDocument, json: boolean): YamlFile {
    const text = document.getText();
    const prev = yamlCache.get(document.uri);
    if (prev && prev.text === text) return prev;
    const file = parseYaml(text, { json, helmTemplates: /\/templates\/[^/]*$/.test(document.uri), patch: isPatchPath(document.uri) }, prev);
    yamlCache.set(document.uri, file);
    return file;
  }

  /** A YAML file, or a JSON file that may be a manifest; null for anything else. */
  function yamlSource(document: TextDocument): YamlFile | null {
    const language = documentLanguage(document.uri, document.languageId);
    if (language !== 'yaml' && language !== 'json') return null;
    // Most JSON is not a manifest (package.json, lock files): look before parsing.
    if (language === 'json' && !/"apiVersion"\s*:[\s\S]*"kind"\s*:|"kind"\s*:[\s\S]*"apiVersion"\s*:/.test(document.getText())) return null;
    return yamlFile(document, language === 'json');
  }

  /** A manifest file, indexed as it is now (navigation reads the index). */
  function indexed(document: TextDocument): YamlFile | null {
    const file = manifestFile(document);
    if (file) workspace.setParsed(document.uri, file);
    return file;
  }

  /**
   * Only YAML (or JSON) files holding at least one Kubernetes manifest are ours; other YAML gets
   * nothing. A JSON file counts only when it is one manifest object.
   */
  function manifestFile(document: TextDocument): YamlFile | null {
    const file = yamlSource(document);
    return file && file.docs.some((d) => d.manifest) ? file : null;
  }

  return {
    configure(o) {
      if (o.locale) locale = o.locale;
      if (o.settings) {
        settings = o.settings;
        workspace.limits = { ...settings.workspace };
      }
      if (o.notes) notes = o.notes;
    },
    doValidation(document) {
      const config = rulesConfig(settings);
      const size = level(document);
      const notice = size === 'full' ? [] : [tooLargeDiagnostic(size, document.getText().length, settings.limits, locale, isDockerfile(document))];
      if (isDockerfile(document) && size !== 'full') {
        // Too large: the builder's syntax errors at most, no rules, nothing across the workspace.
        return size === 'none' ? notice : [...notice, ...applyRuleConfig(dockerfiles.validate(document, locale, syntaxSettings()), config, NO_SUPPRESSIONS)];
      }
      if (isDockerfile(document)) {
        // Dockerfile rules apply their settings and pragmas themselves; the preset applies here.
        const own = applyRuleConfig(linkToNotes(dockerfiles.validate(document, locale, settings), notes), config, NO_SUPPRESSIONS);
        // What manifests of the workspace do with the image built here.
        workspace.setDockerfile(document.uri, document.getText(), dockerfiles.model(document));
        const links = dockerfileWorkspaceDiagnostics(document.uri, workspace.view(), locale);
        return links.length ? [...own, ...applyRuleConfig(links, config, dockerfileSuppressions(new LineIndex(document.getText())))] : own;
      }
      if (size === 'none') return yamlLanguage(document) && looksLikeManifest(document.getText()) ? notice : [];
      const file = yamlSource(document);
      if (!file) return [];
      // Every YAML file feeds the workspace index (kustomizations too, which are not manifests).
      workspace.setParsed(document.uri, file);
      if (!file.docs.some((d) => d.manifest)) return [];
      if (size === 'syntax') return [...notice, ...yamlSyntaxDiagnostics(file, locale)];
      const cached = validations.get(document.uri);
      if (cached && cached.file === file && cached.version === workspace.version && cached.settings === settings && cached.locale === locale && cached.notes === notes) return cached.diagnostics;
      const view = workspace.view();
      const diagnostics = withoutCoveredCustomResources(
        [...yamlSyntaxDiagnostics(file, locale), ...manifestDiagnostics(file, locale), ...manifestRuleDiagnostics(document.uri, file, view, config, locale, notes)],
        file,
        view,
      );
      const result = applyRuleConfig(linkToNotes(diagnostics, notes), config, yamlSuppressions(file));
      validations.set(document.uri, { file, version: workspace.version, settings, locale, notes, diagnostics: result });
      return result;
    },
    doComplete(document, position) {
      if (level(document) !== 'full') return null;
      if (isDockerfile(document)) {
        const model = dockerfiles.model(document);
        return doDockerfileComplete(model, model.lines.offsetAt(position), locale, settings.hover.docs);
      }
      const language = documentLanguage(document.uri, document.languageId);
      if (language === 'json') {
        // A JSON manifest (not package.json and friends).
        const file = manifestFile(document);
        return file ? doManifestComplete(file, file.lines.offsetAt(position), locale) : null;
      }
      if (language !== 'yaml') return null;
      const file = yamlFile(document, false);
      // An empty file or one with manifests; other YAML (CI, compose, values) gets nothing.
      if (!file.docs.some((d) => d.manifest) && file.docs.some((d) => d.tree.contents !== null && !isHeadOnly(d))) return null;
      return doManifestComplete(file, file.lines.offsetAt(position), locale);
    },
    doDocumentSymbols(document) {
      if (level(document) === 'none') return [];
      const file = manifestFile(document);
      return file ? documentSymbols(file) : [];
    },
    doFoldingRanges(document) {
      if (level(document) === 'none') return [];
      const file = manifestFile(document);
      return file ? foldingRanges(file) : [];
    },
    doSelectionRanges(document, positions) {
      if (level(document) === 'none') return [];
      const file = manifestFile(document);
      return file ? selectionRanges(file, positions.map((p) => file.lines.offsetAt(p))) : [];
    },
    doCodeActions(document, range, context) {
      if (level(document) === 'none') return [];
      const current = this.doValidation(document);
      const fixes = quickFixes(document.uri, current, range, context.only);
      const file = isDockerfile(document) ? null : manifestFile(document);
      if (!file) return fixes;
      // A new comment line inside a multi-line scalar would become part of its value.
      const insideScalar = (line: number) => {
        const at = locate(file, file.lines.lineStarts[line] + /^\s*/.exec(file.lines.lineText(line))![0].length);
        const r = at?.node?.range;
        return !!r && at!.on === 'value' && file.lines.lineOf(r[0]) < line;
      };
      return [...fixes, ...ignoreActions({ uri: document.uri, lines: file.lines, language: 'yaml', insideScalar }, context, current, locale)];
    },
    workspace,
    doDefinition(document, position) {
      if (level(document) !== 'full') return null;
      const file = indexed(document);
      return file ? findDefinition(document.uri, file, file.lines.offsetAt(position), workspace.view()) : null;
    },
    doReferences(document, position, includeDeclaration) {
      if (level(document) !== 'full') return null;
      const file = indexed(document);
      return file ? findReferences(document.uri, file, file.lines.offsetAt(position), workspace.view(), includeDeclaration) : null;
    },
    doCodeLens(document) {
      if (level(document) !== 'full') return [];
      return indexed(document) ? serviceCodeLenses(document.uri, workspace.view(), locale) : [];
    },
    doHover(document, position) {
      if (level(document) !== 'full') return null;
      if (isDockerfile(document)) {
        const model = dockerfiles.model(document);
        return doDockerfileHover(model, model.lines.offsetAt(position), locale, settings, notes);
      }
      const language = documentLanguage(document.uri, document.languageId);
      if (language !== 'yaml' && language !== 'json') return null;
      const file = yamlFile(document, language === 'json');
      const offset = file.lines.offsetAt(position);
      return (
        (file.docs.some((d) => d.manifest) ? doManifestHover(file, offset, locale, settings, notes) : null) ??
        // What the manifest hover leaves alone (kind cluster configs, …) may still have notes.
        (settings.hover.notes && notes ? notesOnlyHover(file, offset, notes, locale) : null)
      );
    },
    analysisLevel: level,
    forget(uri) {
      yamlCache.delete(uri);
      validations.delete(uri);
      // The LSP layer puts the file on disk back in (lsp/workspace.ts); an in-memory document just goes.
      workspace.remove(uri);
      dockerfiles.forget(uri);
    },
  };
}

/** A document that is only a start of a manifest (`apiVersion: …`, `kind: …`, or a word). */
function isHeadOnly(d: YamlFile['docs'][number]): boolean {
  const root = d.tree.contents as { items?: { key?: { value?: unknown } }[] } | null;
  // Nothing yet, or a word being typed.
  if (!root || !Array.isArray(root.items)) return root === null || ['string', 'object'].includes(typeof (root as { value?: unknown }).value);
  return root.items.every((p) => ['apiVersion', 'kind'].includes(String(p.key?.value)));
}

export { documentLanguage } from './documents';
export { NOTES_TOPICS, type NotesProvider, type NotesReference, type NotesTarget, type NotesTopic } from './notes';
export { defaultSettings, resolveSettings, type Settings } from './settings';
