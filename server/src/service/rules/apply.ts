/**
 * The last step of validation for every diagnostic of every area: the configured severity (preset
 * and per-rule settings, keyed by the diagnostic's code), then suppression by comment and by
 * annotation. Manifest, Dockerfile and schema diagnostics all pass through here.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { LineIndex } from '../../common/text';
import { isScalar } from 'yaml';
import { locate, nodeAt, toValue } from '../yaml/nav';
import type { YamlFile } from '../yaml/parse';
import { ruleMeta, equivalentsById } from './catalog';
import { severityFor, type RulesConfig } from './config';
import type { Severity } from './rule';
import { SEVERITY } from './run';
import { annotationIds, documentBlocks, idMatches, scanSuppressions, type Suppressions } from './suppress';

const FROM_LSP: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** For diagnostics whose area already applied its own suppressions (Dockerfiles). */
export const NO_SUPPRESSIONS: Suppressions = { spans: [] };

/** Suppressions of a YAML file: its comments, and each manifest's annotations over its document. */
export function yamlSuppressions(file: YamlFile): Suppressions {
  const blocks = documentBlocks(file);
  const s = scanSuppressions(file.lines, blocks, true, (offset) => {
    const at = locate(file, offset);
    const r = at?.node && isScalar(at.node) ? at.node.range : undefined;
    return !r || offset < r[0] || offset >= r[1];
  });
  for (const doc of file.objects) {
    if (!doc.manifest) continue;
    const annotations = toValue(doc, nodeAt(doc, ['metadata', 'annotations']) ?? null);
    if (!annotations || typeof annotations !== 'object' || Array.isArray(annotations)) continue;
    const ids = annotationIds(annotations as Record<string, unknown>, equivalentsById());
    // Over its document, or over its lines for an item of a List.
    const [from, to] = doc.list ? [file.lines.lineOf(doc.start), file.lines.lineOf(Math.max(doc.start, doc.end - 1))] : blocks[doc.index];
    if (ids === 'all' || ids.size) s.spans.push({ from, to, ids });
  }
  return s;
}

/** Suppressions of a Dockerfile: whole-line comments only (a `#` after an instruction is not a comment there). */
export function dockerfileSuppressions(lines: LineIndex): Suppressions {
  return scanSuppressions(lines, [], false);
}

/** Applies the configuration and the suppressions; drops what is off or silenced. */
export function applyRuleConfig(diagnostics: Diagnostic[], config: RulesConfig, suppressions: Suppressions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const code = typeof d.code === 'string' ? d.code : undefined;
    if (!code) {
      out.push(d);
      continue;
    }
    const own = FROM_LSP[d.severity ?? DiagnosticSeverity.Error];
    const severity = severityFor(config, code, ruleMeta(code), own);
    if (severity === 'off') continue;
    if (suppressions.spans.some((sp) => d.range.start.line >= sp.from && d.range.start.line <= sp.to && idMatches(sp.ids, code))) continue;
    out.push(severity === own ? d : { ...d, severity: SEVERITY[severity] });
  }
  return out;
}
