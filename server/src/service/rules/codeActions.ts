/**
 * "Ignore this rule on this line / in this file" for every Kube Guide diagnostic of a manifest:
 * the actions write the suppression comments of ./suppress.ts.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from '../../common/text';
import { t, type Locale } from '../../l10n';
import { DIAGNOSTIC_SOURCE } from './run';

export interface ActionTarget {
  uri: string;
  lines: LineIndex;
  /** Dockerfile: the comment goes after its parser directives (`# syntax=`, `# escape=`). */
  language: 'yaml' | 'dockerfile';
  /** Lines where a new comment line would change a value (inside a multi-line YAML scalar). */
  insideScalar?: (line: number) => boolean;
}

const sameRange = (a: Diagnostic['range'], b: Diagnostic['range']) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * "Ignore … on this line / in this file" for the diagnostics the editor asks about
 * (`context.diagnostics`) that are still current (`current`): a comment computed for an older
 * text is never inserted into a newer one. Quick fixes themselves come from ../codeActions.ts.
 */
export function ignoreActions(target: ActionTarget, context: CodeActionContext, current: Diagnostic[], locale: Locale): CodeAction[] {
  if (context.only && !context.only.some((k) => k === '' || k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.'))) return [];
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of context.diagnostics) {
    const code = typeof d.code === 'string' ? d.code : undefined;
    if (!code || d.source !== DIAGNOSTIC_SOURCE) continue;
    if (!current.some((f) => f.code === code && sameRange(f.range, d.range) && f.message === d.message)) continue;
    const line = d.range.start.line;
    const lineKey = `${code}@${line}`;
    if (!seen.has(lineKey) && !target.insideScalar?.(line)) {
      seen.add(lineKey);
      // The comment takes the line's indentation (at a sequence item, the dash's column).
      const indent = /^[ \t]*/.exec(target.lines.lineText(line))![0];
      out.push({
        title: t(locale, 'rules.fix.disableLine', { id: code }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [target.uri]: [{ range: target.lines.range(target.lines.lineStarts[line]), newText: `${indent}# kube-guide-disable-next-line ${code}${eolOf(target.lines)}` }] } },
      });
    }
    if (!seen.has(code)) {
      seen.add(code);
      out.push({ title: t(locale, 'rules.fix.disableFile', { id: code }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [target.uri]: [fileDirective(target, code)] } } });
    }
  }
  return out;
}

function eolOf(lines: LineIndex): string {
  return lines.text.includes('\r\n') ? '\r\n' : '\n';
}

/** Appends the id to an existing `kube-guide-disable-file` line at the top, or adds one. */
function fileDirective(target: ActionTarget, code: string): TextEdit {
  const { lines } = target;
  let line = 0;
  if (target.language === 'dockerfile') {
    while (line < lines.lineCount && /^#\s*[A-Za-z]+\s*=/.test(lines.lineText(line))) line++;
  }
  const existing = lines.lineText(line);
  if (/^#\s*kube-guide-disable-file\s+\S/.test(existing) && !existing.includes('--')) {
    const end = lines.lineEnd(line);
    return { range: lines.range(end), newText: ` ${code}` };
  }
  return { range: lines.range(lines.lineStarts[Math.min(line, lines.lineCount - 1)]), newText: `# kube-guide-disable-file ${code}${eolOf(lines)}` };
}
