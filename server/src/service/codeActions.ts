/**
 * Quick fixes: every diagnostic of ours that carries fixes (in `data.fixes`, see k8s/rules.ts)
 * becomes a code action. The fixes are read from the service's own current diagnostics, not from
 * what the client sends back, so a client that drops `data` still gets them.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { DiagnosticData } from './k8s/rules';

export function quickFixes(uri: string, diagnostics: Diagnostic[], range: Range, only?: string[]): CodeAction[] {
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '')) return [];
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!overlaps(d.range, range)) continue;
    const data = d.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: fix.preferred || undefined,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return out;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Ranges touch or overlap (a cursor at either end of a diagnostic counts). */
function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}
