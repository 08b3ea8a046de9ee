import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPlaceholder, parseImage } from '../../../../server/src/service/rules/image';

describe('image references', () => {
  for (const [ref, want] of [
    ['nginx', { name: 'nginx', tag: null, digest: null, tagAt: -1 }],
    ['nginx:1.25', { name: 'nginx', tag: '1.25', digest: null, tagAt: 6 }],
    ['localhost:5000/app', { name: 'localhost:5000/app', tag: null, digest: null, tagAt: -1 }],
    ['localhost:5000/app:v1@sha256:abc', { name: 'localhost:5000/app', tag: 'v1', digest: 'sha256:abc', tagAt: 19 }],
    ['ghcr.io/org/app@sha256:abc', { name: 'ghcr.io/org/app', tag: null, digest: 'sha256:abc', tagAt: -1 }],
  ] as const) {
    it(ref, () => assert.deepEqual(parseImage(ref), want));
  }

  it('rejects what is not a reference, and spots placeholders', () => {
    assert.equal(parseImage(''), null);
    assert.equal(parseImage('two words'), null);
    for (const p of ['$(IMAGE)', '${IMAGE}', '{{ .Values.image }}', '<your-image>']) assert.equal(isPlaceholder(p), true, p);
    assert.equal(isPlaceholder('nginx:1'), false);
  });
});
