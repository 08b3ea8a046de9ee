/**
 * Scenarios worked out by hand from kube-scheduler's semantics (the comments show the arithmetic),
 * then checked against the simulator: placements, the exact messages, preemption, controllers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { simulate } from '../../../server/src/scheduler/simulation';
import type { SimulationResult } from '../../../server/src/scheduler/result';
import { dedent } from '../../helpers/fixtures';

const TAINT = '1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';

function run(manifest: string, cluster?: string, options: Parameters<typeof simulate>[1] = {}): SimulationResult {
  return simulate({ manifests: [{ uri: 'file:///m.yaml', text: dedent(manifest) }], cluster: cluster ? { uri: 'file:///c.yaml', text: dedent(cluster) } : null }, { explain: 'none', ...options });
}

/** `name status node | message` per pod, in creation order. */
function lines(r: SimulationResult): string[] {
  return r.pods.map((p) => `${p.name} ${p.status} ${p.node ?? '-'} | ${p.message}`);
}

describe('simulation on the default cluster', () => {
  it('spreads a Deployment’s replicas: system default spreading and LeastAllocated', () => {
    // Each replica: the three workers tie first (all scores equal); then the node holding a replica
    // scores lower on spreading (hostname and zone counts) and on free resources.
    const r = run(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 4
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            containers:
            - name: nginx
              image: nginx:1.25
              resources: { requests: { cpu: 500m, memory: 512Mi } }
    `);
    assert.deepEqual(
      r.pods.map((p) => [p.status, p.node, p.tiedNodes]),
      [
        ['Scheduled', 'worker-1', ['worker-1', 'worker-2', 'worker-3']],
        ['Scheduled', 'worker-2', ['worker-2', 'worker-3']],
        ['Scheduled', 'worker-3', ['worker-3']],
        ['Scheduled', 'worker-1', ['worker-1', 'worker-2', 'worker-3']],
      ],
    );
    assert.match(r.pods[0].name, /^web-[bcdfghjklmnpqrstvwxz2456789]{1,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    assert.deepEqual(r.pods[0].owner, { kind: 'Deployment', name: 'web' });
    assert.equal(r.pods[0].controller?.kind, 'ReplicaSet');
    assert.equal(r.pods[0].message, `Successfully assigned default/${r.pods[0].name} to worker-1`);
    const w1 = r.nodes.find((n) => n.name === 'worker-1')!;
    assert.deepEqual(w1.requested, { cpu: '1', memory: '1Gi', pods: '2' });
    assert.deepEqual(w1.allocatable, { cpu: '4', 'ephemeral-storage': '100Gi', memory: '16Gi', pods: '110' });
  });

  it('reports resource exhaustion with the preemption suffix', () => {
    // 3 CPU each: one per 4-CPU worker; replicas 4 and 5 find 1 CPU left on each worker (Unschedulable,
    // so preemption is tried there) and the control plane tainted (not a candidate).
    const r = run(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: big }
      spec:
        replicas: 5
        selector: { matchLabels: { app: big } }
        template:
          metadata: { labels: { app: big } }
          spec:
            containers:
            - { name: c, image: busybox:1.36, resources: { requests: { cpu: "3" } } }
    `);
    const msg = `0/4 nodes are available: ${TAINT}, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.`;
    assert.deepEqual(
      r.pods.map((p) => [p.status, p.node, p.status === 'Pending' ? p.message : '']),
      [
        ['Scheduled', 'worker-1', ''],
        ['Scheduled', 'worker-2', ''],
        ['Scheduled', 'worker-3', ''],
        ['Pending', null, msg],
        ['Pending', null, msg],
      ],
    );
    assert.deepEqual(r.pods[3].events, [{ type: 'Warning', reason: 'FailedScheduling', message: msg }]);
    assert.equal(r.summary.pending, 2);
  });

  it('a request larger than any node is unresolvable: preemption is not helpful anywhere', () => {
    const r = run(`
      apiVersion: v1
      kind: Pod
      metadata: { name: huge }
      spec:
        containers:
        - { name: c, image: busybox:1.36, resources: { requests: { cpu: "8", memory: 1Gi } } }
    `);
    assert.deepEqual(lines(r), [
      `huge Pending - | 0/4 nodes are available: ${TAINT}, 3 Insufficient cpu. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.`,
    ]);
  });

  it('required pod anti-affinity: one replica per node, the fourth waits', () => {
    const r = run(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: spread }
      spec:
        replicas: 4
        selector: { matchLabels: { app: spread } }
        template:
          metadata: { labels: { app: spread } }
          spec:
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector: { matchLabels: { app: spread } }
                  topologyKey: kubernetes.io/hostname
            containers: [{ name: c, image: nginx:1.25 }]
    `);
    assert.deepEqual(
      r.pods.map((p) => `${p.status} ${p.node ?? '-'}`),
      ['Scheduled worker-1', 'Scheduled worker-2', 'Scheduled worker-3', 'Pending -'],
    );
    assert.equal(
      r.pods[3].message,
      `0/4 nodes are available: ${TAINT}, 3 node(s) didn't match pod anti-affinity rules. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.`,
    );
  });

  it('DaemonSet: one pod per untainted node, each pinned by matchFields', () => {
    const r = run(`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent, namespace: kube-system }
      spec:
        selector: { matchLabels: { app: agent } }
        template:
          metadata: { labels: { app: agent } }
          spec:
            containers: [{ name: c, image: fluent-bit:3.1 }]
    `);
    assert.deepEqual(r.pods.map((p) => `${p.namespace} ${p.status} ${p.node}`), ['kube-system Scheduled worker-1', 'kube-system Scheduled worker-2', 'kube-system Scheduled worker-3']);
    assert.deepEqual(r.pods[0].tiedNodes, ['worker-1']);
  });

  it('DaemonSet tolerating the control-plane taint also runs there', () => {
    const r = run(`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        selector: { matchLabels: { app: agent } }
        template:
          metadata: { labels: { app: agent } }
          spec:
            tolerations: [{ key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule }]
            containers: [{ name: c, image: fluent-bit:3.1 }]
    `);
    assert.deepEqual(r.pods.map((p) => p.node), ['control-plane', 'worker-1', 'worker-2', 'worker-3']);
  });

  it('DaemonSet pod that does not fit its node: the other nodes "didn\'t satisfy plugin(s) [NodeAffinity]"', () => {
    const r = run(`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: greedy }
      spec:
        selector: { matchLabels: { app: greedy } }
        template:
          metadata: { labels: { app: greedy } }
          spec:
            containers: [{ name: c, image: x:1, resources: { requests: { cpu: "5" } } }]
    `);
    assert.equal(r.pods.length, 3);
    for (const p of r.pods) {
      assert.equal(
        p.message,
        "0/4 nodes are available: 1 Insufficient cpu, 3 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
      );
    }
  });

  it('topology spread DoNotSchedule on zones', () => {
    // Zones a, b, c start at 0 (the control plane is in zone a but tainted; it still forms the domain).
    // Replicas 1–3 take one zone each; replica 4: every zone has 1, minimum 1, skew 1 — any worker.
    const r = run(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: zoned }
      spec:
        replicas: 4
        selector: { matchLabels: { app: zoned } }
        template:
          metadata: { labels: { app: zoned } }
          spec:
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: zoned } } }
            containers: [{ name: c, image: nginx:1.25 }]
    `);
    assert.deepEqual(r.pods.map((p) => p.node), ['worker-1', 'worker-2', 'worker-3', 'worker-1']);
  });

  it('StatefulSet OrderedReady: later ordinals wait for a Pending one', () => {
    const r = run(`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        replicas: 5
        serviceName: db
        selector: { matchLabels: { app: db } }
        template:
          metadata: { labels: { app: db } }
          spec:
            containers: [{ name: c, image: postgres:17, resources: { requests: { cpu: "3" } } }]
    `);
    assert.deepEqual(r.pods.map((p) => `${p.name} ${p.status} ${p.node ?? '-'}`), ['db-0 Scheduled worker-1', 'db-1 Scheduled worker-2', 'db-2 Scheduled worker-3', 'db-3 Pending -']);
    assert.ok(r.pods[3].notes.some((n) => n.includes('db-4')));
    assert.deepEqual(r.workloads[0].pods, ['default/db-0', 'default/db-1', 'default/db-2', 'default/db-3', 'default/db-4']);
  });

  it('bypass, other schedulers, gates and admission errors', () => {
    const r = run(`
      apiVersion: v1
      kind: Pod
      metadata: { name: pinned }
      spec: { nodeName: worker-2, containers: [{ name: c, image: x:1, resources: { requests: { cpu: "1" } } }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: too-big-pinned }
      spec: { nodeName: worker-2, containers: [{ name: c, image: x:1, resources: { requests: { cpu: "3500m" } } }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: custom }
      spec: { schedulerName: my-scheduler, containers: [{ name: c, image: x:1 }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: gated }
      spec: { schedulingGates: [{ name: example.com/quota }], containers: [{ name: c, image: x:1 }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: vip }
      spec: { priorityClassName: gold, containers: [{ name: c, image: x:1 }] }
    `);
    assert.deepEqual(lines(r), [
      'pinned Bound worker-2 | ',
      "too-big-pinned Rejected worker-2 | Pod was rejected: Node didn't have enough resource: cpu, requested: 3500, used: 1000, capacity: 4000",
      'custom NotHandled - | ',
      'gated Pending - | Scheduling is blocked due to non-empty scheduling gates',
      'vip Rejected - | pods "vip" is forbidden: no PriorityClass with name gold was found',
    ]);
    assert.equal(r.pods[1].reason, 'OutOfcpu');
    assert.equal(r.pods[3].reason, 'SchedulingGated');
  });

  it('a Deployment referring to a missing PriorityClass: the ReplicaSet’s pods are forbidden', () => {
    const r = run(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        replicas: 1
        selector: { matchLabels: { app: api } }
        template:
          metadata: { labels: { app: api } }
          spec: { priorityClassName: high, containers: [{ name: c, image: x:1 }] }
    `);
    assert.match(r.pods[0].message, /^pods "api-[a-z0-9]+-" is forbidden: no PriorityClass with name high was found$/);
  });

  it('Job parallelism and one CronJob run', () => {
    const r = run(`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: batch }
      spec:
        parallelism: 3
        completions: 2
        template: { spec: { restartPolicy: Never, containers: [{ name: c, image: x:1 }] } }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: nightly }
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template: { spec: { restartPolicy: OnFailure, containers: [{ name: c, image: x:1 }] } }
    `);
    assert.deepEqual(
      r.pods.map((p) => [p.owner?.kind, p.controller?.name, p.status]),
      [
        ['Job', 'batch', 'Scheduled'],
        ['Job', 'batch', 'Scheduled'],
        ['CronJob', 'nightly-28928160', 'Scheduled'],
      ],
    );
    assert.match(r.pods[2].name, /^nightly-28928160-[a-z0-9]{5}$/);
  });

  it('the same input gives the same output', () => {
    const m = `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 6
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec: { containers: [{ name: c, image: x:1, resources: { requests: { cpu: 300m } } }] }
    `;
    assert.deepEqual(run(m), run(m));
  });
});

