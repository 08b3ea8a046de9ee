import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeTreeOrder, zoneKey } from '../../../../server/src/scheduler/framework/cluster';
import { numFeasibleNodesToFind } from '../../../../server/src/scheduler/framework/scheduler';
import { simulate } from '../../../../server/src/scheduler/simulation';
import { makeNode, makePod, TestCluster } from '../../../helpers/scheduler';
import { stringify } from 'yaml';

describe('percentageOfNodesToScore', () => {
  const cases: Array<[number, number, number]> = [
    // [percentage, nodes, nodes to find]
    [0, 50, 50],
    [0, 99, 99],
    [0, 100, 100],
    [0, 1000, 420], // 50 − 1000/125 = 42%
    [0, 5000, 500], // 50 − 40 = 10%
    [0, 6000, 300], // 50 − 48 = 2% → at least 5%
    [0, 1500, 570], // 38%
    [100, 5000, 5000],
    [10, 500, 100], // at least 100
  ];
  for (const [pct, n, want] of cases) it(`${pct}% of ${n} nodes → ${want}`, () => assert.equal(numFeasibleNodesToFind(pct, n), want));
});

describe('node order', () => {
  it('interleaves zones in the order they first appear (the scheduler cache’s node tree)', () => {
    const nodes: Array<{ n: string; labels: Record<string, string> }> = [
      { n: 'a1', labels: { 'topology.kubernetes.io/zone': 'a' } },
      { n: 'a2', labels: { 'topology.kubernetes.io/zone': 'a' } },
      { n: 'b1', labels: { 'topology.kubernetes.io/zone': 'b' } },
      { n: 'x', labels: {} },
      { n: 'a3', labels: { 'topology.kubernetes.io/zone': 'a' } },
    ];
    assert.deepEqual(nodeTreeOrder(nodes).map((x) => x.n), ['a1', 'b1', 'x', 'a2', 'a3']);
    assert.equal(zoneKey({ 'topology.kubernetes.io/region': 'r', 'topology.kubernetes.io/zone': 'z' }), 'r:\u0000:z');
  });
});

describe('PreFilter messages', () => {
  it('a node set from one plugin that is empty: "didn\'t satisfy plugin NodeAffinity"', () => {
    const cl = new TestCluster([makeNode().name('n1').obj()]);
    const pod = cl.info(makePod().nodeAffinityFields(['nope']).obj());
    const a = cl.scheduler.scheduleOne(pod, false);
    assert.equal(a.kind, 'unschedulable');
    assert.equal(
      (a as { message: string }).message,
      "0/1 nodes are available: 1 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    );
  });
});

function nodesYaml(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    stringify({ apiVersion: 'v1', kind: 'Node', metadata: { name: `n${String(i).padStart(3, '0')}`, labels: { 'kubernetes.io/hostname': `n${i}` } }, status: { allocatable: { cpu: '4', memory: '16Gi', pods: '110' } } }),
  ).join('---\n');
}

describe('sampling and the round-robin start', () => {
  const pods = Array.from({ length: 3 }, (_, i) => stringify(makePod().name(`p${i}`).req({ cpu: '100m' }).obj())).join('---\n');
  it('with 200 nodes, each pod checks 100 feasible nodes from where the last one stopped', () => {
    const r = simulate({ manifests: [{ uri: 'm', text: `${nodesYaml(200)}---\n${pods}` }] }, { explain: 'all' });
    const evaluated = r.pods.map((p) => p.explanation![0].nodes.filter((n) => n.outcome !== 'not-evaluated').map((n) => n.node));
    assert.deepEqual(evaluated.map((e) => e.length), [100, 100, 100]);
    // p0: n000–n099, p1: n100–n199, p2: n000–n099 again
    assert.deepEqual([evaluated[0][0], evaluated[0][99], evaluated[1][0], evaluated[1][99], evaluated[2][0]], ['n000', 'n099', 'n100', 'n199', 'n000']);
    assert.deepEqual(r.pods.map((p) => p.node), ['n000', 'n100', 'n001']);
  });
  it('--exhaustive checks every node', () => {
    const r = simulate({ manifests: [{ uri: 'm', text: `${nodesYaml(200)}---\n${pods}` }] }, { explain: 'all', exhaustive: true });
    assert.deepEqual(r.pods.map((p) => p.explanation![0].evaluatedNodes), [200, 200, 200]);
  });
});

describe('the queue', () => {
  it('higher priority first, then creation order', () => {
    const m = `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
${stringify(makePod().name('first').req({ cpu: '3' }).obj())}---
${stringify({ ...makePod().name('second').req({ cpu: '3' }).obj(), spec: { ...makePod().req({ cpu: '3' }).obj().spec, priorityClassName: 'high' } })}`;
    const cluster = `apiVersion: v1\nkind: Node\nmetadata: { name: only, labels: { kubernetes.io/hostname: only } }\nstatus: { allocatable: { cpu: "4", memory: 8Gi, pods: "110" } }\n`;
    const r = simulate({ manifests: [{ uri: 'm', text: m }], cluster: { uri: 'c', text: cluster } });
    assert.deepEqual(r.pods.map((p) => `${p.name} ${p.status}`), ['first Pending', 'second Scheduled']);
    assert.equal(r.pods[0].message, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.');
  });
});

describe('nominated pods', () => {
  it('a pod nominated to a node counts there for pods of equal or lower priority', () => {
    const cl = new TestCluster([makeNode().name('n').allocatable({ cpu: '2', memory: '4Gi', pods: '10' }).obj()]);
    const nominee = cl.info(makePod().name('nominee').priority(100).req({ cpu: '1500m' }).obj());
    cl.scheduler.nominate(nominee, 'n');
    const low = cl.scheduler.scheduleOne(cl.info(makePod().name('low').priority(10).req({ cpu: '1' }).obj()), false);
    assert.equal(low.kind, 'unschedulable');
    const high = cl.scheduler.scheduleOne(cl.info(makePod().name('high').priority(200).req({ cpu: '1' }).obj()), false);
    assert.equal(high.kind, 'scheduled');
  });
});
