import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { balancedAllocation, balancedScore, NAME } from '../../../../server/src/scheduler/plugins/balanced-allocation';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';

describe(NAME, () => {
  const cl = new TestCluster([makeNode().name('n').obj()], [makePod().name('r').nodeName('n').req({ cpu: '1', memory: '4Gi' }).obj()]);
  it('scores 100 × (1 − |cpu share − memory share| / 2), on actual requests', () => {
    // cpu 2000/4000 = 0.5, memory 6/16 = 0.375 → std 0.0625 → 93
    const pod = cl.info(makePod().req({ cpu: '1', memory: '2Gi' }).obj());
    const pl = balancedAllocation();
    const state = cl.state0();
    assert.equal(pl.preScore(state, pod, cl.nodes), null);
    assert.equal(pl.score(state, pod, cl.node('n')), 93);
  });
  it('skips pods that request neither cpu nor memory (v1.33+)', () => {
    assert.equal(balancedAllocation().preScore(cl.state0(), cl.info(makePod().obj()), cl.nodes)?.code, Code.Skip);
  });
  const cases = [
    { name: 'equal shares', req: [1, 2], alloc: [4, 8], want: 100 },
    { name: 'shares capped at 1', req: [8, 1], alloc: [4, 4], want: 62 },
    { name: 'a resource with no allocatable is left out', req: [1, 5], alloc: [0, 10], want: 100 },
    { name: 'three resources use the standard deviation', req: [1, 2, 3], alloc: [4, 4, 4], want: 79 },
  ];
  for (const c of cases) it(c.name, () => assert.equal(balancedScore(c.req, c.alloc), c.want));
});