describe('preemption', () => {
  const cluster = `
    apiVersion: v1
    kind: List
    items:
    - apiVersion: v1
      kind: Node
      metadata: { name: node-a, labels: { kubernetes.io/hostname: node-a, topology.kubernetes.io/zone: a } }
      status: { allocatable: { cpu: "2", memory: 4Gi, pods: "110" } }
    - apiVersion: v1
      kind: Node
      metadata: { name: node-b, labels: { kubernetes.io/hostname: node-b, topology.kubernetes.io/zone: b } }
      status: { allocatable: { cpu: "2", memory: 4Gi, pods: "110" } }
    - apiVersion: v1
      kind: Pod
      metadata: { name: low-1, namespace: default, labels: { app: low } }
      spec: { nodeName: node-a, priority: 100, containers: [{ name: c, image: x:1, resources: { requests: { cpu: 1500m } } }] }
      status: { phase: Running, startTime: "2025-01-01T10:00:00Z" }
    - apiVersion: v1
      kind: Pod
      metadata:
        name: low-2
        namespace: default
        labels: { app: low }
        ownerReferences: [{ apiVersion: apps/v1, kind: ReplicaSet, name: low-rs, uid: u1, controller: true }]
      spec: { nodeName: node-b, priority: 100, containers: [{ name: c, image: x:1, resources: { requests: { cpu: 1500m } } }] }
      status: { phase: Running, startTime: "2025-01-01T10:05:00Z" }
    - apiVersion: v1
      kind: Pod
      metadata: { name: mid, namespace: default }
      spec: { nodeName: node-b, priority: 500, containers: [{ name: c, image: x:1, resources: { requests: { cpu: 400m } } }] }
      status: { phase: Running, startTime: "2025-01-01T09:00:00Z" }
  `;
  const manifest = `
    apiVersion: scheduling.k8s.io/v1
    kind: PriorityClass
    metadata: { name: high }
    value: 1000
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: urgent }
    spec: { priorityClassName: high, containers: [{ name: c, image: x:1, resources: { requests: { cpu: "1" } } }] }
  `;

  it('evicts the victim with the latest start, nominates its node, then binds there', () => {
    // node-a: removing low-1 frees enough; low-1 is a victim. node-b: mid (500) and low-2 (100)
    // are lower; mid is reprieved (400m + 1000m ≤ 2000m), low-2 is the victim. Both nodes: 0 PDB
    // violations, top victim priority 100, sum, one victim — the latest start time (10:05) wins: node-b.
    const r = run(manifest, cluster);
    const urgent = r.pods.find((p) => p.name === 'urgent')!;
    assert.equal(urgent.status, 'Scheduled');
    assert.equal(urgent.node, 'node-b');
    assert.deepEqual(urgent.victims, ['default/low-2']);
    assert.deepEqual(
      urgent.events.map((e) => e.message),
      ['0/2 nodes are available: 2 Insufficient cpu.', 'Successfully assigned default/urgent to node-b'],
    );
    const low2 = r.pods.find((p) => p.name === 'low-2')!;
    assert.equal(low2.status, 'Preempted');
    assert.equal(low2.preemptedBy, 'default/urgent');
    assert.match(low2.message, /^Preempted by pod [0-9a-f-]{36} on node node-b$/);
    // Its ReplicaSet recreates it; nothing lower is left to preempt.
    const repl = r.pods.find((p) => p.replacementFor === 'default/low-2')!;
    assert.match(repl.name, /^low-rs-[a-z0-9]{5}$/);
    assert.equal(repl.status, 'Pending');
    assert.equal(repl.message, '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.');
    assert.equal(r.pods.find((p) => p.name === 'mid')!.status, 'Bound');
  });

  it('preemptionPolicy Never: not eligible', () => {
    const never = manifest.replace('value: 1000', 'value: 1000\n    preemptionPolicy: Never');
    const r = run(never, cluster);
    assert.equal(r.pods.find((p) => p.name === 'urgent')!.message, '0/2 nodes are available: 2 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.');
  });

  it('a PodDisruptionBudget steers the choice to the node without violations', () => {
    // Make low-1 the latest-started victim: without a budget node-a wins on start time.
    const later = cluster.replace('labels: { app: low } }\n      spec: { nodeName: node-a', 'labels: { app: low, guarded: "yes" } }\n      spec: { nodeName: node-a').replace('startTime: "2025-01-01T10:00:00Z"', 'startTime: "2025-01-01T10:10:00Z"');
    assert.equal(run(manifest, later).pods.find((p) => p.name === 'urgent')!.node, 'node-a');
    // A budget on low-1 (minAvailable 1 of 1 healthy: 0 disruptions allowed) makes node-a violate it once.
    const pdb = `${manifest}
    ---
    apiVersion: policy/v1
    kind: PodDisruptionBudget
    metadata: { name: guarded }
    spec: { minAvailable: 1, selector: { matchLabels: { guarded: "yes" } } }
    `;
    const r = run(pdb, later);
    assert.equal(r.pods.find((p) => p.name === 'urgent')!.node, 'node-b');
    assert.equal(r.pods.find((p) => p.name === 'low-1')!.status, 'Bound');
  });
});

