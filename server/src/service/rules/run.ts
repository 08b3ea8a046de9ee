/**
 * Runs the manifest rules over a file and turns findings into diagnostics. A document rule's
 * findings are cached in the document's memo (relative offsets), so an edit re-checks only the
 * documents it touched; workspace rules run again when the workspace changed.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import type { WorkspaceView } from '../workspace/view';
import type { YamlDoc, YamlFile } from '../yaml/parse';
import { isEnabled, type RulesConfig } from './config';
import type { Finding, ManifestRule, Severity } from './rule';

export const DIAGNOSTIC_SOURCE = 'Kube Guide';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface RuleFinding {
  rule: ManifestRule;
  finding: Finding;
}

/** Quick fixes travel with the diagnostic (`data.fixes`), so a code action needs no second analysis. */
export interface DiagnosticData {
  fixes?: { title: string; edits: { range: Diagnostic['range']; newText: string }[]; preferred?: boolean }[];
}

export function shiftFinding(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  return {
    ...f,
    start: f.start + delta,
    end: f.end + delta,
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
    related: f.related?.map((r) => ('uri' in r.at ? r : { ...r, at: { start: r.at.start + delta, end: r.at.end + delta } })),
  };
}

interface WorkspaceMemo {
  version: number;
  findings: Finding[];
}

export function runRulesOnDocument(rules: readonly ManifestRule[], uri: string, file: YamlFile, doc: YamlDoc, workspace: WorkspaceView, config: RulesConfig): RuleFinding[] {
  const out: RuleFinding[] = [];
  const head = doc.manifest;
  if (!head || doc.template) return out;
  for (const rule of rules) {
    if (!isEnabled(config, rule)) continue;
    let rel: Finding[];
    if (rule.scope === 'document') {
      const key = `rule:${rule.id}`;
      const cached = doc.memo.get(key) as Finding[] | undefined;
      if (cached) rel = cached;
      else {
        rel = rule.check({ uri, file, doc, head, workspace }).map((f) => shiftFinding(f, -doc.start));
        doc.memo.set(key, rel);
      }
    } else {
      const key = `ws:${rule.id}`;
      const cached = doc.memo.get(key) as WorkspaceMemo | undefined;
      if (cached && cached.version === workspace.version) rel = cached.findings;
      else {
        rel = rule.check({ uri, file, doc, head, workspace }).map((f) => shiftFinding(f, -doc.start));
        doc.memo.set(key, { version: workspace.version, findings: rel });
      }
    }
    for (const f of rel) out.push({ rule, finding: shiftFinding(f, doc.start) });
  }
  return out;
}

export function runRules(rules: readonly ManifestRule[], uri: string, file: YamlFile, workspace: WorkspaceView, config: RulesConfig): RuleFinding[] {
  // A patch is part of another manifest: what it leaves out, the base has.
  if (file.patch || workspace.isPatch(uri)) return [];
  return file.objects.flatMap((doc) => runRulesOnDocument(rules, uri, file, doc, workspace, config));
}

/** A finding as an LSP diagnostic, in `locale`, with its default severity (configuration applies later). */
export function toDiagnostic({ rule, finding: f }: RuleFinding, uri: string, file: YamlFile, locale: Locale, href?: string): Diagnostic {
  const d: Diagnostic = {
    range: file.lines.range(f.start, f.end),
    severity: SEVERITY[f.severity ?? rule.severity],
    code: rule.id,
    codeDescription: { href: href ?? rule.docs },
    source: DIAGNOSTIC_SOURCE,
    message: t(locale, f.message, f.params),
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r): DiagnosticRelatedInformation => ({
        location: 'uri' in r.at ? { uri: r.at.uri, range: r.at.range } : { uri, range: file.lines.range(r.at.start, r.at.end) },
        message: t(locale, r.message, r.params),
      }),
    );
  }
  if (f.fixes?.length) {
    const data: DiagnosticData = {
      fixes: f.fixes.map((x) => ({
        title: t(locale, x.title, x.params),
        edits: x.edits.map((e) => ({ range: file.lines.range(e.start, e.end), newText: e.newText })),
        ...(x.preferred ? { preferred: true } : {}),
      })),
    };
    d.data = data;
  }
  return d;
}
