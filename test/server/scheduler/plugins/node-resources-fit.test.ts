import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Code } from '../../../../server/src/scheduler/framework/status';
import { leastRequestedScore, NAME, nodeResourcesFit } from '../../../../server/src/scheduler/plugins/node-resources-fit';
import { makeNode, makePod, TestCluster, type PodBuilder } from '../../../helpers/scheduler';

function filter(pod: PodBuilder, node = makeNode().name('n'), running: PodBuilder[] = []) {
  const cl = new TestCluster([node.obj()], running.map((r, i) => r.name(`r${i}`).nodeName('n').obj()));
  const got = nodeResourcesFit().filter(cl.state0(), cl.info(pod.obj()), cl.node('n'));
  return got && { code: got.code, reasons: got.reasons };
}

describe(`${NAME} filter`, () => {
  const busy = [makePod().req({ cpu: '3', memory: '10Gi' })];
  const cases: Array<{ name: string; pod: PodBuilder; node?: ReturnType<typeof makeNode>; running?: PodBuilder[]; want: unknown }> = [
    { name: 'fits', pod: makePod().req({ cpu: '1', memory: '6Gi' }), running: busy, want: null },
    { name: 'not enough cpu left: Unschedulable (preemption may help)', pod: makePod().req({ cpu: '1500m' }), running: busy, want: { code: Code.Unschedulable, reasons: ['Insufficient cpu'] } },
    { name: 'more cpu than the node has: UnschedulableAndUnresolvable', pod: makePod().req({ cpu: '5' }), want: { code: Code.UnschedulableAndUnresolvable, reasons: ['Insufficient cpu'] } },
    { name: 'every shortfall is listed, in order', pod: makePod().req({ cpu: '2', memory: '7Gi' }), running: busy, want: { code: Code.Unschedulable, reasons: ['Insufficient cpu', 'Insufficient memory'] } },
    {
      name: 'one unresolvable shortfall makes the status unresolvable',
      pod: makePod().req({ cpu: '2', memory: '20Gi' }),
      running: busy,
      want: { code: Code.UnschedulableAndUnresolvable, reasons: ['Insufficient cpu', 'Insufficient memory'] },
    },
    { name: 'Too many pods is always Unschedulable', pod: makePod(), node: makeNode().name('n').allocatable({ cpu: '4', memory: '16Gi', pods: '1' }), running: [makePod()], want: { code: Code.Unschedulable, reasons: ['Too many pods'] } },
    {
      name: 'a node without allocatable pods takes no pod',
      pod: makePod().req({ cpu: '100m' }),
      node: makeNode().name('n').allocatable({}),
      want: { code: Code.UnschedulableAndUnresolvable, reasons: ['Too many pods', 'Insufficient cpu'] },
    },
    { name: 'a pod without requests only needs a pod slot', pod: makePod(), running: [makePod().req({ cpu: '4', memory: '16Gi' })], want: null },
    { name: 'extended resource the node lacks', pod: makePod().req({ 'nvidia.com/gpu': '1' }), want: { code: Code.UnschedulableAndUnresolvable, reasons: ['Insufficient nvidia.com/gpu'] } },
    { name: 'ephemeral storage', pod: makePod().req({ 'ephemeral-storage': '200Gi' }), want: { code: Code.UnschedulableAndUnresolvable, reasons: ['Insufficient ephemeral-storage'] } },
    { name: 'limits without requests request the limits', pod: makePod().lim({ cpu: '2' }), running: busy, want: { code: Code.Unschedulable, reasons: ['Insufficient cpu'] } },
    { name: 'an init container counts by its maximum', pod: makePod().req({ cpu: '500m' }).initContainer({ cpu: '2' }), running: busy, want: { code: Code.Unschedulable, reasons: ['Insufficient cpu'] } },
    { name: 'a sidecar adds to the containers', pod: makePod().req({ cpu: '600m' }).initContainer({ cpu: '500m' }, { sidecar: true }), running: busy, want: { code: Code.Unschedulable, reasons: ['Insufficient cpu'] } },
    { name: 'overhead adds', pod: makePod().req({ cpu: '900m' }).overhead({ cpu: '200m' }), running: busy, want: { code: Code.Unschedulable, reasons: ['Insufficient cpu'] } },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(filter(c.pod, c.node, c.running), c.want));
});

describe(`${NAME} score (LeastAllocated)`, () => {
  const score = (pod: PodBuilder) => {
    const cl = new TestCluster([makeNode().name('n').obj()], [makePod().name('r').nodeName('n').req({ cpu: '1', memory: '4Gi' }).obj()]);
    return nodeResourcesFit().score(cl.state0(), cl.info(pod.obj()), cl.node('n'));
  };
  it('averages the free share of cpu and memory', () => {
    // cpu (4000−2000)·100/4000 = 50; memory (16−6)·100/16 = 62; (50+62)/2 = 56
    assert.equal(score(makePod().req({ cpu: '1', memory: '2Gi' })), 56);
  });
  it('counts a container without requests as 100m / 200Mi', () => {
    // cpu (4000−1100)·100/4000 = 72; memory (16384−4096−200)·100/16384 = 73; → 72
    assert.equal(score(makePod()), 72);
  });
  it('integer division, 0 when over capacity', () => {
    assert.equal(leastRequestedScore(3, 7), 57);
    assert.equal(leastRequestedScore(8, 7), 0);
    assert.equal(leastRequestedScore(0, 0), 0);
  });
});
