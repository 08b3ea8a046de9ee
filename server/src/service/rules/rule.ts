/**
 * What a rule is: data (id, default severity, the smallest preset that turns it on, a one-line
 * description, a docs link, the notes' principle) plus one pure check. The id is the diagnostic
 * `code`, the key under `kubeGuide.rules` in settings and the id suppression comments name.
 *
 * `RuleMeta` is what the configuration layer, the docs table and the settings need from any rule
 * of any area (manifests here, Dockerfiles in ../dockerfile/rules, schema checks in ../k8s).
 */
import type { Range } from 'vscode-languageserver-types';
import type { MessageKey, Params } from '../../l10n';
import type { YamlDoc, YamlFile, ManifestHead } from '../yaml/parse';
import type { WorkspaceView } from '../workspace/view';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Presets nest: what `minimal` turns on, `recommended` does too, and `strict` turns on everything. */
export type Preset = 'minimal' | 'recommended' | 'strict';
export const PRESETS: readonly Preset[] = ['minimal', 'recommended', 'strict'];

/** Whether a rule that starts at `from` is on under the default preset (`recommended`). */
export function presetIncludesDefault(from: Preset): boolean {
  return from !== 'strict';
}

export interface RuleMeta {
  /** `area/name`: `manifest/latest-tag`, `dockerfile/latest-tag`, `k8s/unknown-field`. */
  id: string;
  severity: Severity;
  /** The smallest preset the rule is on in. */
  preset: Preset;
  /** One line, for the docs table and the settings UI. */
  description: MessageKey;
  /** Where the rule is explained (kubernetes.io, Docker's docs…). */
  docs: string;
  /** The notes' topic the rule teaches (see service/notes.ts), when one does. */
  principle: string | null;
}

/** The same check in the tools users come from; their ignore annotations are honoured too. */
export interface Equivalents {
  kubeLinter?: string[];
  kubeScore?: string[];
  polaris?: string[];
}

export interface Edit {
  /** File offsets. */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: MessageKey;
  params?: Params;
  edits: Edit[];
  /** The fix to apply when the user asks for "the" fix. */
  preferred?: boolean;
}

/** A place in this file (offsets) or in another file of the workspace (an LSP range). */
export type Place = { start: number; end: number } | { uri: string; range: Range };

export interface Related {
  at: Place;
  message: MessageKey;
  params?: Params;
}

export interface Finding {
  /** File offsets of exactly what is wrong: the value, or the key of what is missing. */
  start: number;
  end: number;
  message: MessageKey;
  params?: Params;
  /** Overrides the rule's default for this finding (a milder variant); a user setting wins over both. */
  severity?: Severity;
  fixes?: Fix[];
  related?: Related[];
}

export interface RuleContext {
  uri: string;
  file: YamlFile;
  doc: YamlDoc;
  head: ManifestHead;
  /** Every manifest of the workspace (this file included, as it is now). */
  workspace: WorkspaceView;
}

export interface ManifestRule extends RuleMeta {
  equivalents?: Equivalents;
  /**
   * `document`: the result depends on this document alone, so it is cached with the document.
   * `workspace`: it also reads other manifests, so it runs again when the workspace changes.
   */
  scope: 'document' | 'workspace';
  check(ctx: RuleContext): Finding[];
}

export const K8S_DOCS = 'https://kubernetes.io/docs/';
