import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { andSelectors, labelSelector, nodeSelectorTerm, SelectorError, setSelector } from '../../../server/src/scheduler/labels';

describe('label selectors', () => {
  const l = { app: 'web', tier: 'front', size: '7' };
  const cases = [
    { name: 'nil selects nothing', sel: null, want: false },
    { name: '{} selects everything', sel: {}, want: true },
    { name: 'matchLabels', sel: { matchLabels: { app: 'web' } }, want: true },
    { name: 'matchLabels mismatch', sel: { matchLabels: { app: 'db' } }, want: false },
    { name: 'In', sel: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['back', 'front'] }] }, want: true },
    { name: 'NotIn with the label absent', sel: { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, want: true },
    { name: 'Exists', sel: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, want: true },
    { name: 'DoesNotExist', sel: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, want: false },
    { name: 'all requirements', sel: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, want: false },
  ];
  for (const c of cases) it(c.name, () => assert.equal(labelSelector(c.sel as never).matches(l), c.want));
  it('rejects Gt in a label selector and values with Exists', () => {
    assert.throws(() => labelSelector({ matchExpressions: [{ key: 'size', operator: 'Gt', values: ['1'] }] }), SelectorError);
    assert.throws(() => labelSelector({ matchExpressions: [{ key: 'size', operator: 'Exists', values: ['1'] }] }), SelectorError);
    assert.throws(() => labelSelector({ matchExpressions: [{ key: 'size', operator: 'In', values: [] }] }), SelectorError);
  });
  it('equal selectors have equal keys, whatever the order', () => {
    assert.equal(labelSelector({ matchLabels: { a: '1', b: '2' } }).key, labelSelector({ matchLabels: { b: '2', a: '1' } }).key);
    assert.equal(setSelector({ a: '1' }).key, labelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: ['1'] }] }).key);
  });
  it('and-ing selectors', () => {
    const s = andSelectors(setSelector({ app: 'web' }), labelSelector({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] }));
    assert.equal(s.matches(l), true);
    assert.equal(s.matches({ app: 'web' }), false);
  });
  it('node selector terms: Gt/Lt compare integers; matchFields name the node', () => {
    assert.equal(nodeSelectorTerm({ matchExpressions: [{ key: 'size', operator: 'Gt', values: ['6'] }] })!.matches(l, 'n'), true);
    assert.equal(nodeSelectorTerm({ matchExpressions: [{ key: 'size', operator: 'Lt', values: ['6'] }] })!.matches(l, 'n'), false);
    assert.equal(nodeSelectorTerm({ matchExpressions: [{ key: 'app', operator: 'Gt', values: ['6'] }] })!.matches(l, 'n'), false);
    assert.equal(nodeSelectorTerm({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n'] }] })!.matches(l, 'n'), true);
    assert.equal(nodeSelectorTerm({ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['n'] }] })!.matches(l, 'n'), false);
    assert.equal(nodeSelectorTerm({}), null);
    assert.throws(() => nodeSelectorTerm({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['a', 'b'] }] }), SelectorError);
  });
});
