/** What-if questions, worked out by hand on the default cluster (3 workers × 4 CPU). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNodesNeeded, MAX_EXTRA_NODES, simulateNodeFailure, simulateScale, WhatIfError } from '../../../server/src/scheduler/whatif';
import { dedent } from '../../helpers/fixtures';

const web = (replicas: number, cpu = '2500m') => `
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    replicas: ${replicas}
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec: { containers: [{ name: c, image: x:1, resources: { requests: { cpu: "${cpu}" } } }] }
`;
const solo = `
  apiVersion: v1
  kind: Pod
  metadata: { name: solo }
  spec: { containers: [{ name: c, image: x:1, resources: { requests: { cpu: 500m } } }] }
`;
const agent = `
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: agent }
  spec:
    selector: { matchLabels: { app: agent } }
    template:
      metadata: { labels: { app: agent } }
      spec: { containers: [{ name: c, image: x:1 }] }
`;
const input = (...docs: string[]) => ({ manifests: [{ uri: 'file:///m.yaml', text: docs.map(dedent).join('---\n') }] });

describe('node failure', () => {
  it('removes the node: the Deployment’s replica cannot come back (2.5 CPU does not fit the 1.5 CPU left anywhere), the bare pod is lost, the DaemonSet pod is node-local', () => {
    const r = simulateNodeFailure(input(web(3), solo, agent), 'worker-1', 'remove');
    assert.deepEqual(
      r.evictions.map((e) => [e.owner?.kind ?? null, e.outcome]),
      [
        ['Deployment', 'pending'],
        [null, 'lost'],
        ['DaemonSet', 'node-local'],
      ],
    );
    assert.equal(
      r.evictions[0].message,
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
    assert.equal(r.cannotComeBack.length, 2);
    assert.equal(r.after.cluster.nodes, 3);
    assert.ok(!r.after.pods.some((p) => p.node === 'worker-1'));
  });

  it('a replica that fits elsewhere is rescheduled', () => {
    const r = simulateNodeFailure(input(web(3, '1')), 'worker-2', 'remove');
    assert.deepEqual(r.evictions.map((e) => e.outcome), ['rescheduled']);
    assert.deepEqual(r.cannotComeBack, []);
    assert.notEqual(r.evictions[0].node, 'worker-2');
  });

  it('drain cordons the node: the replacement’s message counts it as unschedulable; DaemonSet pods stay', () => {
    const r = simulateNodeFailure(input(web(3), agent), 'worker-1', 'drain');
    const ev = r.evictions.find((e) => e.owner?.kind === 'Deployment')!;
    assert.equal(ev.outcome, 'pending');
    assert.match(ev.message!, /^0\/4 nodes are available: .*1 node\(s\) were unschedulable, 2 Insufficient cpu\./);
    assert.ok(r.after.pods.some((p) => p.owner?.kind === 'DaemonSet' && p.node === 'worker-1'));
    assert.ok(r.after.nodes.find((n) => n.name === 'worker-1')!.unschedulable);
  });

  it('a PodDisruptionBudget that allows no disruption blocks the drain', () => {
    const pdb = `
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: web }
      spec: { minAvailable: 3, selector: { matchLabels: { app: web } } }
    `;
    const r = simulateNodeFailure(input(web(3, '1'), pdb), 'worker-1', 'drain');
    assert.deepEqual(r.evictions.map((e) => [e.outcome, e.message]), [['blocked', "Cannot evict pod as it would violate the pod's disruption budget."]]);
  });

  it('an unknown node is a clear error', () => {
    assert.throws(() => simulateNodeFailure(input(solo), 'nope', 'remove'), (e: unknown) => e instanceof WhatIfError && e.key === 'scheduler.whatif.noNode');
  });
});

describe('scale', () => {
  it('scaling up queues new replicas on the current cluster', () => {
    const r = simulateScale(input(web(3)), { kind: 'Deployment', name: 'web' }, 4);
    assert.equal(r.added.length, 1);
    const added = r.after.pods.find((p) => `${p.namespace}/${p.name}` === r.added[0])!;
    assert.equal(added.status, 'Pending');
  });
  it('scaling down deletes the newest replicas when every node has as many', () => {
    const base = simulateScale(input(web(3)), { kind: 'Deployment', name: 'web' }, 3);
    const r = simulateScale(input(web(3)), { kind: 'Deployment', name: 'web' }, 1);
    assert.deepEqual(r.removed, base.after.pods.slice(1).map((p) => `${p.namespace}/${p.name}`).reverse());
  });
  it('a DaemonSet cannot be scaled', () => {
    assert.throws(() => simulateScale(input(agent), { kind: 'DaemonSet', name: 'agent' }, 2), (e: unknown) => e instanceof WhatIfError && e.key === 'scheduler.whatif.notScalable');
  });
});

describe('nodes needed', () => {
  it('one 4-CPU node per pending 2.5-CPU replica', () => {
    const r = findNodesNeeded(input(web(6)));
    assert.equal(r.pending.length, 3);
    assert.equal(r.nodesNeeded, 3);
    assert.deepEqual(r.tried, [1, 2, 3]);
    assert.equal(r.template.name, 'worker-1');
    assert.deepEqual(r.template.zones, ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c']);
    assert.equal(r.after!.summary.pending, 0);
    // The new nodes rotate through the zones.
    assert.deepEqual(
      r.after!.nodes.slice(4).map((n) => [n.name, n.labels['topology.kubernetes.io/zone']]),
      [
        ['worker-1-extra-1', 'ap-northeast-2a'],
        ['worker-1-extra-2', 'ap-northeast-2b'],
        ['worker-1-extra-3', 'ap-northeast-2c'],
      ],
    );
  });
  it('none when nothing is pending; a pod larger than the shape is reported, not counted', () => {
    assert.equal(findNodesNeeded(input(web(3))).nodesNeeded, 0);
    const r = findNodesNeeded(input(web(1, '6')));
    assert.equal(r.nodesNeeded, null);
    assert.equal(r.unfit.length, 1);
    assert.match(r.unfit[0].message, /^0\/1 nodes are available: 1 Insufficient cpu\./);
  });
});

describe('nodes needed for absurd sizes', () => {
  // Found by the simulation fuzzing: each extra node count was a whole simulation, tried one by
  // one up to `max` (any number an editor sent): 5,000 pending replicas never came back.
  it('answers at once when even the most extra nodes cannot give the requests (5,000 replicas of 3 CPUs, max 1e9)', () => {
    const r = findNodesNeeded(input(web(5000, '3')), { max: 1e9 });
    assert.equal(r.nodesNeeded, null);
    assert.deepEqual(r.tried, [], 'the capacity bound (3,750 nodes) is past the most tried (1,000)');
    assert.equal(MAX_EXTRA_NODES, 1000);
  });

  it('starts from the capacity bound and takes growing steps, then halves back to the smallest count', () => {
    // 40 pending replicas of 2.5 CPU: one per 4-CPU node, so 40 extra nodes; free capacity (4.5
    // CPU on the workers, 2 on the tainted control plane) puts the bound at ceil((100 - 6.5) / 4) = 24.
    const r = findNodesNeeded(input(web(43)), { max: 100 });
    assert.equal(r.nodesNeeded, 40);
    assert.deepEqual(r.tried, [24, 25, 26, 27, 28, 29, 30, 31, 39, 55, 47, 43, 41, 40]);
    assert.equal(r.after!.summary.pending, 0);
  });
});

