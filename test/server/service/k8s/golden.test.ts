/**
 * Golden tests: realistic manifests (valid, broken, and YAML that is not a manifest) and every
 * diagnostic they produce, with its exact range, the text under it, and its quick fixes.
 * `quiet-*` and `valid-*` files must stay free of errors; UPDATE_GOLDEN=1 rewrites after review.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../server/src/common/text';
import { defaultSettings, getLanguageService } from '../../../../server/src/service';
import { K8S_RULES, type DiagnosticData } from '../../../../server/src/service/k8s/rules';
import { golden } from '../../../helpers/golden';

const dir = join(__dirname, 'golden');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const pos = (p: { line: number; character: number }) => `${p.line + 1}:${p.character + 1}`;

export function render(text: string, diagnostics: Diagnostic[]): string {
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  const out: string[] = [];
  for (const d of diagnostics) {
    const excerpt = doc.getText(d.range).replace(/\r?\n/g, '⏎');
    out.push(`${pos(d.range.start)}-${pos(d.range.end)} ${SEVERITY[d.severity ?? 1]} ${d.code} ${JSON.stringify(excerpt)}`);
    out.push(`  ${d.message}`);
    for (const f of (d.data as DiagnosticData | undefined)?.fixes ?? []) {
      const edits = f.edits.map((e) => `${pos(e.range.start)}-${pos(e.range.end)} ${JSON.stringify(e.newText)}`).join(', ');
      out.push(`  fix${f.preferred ? '*' : ''}: ${f.title} → ${edits}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '(no diagnostics)\n';
}

describe('golden manifests', () => {
  // Schema and API-server diagnostics only: the best-practice rules (manifest/*) have their own tests.
  const service = getLanguageService({ locale: 'en', settings: { ...defaultSettings, rules: { 'manifest/*': 'off' } } });
  const seen = new Set<string>();
  after(() => {
    // Every rule of the manifest validation shows in at least one golden file.
    const missing = Object.keys(K8S_RULES).filter((id) => !seen.has(id));
    assert.deepEqual(missing, [], 'rules without a golden case');
  });
  for (const name of readdirSync(dir).filter((n) => !n.endsWith('.golden')).sort()) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const doc = TextDocument.create(`file:///golden/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
      const diagnostics = service.doValidation(doc);
      for (const d of diagnostics) seen.add(String(d.code));
      const lines = new LineIndex(text);
      for (const d of diagnostics) assert.ok(lines.contains(d.range), `${JSON.stringify(d.range)} lies outside the document`);
      if (/^(valid|quiet)-/.test(name)) {
        assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), [], 'no errors on a manifest the API server accepts');
      }
      if (name.startsWith('quiet-')) assert.deepEqual(diagnostics, [], 'nothing at all on YAML that is not a manifest');
      golden(join(dir, `${name}.golden`), render(text, diagnostics));
    });
  }
});
