/**
 * Dockerfile diagnostics: builder errors (builder.ts) and our rules (rules/), after suppression
 * comments and the `rules` setting. Each diagnostic names its rule in `code`, links its docs in
 * `codeDescription`, and says in its message which notes principle it teaches and which hadolint
 * code and BuildKit check are the same.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import type { DiagnosticData } from '../k8s/rules';
import type { Settings } from '../settings';
import { builderFindings } from './builder';
import { instructionAt, type DockerfileModel } from './model';
import { DOCKERFILE_RULES, type DockerfileRule, type Fix, type Principle, type RuleSeverity } from './rules';
import { Suppressions } from './suppression';

export const DOCKERFILE_SOURCE = 'Kube Guide';


const SEVERITY: Record<RuleSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const PRINCIPLE_KEY = {
  oneProcess: 'dockerfile.principle.oneProcess',
  immutable: 'dockerfile.principle.immutable',
  lightweight: 'dockerfile.principle.lightweight',
  multiStage: 'dockerfile.principle.multiStage',
  nonRoot: 'dockerfile.principle.nonRoot',
  registry: 'dockerfile.principle.registry',
} as const satisfies Record<Principle, string>;

export function validateDockerfile(model: DockerfileModel, locale: Locale, settings: Settings): Diagnostic[] {
  const suppressions = new Suppressions(model);
  const configured = Object.keys(settings.rules).length > 0;
  const level = (id: string, fallback: RuleSeverity) => {
    if (!configured) return fallback;
    const l = settings.rules[id] ?? settings.rules[id.replace(/^dockerfile\//, '')];
    return l === undefined ? fallback : l;
  };
  const out: { start: number; end: number; diagnostic: Diagnostic }[] = [];
  // Once per file, not per finding (a search of the whole text each time was quadratic).
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  for (const b of builderFindings(model, locale)) {
    const severity = level(b.code, b.severity);
    if (severity === 'off') continue;
    if (suppressions.isSuppressed({ id: b.code, hadolint: [], buildkit: b.buildkit, builder: true, start: b.start })) continue;
    out.push({
      diagnostic: {
        range: model.lines.range(b.start, b.end),
        severity: SEVERITY[severity],
        source: DOCKERFILE_SOURCE,
        code: b.code,
        codeDescription: { href: b.href },
        message: b.buildkit ? `${b.message} (${t(locale, 'dockerfile.equivalents', { list: 'BuildKit ' + b.buildkit })})` : b.message,
      },
      start: b.start,
      end: b.end,
    });
  }
  for (const rule of DOCKERFILE_RULES) {
    const ruleLevel = level(rule.id, rule.severity);
    if (ruleLevel === 'off') continue;
    for (const f of rule.check(model)) {
      const hadolint = f.hadolint ? [f.hadolint] : rule.hadolint;
      if (suppressions.isSuppressed({ id: rule.id, hadolint: rule.hadolint, buildkit: rule.buildkit, builder: false, start: f.start })) continue;
      // A finding's own severity (a variant the builder rejects) wins over the rule's default, not over the user's setting.
      const severity = settings.rules[rule.id] ? ruleLevel : (f.severity ?? ruleLevel);
      const tags: DiagnosticTag[] = [];
      if (f.unnecessary) tags.push(DiagnosticTag.Unnecessary);
      if (f.deprecated) tags.push(DiagnosticTag.Deprecated);
      const diagnostic: Diagnostic = {
          range: model.lines.range(f.start, f.end),
          severity: SEVERITY[severity],
          source: DOCKERFILE_SOURCE,
          code: rule.id,
          codeDescription: { href: f.hadolint && f.hadolint !== rule.hadolint[0] ? `https://github.com/hadolint/hadolint/wiki/${f.hadolint}` : rule.docs },
          message: t(locale, f.message, f.params) + tail(rule, hadolint, locale),
          ...(tags.length ? { tags } : {}),
      };
      // Quick fixes travel with the diagnostic (see ../codeActions.ts), and so does a comment that disables the rule here.
      const fixes = [...(f.fixes ?? []), disableFix(model, rule.id, f.start, eol)].filter((x): x is Fix => x !== null);
      const data: DiagnosticData = {
        fixes: fixes.map((x) => ({
          title: t(locale, x.title, x.params),
          edits: x.edits.map((e) => ({ range: model.lines.range(e.start, e.end), newText: e.newText })),
          ...(x.preferred ? { preferred: true } : {}),
        })),
      };
      diagnostic.data = data;
      out.push({ diagnostic, start: f.start, end: f.end });
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.map((r) => r.diagnostic);
}

/** `# kube-guide-disable-next-line <id>` above the instruction, indented like it. */
function disableFix(model: DockerfileModel, id: string, offset: number, eol: string): Fix | null {
  const inst = instructionAt(model, offset);
  if (!inst) return null;
  const at = inst.unit.start;
  const indent = /^[ \t]*/.exec(model.text.slice(at, at + 200))![0];
  return { title: 'dockerfile.fix.disableLine', params: { id }, edits: [{ start: at, end: at, newText: `${indent}# kube-guide-disable-next-line ${id}${eol}` }] };
}

/** ` (notes 1.1: …; same as hadolint DL3006, BuildKit …)`. */
function tail(rule: DockerfileRule, hadolint: string[], locale: Locale): string {
  const parts: string[] = [];
  if (rule.principle) parts.push(t(locale, PRINCIPLE_KEY[rule.principle]));
  const same = [...hadolint.map((c) => 'hadolint ' + c), ...(rule.buildkit ? ['BuildKit ' + rule.buildkit] : [])];
  if (same.length) parts.push(t(locale, 'dockerfile.equivalents', { list: same.join(', ') }));
  return parts.length ? ` (${parts.join('; ')})` : '';
}
