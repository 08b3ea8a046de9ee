/**
 * The rules framework: manifest rules as data (one file each under manifest/), the configuration
 * shared by every rule (presets, per-rule severity, suppression), and their code actions.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../../l10n';
import type { NotesProvider, NotesTopic } from '../notes';
import type { WorkspaceView } from '../workspace/view';
import type { YamlFile } from '../yaml/parse';
import type { RulesConfig } from './config';
import { MANIFEST_RULES } from './manifest';
import { crdFor } from './crds';
import { runRules, toDiagnostic } from './run';

/**
 * The manifest rules' diagnostics for a file, in the order of the text, before configuration and
 * suppression apply. A rule that teaches a principle of the notes links to its section.
 */
export function manifestRuleDiagnostics(uri: string, file: YamlFile, workspace: WorkspaceView, config: RulesConfig, locale: Locale, notes?: NotesProvider): Diagnostic[] {
  const found = runRules(MANIFEST_RULES, uri, file, workspace, config).sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  return found.map((r) => {
    const topic = r.rule.principle as NotesTopic | null;
    const href = topic && notes ? notes.reference({ language: 'topic', topic })?.href : undefined;
    return toDiagnostic(r, uri, file, locale, href);
  });
}

/**
 * Drops the schema area's "custom resource: only metadata is checked" note on documents whose
 * CustomResourceDefinition is in the workspace: crd-schema checks those in full.
 */
export function withoutCoveredCustomResources(diagnostics: Diagnostic[], file: YamlFile, workspace: WorkspaceView): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === 'k8s/custom-resource')) return diagnostics;
  const covered = file.objects.filter((d) => d.manifest && crdFor(workspace, d.manifest.apiVersion, d.manifest.kind)).map((d) => [file.lines.lineOf(d.start), file.lines.lineOf(d.end)]);
  return diagnostics.filter((d) => d.code !== 'k8s/custom-resource' || !covered.some(([a, b]) => d.range.start.line >= a && d.range.start.line <= b));
}

export { dockerfileWorkspaceDiagnostics } from './dockerfileLinks';
export { applyRuleConfig, dockerfileSuppressions, NO_SUPPRESSIONS, yamlSuppressions } from './apply';
export { ALL_RULES, ruleMeta } from './catalog';
export { ignoreActions, type ActionTarget } from './codeActions';
export { defaultRulesConfig, resolveRulesConfig, rulesConfig, severityFor, type RulesConfig, type SeveritySetting } from './config';
export { MANIFEST_RULES } from './manifest';
export type { Finding, ManifestRule, Preset, RuleMeta, Severity } from './rule';
