import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analysisLevel, formatSize, limitsFor, looksLikeManifest } from '../../../server/src/service/limits';
import { defaultSettings, getLanguageService, resolveSettings, type Settings } from '../../../server/src/service';
import { textDocument } from '../../helpers/fixtures';

const small: Settings = { ...defaultSettings, limits: { fullAnalysis: 200, syntaxCheck: 400 } };
const service = (locale: 'en' | 'ko' = 'en') => getLanguageService({ locale, settings: small });

/** A manifest with a syntax error (a duplicate key) and a rule finding (`:latest`), padded to `size`. */
function manifest(size: number): string {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  name: q\nspec:\n  containers:\n  - name: a\n    image: nginx:latest\n';
  return text + `# ${'x'.repeat(Math.max(0, size - text.length - 3))}\n`;
}

describe('analysis limits for huge files', () => {
  it('gives full analysis up to fullAnalysis, syntax up to syntaxCheck, then nothing', () => {
    const limits = { fullAnalysis: 10, syntaxCheck: 20 };
    assert.deepEqual([0, 10, 11, 20, 21].map((n) => analysisLevel(n, limits)), ['full', 'full', 'syntax', 'syntax', 'none']);
    assert.deepEqual([999, 1500, 1_000_000, 3_456_789].map(formatSize), ['1 KB', '2 KB', '1.0 MB', '3.5 MB']);
  });

  it('reads the limits from settings, ignoring junk', () => {
    assert.deepEqual(resolveSettings({ limits: { fullAnalysis: 5000, syntaxCheck: 'big' } }).limits, { fullAnalysis: 5000, syntaxCheck: 5_000_000 });
    assert.deepEqual(resolveSettings({}).limits, defaultSettings.limits);
  });

  it('checks everything in a file under the limit', () => {
    const codes = service().doValidation(textDocument(manifest(150))).map((d) => d.code);
    assert.ok(codes.includes('yaml/DUPLICATE_KEY') && codes.includes('manifest/latest-tag'), codes.join());
  });

  it('checks only the syntax of a larger file, and says so at its top', () => {
    const doc = textDocument(manifest(300));
    const s = service();
    const diagnostics = s.doValidation(doc);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.end.line]),
      [
        ['kube-guide/too-large', 3, 0, 0],
        ['yaml/DUPLICATE_KEY', 1, 4, 4],
      ],
    );
    assert.equal(diagnostics[0].message, 'This file is too large for full analysis (1 KB; the limit is 1 KB, setting `kubeGuide.limits.fullAnalysis`): only its syntax is checked, and completion and hover are off.');
    assert.equal(s.doHover(doc, { line: 1, character: 2 }), null);
    assert.equal(s.doComplete(doc, { line: 1, character: 2 }), null);
    assert.equal(s.doDefinition(doc, { line: 1, character: 2 }), null);
    assert.deepEqual(s.doCodeLens(doc), []);
    // The outline and folding come from the same parse: still there.
    assert.deepEqual(s.doDocumentSymbols(doc).map((x) => x.name), ['Pod/p']);
    assert.ok(s.doFoldingRanges(doc).length > 0);
    assert.equal(s.analysisLevel(doc), 'syntax');
  });

  it('checks nothing in a file over syntaxCheck, and says so only if it looks like a manifest', () => {
    const s = service('ko');
    const doc = textDocument(manifest(500));
    assert.deepEqual(
      s.doValidation(doc).map((d) => [d.code, d.message]),
      [['kube-guide/too-large', '이 파일은 검사하기에 너무 크다(1 KB, 한도 1 KB, 설정 `kubeGuide.limits.syntaxCheck`).']],
    );
    assert.deepEqual(s.doDocumentSymbols(doc), []);
    assert.deepEqual(s.doCodeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] }), []);
    assert.deepEqual(s.doValidation(textDocument(`services:\n  web: ${'x'.repeat(600)}\n`)), []);
    assert.equal(looksLikeManifest('# c\napiVersion: v1\nkind: Pod\n'), true);
    assert.equal(looksLikeManifest('a:\n  apiVersion: v1\n  kind: Pod\n'), false);
  });

  it('keeps only the builder\'s errors in a large Dockerfile (a fifth of the limits: 40 and 80 characters here)', () => {
    const text = `FROM nginx:latest\nFROOM x\n# ${'x'.repeat(30)}\n`;
    const diagnostics = service().doValidation(textDocument(text, 'dockerfile'));
    assert.deepEqual(diagnostics.map((d) => d.code), ['kube-guide/too-large', 'dockerfile/UNKNOWN_INSTRUCTION']);
    assert.equal(diagnostics[0].message, 'This Dockerfile is too large for full analysis (1 KB; the limit for Dockerfiles is 1 KB, a fifth of setting `kubeGuide.limits.fullAnalysis`): only its syntax is checked, and completion and hover are off.');
    const huge = service('ko').doValidation(textDocument(`FROM nginx:latest\n# ${'x'.repeat(100)}\n`, 'dockerfile'));
    assert.deepEqual(huge.map((d) => [d.code, d.message]), [['kube-guide/too-large', '이 Dockerfile은 검사하기에 너무 크다(1 KB, Dockerfile 한도 1 KB, 설정 `kubeGuide.limits.syntaxCheck`의 5분의 1).']]);
    assert.deepEqual(limitsFor(defaultSettings.limits, true), { fullAnalysis: 200_000, syntaxCheck: 1_000_000 });
    assert.equal(limitsFor(defaultSettings.limits, false), defaultSettings.limits);
    const full = getLanguageService({ locale: 'en' }).doValidation(textDocument(text, 'dockerfile')).map((d) => d.code);
    assert.ok(full.includes('dockerfile/latest-tag'), full.join());
  });

  it('answers code actions from the last validation while nothing changed', () => {
    const s = getLanguageService({ locale: 'en' });
    const doc = textDocument(manifest(100));
    assert.equal(s.doValidation(doc), s.doValidation(doc), 'the same result, not computed again');
    s.configure({ settings: resolveSettings({ preset: 'strict' }) });
    assert.notEqual(s.doValidation(doc).length, 0);
  });
});