describe('API defaults that matter to scheduling', () => {
  it('host-network pods use their container ports on the node: two cannot share one', () => {
    const pod = (name: string) => `
      apiVersion: v1
      kind: Pod
      metadata: { name: ${name} }
      spec: { hostNetwork: true, nodeSelector: { kubernetes.io/hostname: worker-1 }, containers: [{ name: c, image: x:1, ports: [{ containerPort: 8080 }] }] }
    `;
    const r = run(`${pod('a')}\n---\n${pod('b')}`.replace(/\n {6}/g, '\n'));
    assert.deepEqual(r.pods.map((p) => p.status), ['Scheduled', 'Pending']);
    assert.equal(
      r.pods[1].message,
      // byte order: "1 node(s) didn't …" sorts before "1 node(s) had …"
      `0/4 nodes are available: 1 node(s) didn't have free ports for the requested pod ports, ${TAINT}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 1 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.`,
    );
  });
});

describe('simulation of input the API server rejects, or too large to simulate', () => {
  it('rejects pods without the fields every pod needs, in the API server\'s words', () => {
    const r = run(`
      apiVersion: v1
      kind: Pod
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec: { containers: [ { image: "x:1" }, { name: b } ] }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: c }
      spec: {}
    `);
    assert.deepEqual(lines(r), [
      ' Rejected - | Pod "" is invalid: [metadata.name: Required value: name or generateName is required, spec.containers: Required value]',
      'p Rejected - | Pod "p" is invalid: [spec.containers[0].name: Required value, spec.containers[1].image: Required value]',
    ]);
    assert.deepEqual(
      r.workloads.map((w) => w.rejected),
      [
        'Pod "" is invalid: [metadata.name: Required value: name or generateName is required, spec.containers: Required value]',
        'Pod "p" is invalid: [spec.containers[0].name: Required value, spec.containers[1].image: Required value]',
        'CronJob.batch "c" is invalid: [spec.schedule: Required value, spec.jobTemplate.spec.template.spec.containers: Required value]',
      ],
    );
  });

  // Found by the simulation fuzzing: 200 Deployments of 5,000 replicas ran the server out of memory.
  it('simulates at most maxPods pods of the manifests and says how many it left out', () => {
    const deployment = (name: string) => `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: ${name} }
      spec:
        replicas: 30
        selector: { matchLabels: { app: ${name} } }
        template:
          metadata: { labels: { app: ${name} } }
          spec: { containers: [ { name: c, image: "x:1", resources: { requests: { cpu: 10m } } } ] }
    `;
    const r = run([deployment('a'), deployment('b'), deployment('c')].map(dedent).join('---\n'), undefined, { maxPods: 50 });
    assert.deepEqual(r.workloads.map((w) => [w.name, w.pods.length]), [['a', 30], ['b', 20], ['c', 0]]);
    assert.deepEqual(r.problems.map((p) => p.message), ['only the first 50 pods of the manifests are simulated; 40 more were left out']);
  });
});

