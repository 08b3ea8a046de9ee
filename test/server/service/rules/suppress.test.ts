import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../../server/src/common/text';
import { annotationIds, idMatches, isSuppressed, scanSuppressions } from '../../../../server/src/service/rules/suppress';

const scan = (text: string, blocks: [number, number][] = [], trailing = true) => scanSuppressions(new LineIndex(text), blocks, trailing);

describe('suppression comments', () => {
  it('next-line skips blank and comment lines, and takes ids separated by spaces or commas', () => {
    const s = scan('# kube-guide-disable-next-line manifest/a, manifest/b\n\n# why\nimage: x\nother: y\n');
    assert.equal(isSuppressed(s, 3, 'manifest/a'), true);
    assert.equal(isSuppressed(s, 3, 'manifest/b'), true);
    assert.equal(isSuppressed(s, 3, 'manifest/c'), false);
    assert.equal(isSuppressed(s, 4, 'manifest/a'), false);
  });

  it('disable-line covers its own line (a trailing YAML comment); no ids means every rule', () => {
    const s = scan('a: 1\nimage: nginx # kube-guide-disable-line\n');
    assert.equal(isSuppressed(s, 1, 'anything/at-all'), true);
    assert.equal(isSuppressed(s, 0, 'anything/at-all'), false);
  });

  it('disable runs to the end of its YAML document; disable-file covers the file', () => {
    const text = 'a: 1\n# kube-guide-disable manifest/*\nb: 2\n---\nc: 3\n';
    const s = scan(text, [[0, 2], [3, 4]]);
    assert.equal(isSuppressed(s, 2, 'manifest/x'), true);
    assert.equal(isSuppressed(s, 2, 'k8s/x'), false);
    assert.equal(isSuppressed(s, 4, 'manifest/x'), false);
    const f = scan('x: 1\ny: 2 # kube-guide-disable-file k8s/unknown-field -- generated file\n');
    assert.equal(isSuppressed(f, 0, 'k8s/unknown-field'), true);
    assert.equal(isSuppressed(f, 0, 'generated'), false);
  });

  it('needs a comment: text in a value or a word that only starts the same does not count', () => {
    assert.deepEqual(scan('url: http://x#kube-guide-disable-file\n').spans, []);
    assert.deepEqual(scan('# kube-guide-disabled\n').spans, []);
  });

  it('in Dockerfiles, only whole-line comments are directives', () => {
    assert.deepEqual(scan('RUN echo hi # kube-guide-disable-line\n', [], false).spans, []);
    assert.equal(scan('# kube-guide-disable-next-line dockerfile/latest-tag\nFROM node:latest\n', [], false).spans.length, 1);
  });

  it('matches area wildcards', () => {
    assert.equal(idMatches(new Set(['manifest/*']), 'manifest/latest-tag'), true);
    assert.equal(idMatches(new Set(['manifest/*']), 'dockerfile/latest-tag'), false);
    assert.equal(idMatches('all', 'x'), true);
  });
});

describe('suppression annotations', () => {
  const eq = new Map([['manifest/latest-tag', { kubeLinter: ['latest-tag'], kubeScore: ['container-image-tag'], polaris: ['tagNotSpecified'] }]]);

  it('reads kube-guide/disable', () => {
    assert.deepEqual(annotationIds({ 'kube-guide/disable': 'manifest/a, manifest/b' }, eq), new Set(['manifest/a', 'manifest/b']));
    assert.equal(annotationIds({ 'kube-guide/disable': 'all' }, eq), 'all');
  });

  it('honours the kube-linter, kube-score and Polaris annotations of equivalent checks', () => {
    assert.deepEqual(annotationIds({ 'ignore-check.kube-linter.io/latest-tag': 'pinned by CI' }, eq), new Set(['manifest/latest-tag']));
    assert.deepEqual(annotationIds({ 'kube-score/ignore': 'pod-probes, container-image-tag' }, eq), new Set(['manifest/latest-tag']));
    assert.deepEqual(annotationIds({ 'polaris.fairwinds.com/tagNotSpecified-exempt': 'true' }, eq), new Set(['manifest/latest-tag']));
    assert.equal(annotationIds({ 'polaris.fairwinds.com/exempt': 'true' }, eq), 'all');
    assert.deepEqual(annotationIds({ 'polaris.fairwinds.com/tagNotSpecified-exempt': 'false' }, eq), new Set());
  });
});
