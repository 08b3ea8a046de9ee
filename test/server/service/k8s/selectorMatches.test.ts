import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selectorMatches } from '../../../../server/src/service/k8s/apiServerChecks';

describe('selectorMatches (the API server\'s selector-vs-template check)', () => {
  it('matches labels and expressions', () => {
    assert.equal(selectorMatches({ matchLabels: { app: 'web' } }, { app: 'web', tier: 'fe' }), true);
    assert.equal(selectorMatches({ matchLabels: { app: 'web' } }, { app: 'db' }), false);
    assert.equal(selectorMatches({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe'] }] }, { tier: 'fe' }), true);
    assert.equal(selectorMatches({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, { tier: 'fe' }), false);
  });

  it('sees only the labels themselves, not an object\'s inherited properties', () => {
    assert.equal(selectorMatches({ matchExpressions: [{ key: 'toString', operator: 'Exists' }] }, {}), false);
    assert.equal(selectorMatches({ matchExpressions: [{ key: 'constructor', operator: 'DoesNotExist' }] }, {}), true);
  });
});
