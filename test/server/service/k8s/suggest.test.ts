/** "Did you mean": the typo distance (shared with the cross-document rules' near misses) and the pick. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, distance } from '../../../../server/src/service/k8s/suggest';
import { nearMisses } from '../../../../server/src/service/rules/crossDoc';

describe('distance', () => {
  const cases: { a: string; b: string; want: number }[] = [
    { a: 'web', b: 'web', want: 0 },
    { a: '', b: 'abc', want: 3 },
    { a: 'replicas', b: 'replcias', want: 1 }, // adjacent swap
    { a: 'image', b: 'imag', want: 1 },
    { a: 'kitten', b: 'sitting', want: 3 },
    // Far apart in length: the exact figure, no cutoff (near misses of long names allow more than 3).
    { a: 'my-application-frontend', b: 'my-application-frontend-v2', want: 3 },
    { a: 'a', b: 'abcdefg', want: 6 },
  ];
  for (const { a, b, want } of cases) it(`${a || '""'} ~ ${b}`, () => assert.equal(distance(a, b), want));
});

describe('closest', () => {
  it('prefers a case slip, allows more edits on longer words, and says nothing when none is close', () => {
    assert.equal(closest('containerport', ['containerPort', 'containerPorts']), 'containerPort');
    assert.equal(closest('imge', ['image', 'imagePullPolicy']), 'image');
    assert.equal(closest('ab', ['abcdef']), undefined);
    assert.equal(closest('resources', ['limits', 'requests']), undefined);
  });
});

describe('nearMisses', () => {
  it('allows a quarter of the name in edits, even past a length difference of three', () => {
    assert.deepEqual(nearMisses('application-config-map', ['application-config-map-prod', 'other']), ['application-config-map-prod']);
    assert.deepEqual(nearMisses('application-config-maps', ['application-config', 'application-config-map']), ['application-config-map', 'application-config']);
    assert.deepEqual(nearMisses('web-confg', ['web-config', 'web-secret']), ['web-config']);
  });
});
