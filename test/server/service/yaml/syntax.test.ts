import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSettings, getLanguageService } from '../../../../server/src/service';
import { LineIndex } from '../../../../server/src/common/text';
import { dedent, textDocument } from '../../../helpers/fixtures';

// Syntax diagnostics only: the best-practice rules (manifest/*) have their own tests.
const service = getLanguageService({ locale: 'en', settings: { ...defaultSettings, rules: { 'manifest/*': 'off' } } });
const diagnose = (text: string, languageId = 'yaml') => service.doValidation(textDocument(text, languageId));

describe('YAML syntax diagnostics', () => {
  it('reports a syntax error of a manifest on the exact span', () => {
    const text = dedent(`
      apiVersion: v1
      kind: Pod
      metadata:
        name: "web
    `);
    const diags = diagnose(text);
    assert.equal(diags.length >= 1, true);
    const d = diags[0];
    assert.equal(d.severity, 1);
    assert.equal(d.source, 'Kube Guide');
    assert.match(String(d.code), /^yaml\//);
    assert.match(String(d.message), /^YAML syntax error: /);
    assert.equal(d.range.start.line, 3);
    assert.equal(d.range.start.character, 8);
  });

  it('reports duplicate keys on the second key', () => {
    const text = 'apiVersion: v1\nkind: Pod\nkind: Service\nmetadata:\n  name: p\nspec:\n  containers: [{name: a, image: b}]\n';
    const diags = diagnose(text);
    assert.deepEqual(
      diags.map((d) => [d.code, d.range]),
      [['yaml/DUPLICATE_KEY', { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }]],
    );
  });

  it('says nothing about YAML that holds no Kubernetes manifest', () => {
    assert.deepEqual(diagnose('on: push\njobs:\n  build: [\n'), []);
    assert.deepEqual(diagnose('services:\n  web:\n    image: nginx\n'), []);
  });

  it('speaks Korean when asked', () => {
    const ko = getLanguageService({ locale: 'ko', settings: { ...defaultSettings, rules: { 'manifest/*': 'off' } } });
    const diags = ko.doValidation(textDocument('apiVersion: v1\nkind: Pod\nkind: Service\n'));
    assert.match(String(diags[0].message), /^YAML 문법 오류: /);
  });

  for (const [name, eol, bom, finalNewline] of [
    ['LF', '\n', '', true],
    ['CRLF', '\r\n', '', true],
    ['CRLF + BOM', '\r\n', '\uFEFF', true],
    ['no final newline', '\n', '', false],
    ['CRLF, no final newline', '\r\n', '', false],
  ] as const) {
    it(`keeps every range inside the document (${name})`, () => {
      const body = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: "web', '  labels: {a: [b'].join(eol);
      const text = bom + body + (finalNewline ? eol : '');
      const li = new LineIndex(text);
      const diags = diagnose(text);
      assert.ok(diags.length > 0);
      for (const d of diags) assert.ok(li.contains(d.range), `${JSON.stringify(d.range)} is outside`);
    });
  }
});
