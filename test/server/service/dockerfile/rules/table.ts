/**
 * Table tests for Dockerfile rules. A case's text marks where the rule must fire with `[[…]]`
 * (several marks for several findings; none for "must not fire"). The marks are removed, the
 * service validates the rest, and the rule's diagnostics must be exactly at the marks. `fixed`
 * is the whole document after applying the finding's preferred quick fix.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../../server/src/common/text';
import { defaultSettings, getLanguageService, type Settings } from '../../../../../server/src/service';
import type { Locale } from '../../../../../server/src/l10n';

export interface RuleCase {
  name: string;
  text: string;
  /** The document after the preferred fix of the first finding. */
  fixed?: string;
  /** Expected message of the first finding (substring). */
  message?: string;
  /** Expected severity of every finding (1 error … 4 hint). */
  severity?: number;
  locale?: Locale;
  settings?: Partial<Settings>;
}

/** Removes `[[` `]]` marks; returns the text and the marked ranges. */
export function marked(source: string): { text: string; ranges: Range[] } {
  let text = '';
  const offsets: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('[[', i)) {
      open = text.length;
      i++;
    } else if (source.startsWith(']]', i) && open >= 0) {
      offsets.push([open, text.length]);
      open = -1;
      i++;
    } else text += source[i];
  }
  const lines = new LineIndex(text);
  return { text, ranges: offsets.map(([s, e]) => lines.range(s, e)) };
}

export function diagnose(text: string, opts: { locale?: Locale; settings?: Partial<Settings> } = {}): { doc: TextDocument; diagnostics: Diagnostic[]; actions: (r: Range) => CodeAction[] } {
  const service = getLanguageService({ locale: opts.locale ?? 'en', settings: opts.settings ? { ...defaultSettings, ...opts.settings } : undefined });
  const doc = TextDocument.create('file:///work/Dockerfile', 'dockerfile', 1, text);
  return { doc, diagnostics: service.doValidation(doc), actions: (r) => service.doCodeActions(doc, r, { diagnostics: [] }) };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create('file:///x', 'dockerfile', 1, text);
  return TextDocument.applyEdits(doc, edits);
}

export function ruleTable(ruleId: string, cases: RuleCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const { text, ranges } = marked(c.text);
      const { doc, diagnostics, actions } = diagnose(text, c);
      const lines = new LineIndex(text);
      const mine = diagnostics.filter((d) => d.code === ruleId);
      for (const d of diagnostics) assert.ok(lines.contains(d.range), `range outside the document: ${JSON.stringify(d.range)}`);
      assert.deepEqual(
        mine.map((d) => d.range),
        ranges,
        `findings of ${ruleId}: ${JSON.stringify(mine.map((d) => [d.range, d.message]))}`,
      );
      for (const d of mine) {
        assert.equal(d.source, 'Kube Guide');
        assert.equal(typeof d.message, 'string');
        assert.match(d.codeDescription?.href ?? '', /^https:\/\//);
        if (c.severity !== undefined) assert.equal(d.severity, c.severity);
      }
      if (c.message !== undefined) assert.ok(String(mine[0]?.message).includes(c.message), `message: ${mine[0]?.message}`);
      if (c.fixed !== undefined) {
        const own = actions(mine[0].range).filter((a) => a.diagnostics?.some((x) => x.code === ruleId && JSON.stringify(x.range) === JSON.stringify(mine[0].range)));
        const fix = own.find((a) => a.isPreferred) ?? own.find((a) => !/kube-guide-disable/.test(JSON.stringify(a.edit)));
        assert.ok(fix?.edit?.changes, 'no quick fix');
        assert.equal(applyEdits(text, fix!.edit!.changes![doc.uri]), c.fixed);
      }
    });
  }
}
