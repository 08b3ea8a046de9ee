import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { earliestStartTime, selectCandidate, type Candidate } from '../../../../server/src/scheduler/framework/preemption';
import { labelSelector } from '../../../../server/src/scheduler/labels';
import { calculateNumCandidates, filterPodsWithPDBViolation, moreImportantPod, NAME } from '../../../../server/src/scheduler/plugins/default-preemption';
import { makeNode, makePod, podInfo, TestCluster } from '../../../helpers/scheduler';

const pod = (name: string, priority: number, start: number, labels: Record<string, string> = {}) => {
  const p = podInfo(makePod().name(name).labels(labels).priority(priority).obj());
  p.startTime = start;
  return p;
};

describe(NAME, () => {
  it('candidates to look for: 10% of the nodes, at least 100, at most all', () => {
    assert.deepEqual([5, 100, 500, 1000, 5000].map(calculateNumCandidates), [5, 100, 100, 100, 500]);
  });

  it('more important: higher priority, then earlier start', () => {
    assert.equal(moreImportantPod(pod('a', 10, 5), pod('b', 5, 1)), true);
    assert.equal(moreImportantPod(pod('a', 5, 1), pod('b', 5, 2)), true);
    assert.equal(moreImportantPod(pod('a', 5, 2), pod('b', 5, 1)), false);
  });

  it('PDB violations are counted in order, once the budget runs out', () => {
    const pdb = { namespace: 'default', name: 'b', selector: labelSelector({ matchLabels: { app: 'x' } }), disruptionsAllowed: 1, disruptedPods: new Set<string>() };
    const pods = [pod('a', 1, 1, { app: 'x' }), pod('b', 1, 2, { app: 'x' }), pod('c', 1, 3, { app: 'y' }), pod('d', 1, 4)];
    const [violating, ok] = filterPodsWithPDBViolation(pods, [pdb]);
    assert.deepEqual(violating.map((p) => p.name), ['b']);
    assert.deepEqual(ok.map((p) => p.name), ['a', 'c', 'd']);
  });

  const cand = (node: string, violations: number, victims: Array<[number, number]>): Candidate => ({
    node: { name: node } as Candidate['node'],
    victims: { pods: victims.map(([prio, start], i) => pod(`${node}-${i}`, prio, start)), numPDBViolations: violations },
  });
  const cases: Array<{ name: string; candidates: Candidate[]; want: string }> = [
    { name: 'fewest PDB violations', candidates: [cand('a', 1, [[1, 1]]), cand('b', 0, [[9, 1], [9, 2]])], want: 'b' },
    { name: 'lowest top victim priority', candidates: [cand('a', 0, [[5, 1]]), cand('b', 0, [[3, 1], [3, 2]])], want: 'b' },
    { name: 'smallest sum of priorities', candidates: [cand('a', 0, [[5, 1], [4, 1]]), cand('b', 0, [[5, 1], [1, 1]])], want: 'b' },
    { name: 'fewest victims (negative priorities included)', candidates: [cand('a', 0, [[-5, 1], [-5, 1]]), cand('b', 0, [[-5, 1]])], want: 'b' },
    { name: 'latest start among the most important victims', candidates: [cand('a', 0, [[5, 10]]), cand('b', 0, [[5, 20]])], want: 'b' },
    { name: 'all equal: the first candidate', candidates: [cand('a', 0, [[5, 10]]), cand('b', 0, [[5, 10]])], want: 'a' },
  ];
  for (const c of cases) it(`picks the node by ${c.name}`, () => assert.equal(selectCandidate(c.candidates).node.name, c.want));

  it('earliest start of the highest-priority victims', () => {
    assert.equal(earliestStartTime([pod('a', 1, 1), pod('b', 5, 30), pod('c', 5, 20)]), 20);
  });

  it('selects victims: remove every lower-priority pod, reprieve the most important that still fit', () => {
    const cl = new TestCluster(
      [makeNode().name('n').allocatable({ cpu: '2', memory: '4Gi', pods: '10' }).obj()],
      [makePod().name('big').priority(1).req({ cpu: '1500m' }).nodeName('n').obj(), makePod().name('small').priority(2).req({ cpu: '400m' }).nodeName('n').obj()],
    );
    const preemptor = cl.info(makePod().name('p').priority(10).req({ cpu: '1' }).obj());
    const a = cl.scheduler.scheduleOne(preemptor, true);
    assert.equal(a.kind, 'unschedulable');
    assert.deepEqual((a as { nominatedNode?: string }).nominatedNode, 'n');
    assert.deepEqual(a.detail!.preemption!.candidates, [{ node: 'n', victims: ['default/big'], numPDBViolations: 0 }]);
    assert.equal((a as { message: string }).message, '0/1 nodes are available: 1 Insufficient cpu.');
  });
});
