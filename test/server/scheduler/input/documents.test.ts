import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readObjects } from '../../../../server/src/scheduler/input/documents';
import { buildWorld } from '../../../../server/src/scheduler/input/world';
import { addDefaultTolerationSeconds, admitPriority, SYSTEM_PRIORITY_CLASSES } from '../../../../server/src/scheduler/input/admission';
import { conditionTaints, defaultClusterYaml, nodeModel } from '../../../../server/src/scheduler/input/cluster';
import type { Pod } from 'kubernetes-types/core/v1';
import { makeNode } from '../../../helpers/scheduler';

describe('reading manifests', () => {
  it('gives each object the range of its metadata.name value (else kind), per document and List item', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: one\n---\nkind: List\napiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata: { name: n1 }\n- {apiVersion: v1, kind: Node}\n';
    const { objects, problems } = readObjects({ uri: 'u', text });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      objects.map((o) => [o.obj.kind, o.source.docIndex, o.source.itemIndex, text.slice(o.source.start, o.source.end)]),
      [
        ['Pod', 0, undefined, 'one'],
        ['Node', 1, 0, 'n1'],
        ['Node', 1, 1, 'Node'],
      ],
    );
  });
  it('gives the items of a typed List (the API\'s PodList) its kind and apiVersion, as kubectl does', () => {
    const text = 'apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- metadata: {name: web}\n  spec: {replicas: 2}\n- kind: Deployment\n  metadata: {name: half}\n---\napiVersion: v1\nkind: List\nitems:\n- metadata: {name: nohead}\n';
    const { objects, problems } = readObjects({ uri: 'u', text });
    assert.deepEqual(problems, []);
    // An item with only one of the two, or in a plain List with neither, is not an object kubectl can read.
    assert.deepEqual(
      objects.map((o) => [o.obj.apiVersion, o.obj.kind, o.source.docIndex, o.source.itemIndex, text.slice(o.source.start, o.source.end)]),
      [['apps/v1', 'Deployment', 0, 0, 'web']],
    );
  });
  it('simulates the workloads of a List manifest (kubectl get -o yaml)', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n  spec:\n    replicas: 2\n    selector: {matchLabels: {app: web}}\n    template:\n      metadata: {labels: {app: web}}\n      spec: {containers: [{name: web, image: nginx:1.27}]}\n';
    const w = buildWorld({ manifests: [{ uri: 'm', text }] });
    assert.deepEqual(w.workloads.map((d) => [d.obj.kind, d.source.itemIndex]), [['Deployment', 0]]);
  });
  it('reports YAML errors and skips that document', () => {
    const { objects, problems } = readObjects({ uri: 'u', text: 'kind: Pod\napiVersion: v1\nmetadata: {name: a\n---\nkind: Pod\napiVersion: v1\n' });
    assert.equal(objects.length, 1);
    assert.equal(problems.length, 1);
  });
});

describe('choosing the cluster', () => {
  const node = 'apiVersion: v1\nkind: Node\nmetadata: { name: mine }\nstatus: { allocatable: { cpu: "8", memory: 32Gi, pods: "110" } }\n';
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { containers: [{ name: c, image: x }] }\n';
  it('Node documents in the manifest win over a cluster file', () => {
    const w = buildWorld({ manifests: [{ uri: 'm', text: `${node}---\n${pod}` }], cluster: { uri: 'c', text: node.replace('mine', 'theirs') } });
    assert.equal(w.clusterSource, 'manifest');
    assert.deepEqual(w.nodes.map((n) => n.node.metadata!.name), ['mine']);
    assert.equal(w.problems[0].key, 'scheduler.problem.clusterFileIgnored');
  });
  it('then the cluster file, then the default cluster', () => {
    assert.equal(buildWorld({ manifests: [{ uri: 'm', text: pod }], cluster: { uri: 'c', text: node } }).clusterSource, 'file');
    const d = buildWorld({ manifests: [{ uri: 'm', text: pod }] });
    assert.equal(d.clusterSource, 'default');
    assert.deepEqual(d.nodes.map((n) => n.node.metadata!.name), ['control-plane', 'worker-1', 'worker-2', 'worker-3']);
  });
  it('removed API versions are reported, not simulated', () => {
    const w = buildWorld({ manifests: [{ uri: 'm', text: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: { name: old }\nspec: {}\n' }] });
    assert.equal(w.workloads.length, 0);
    assert.deepEqual(w.problems.map((p) => p.key), ['scheduler.problem.apiVersion']);
  });
  it('the default cluster file parses back to the default cluster', () => {
    const w = buildWorld({ manifests: [{ uri: 'm', text: pod }], cluster: { uri: 'c', text: defaultClusterYaml('Kube Guide default cluster') } });
    assert.equal(w.clusterSource, 'file');
    assert.equal(w.nodes.length, 4);
  });
});

describe('admission', () => {
  const classes = new Map([...SYSTEM_PRIORITY_CLASSES, { name: 'low', value: 10, globalDefault: true, preemptionPolicy: 'PreemptLowerPriority' as const }, { name: 'batch', value: 5, globalDefault: false, preemptionPolicy: 'Never' as const }].map((c) => [c.name, c]));
  const pod = (spec: object): Pod & { spec: NonNullable<Pod['spec']> } => ({ metadata: { name: 'p' }, spec: { containers: [], ...spec } });
  it('resolves priority and preemptionPolicy, with the global default', () => {
    const a = pod({});
    assert.equal(admitPriority(a, classes, 'p'), null);
    assert.deepEqual([a.spec.priority, a.spec.preemptionPolicy, a.spec.priorityClassName], [10, 'PreemptLowerPriority', 'low']);
    const b = pod({ priorityClassName: 'batch' });
    admitPriority(b, classes, 'p');
    assert.deepEqual([b.spec.priority, b.spec.preemptionPolicy], [5, 'Never']);
    const c = pod({ priorityClassName: 'system-node-critical' });
    admitPriority(c, classes, 'p');
    assert.equal(c.spec.priority, 2000001000);
  });
  it('rejects what the Priority admission plugin rejects', () => {
    assert.equal(admitPriority(pod({ priorityClassName: 'gold' }), classes, 'web-5d8f-'), 'pods "web-5d8f-" is forbidden: no PriorityClass with name gold was found');
    assert.equal(
      admitPriority(pod({ priorityClassName: 'batch', priority: 7 }), classes, 'p'),
      'pods "p" is forbidden: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 5 from the given PriorityClass name',
    );
    assert.equal(
      admitPriority(pod({ priorityClassName: 'batch', preemptionPolicy: 'PreemptLowerPriority' }), classes, 'p'),
      'pods "p" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name',
    );
  });
  it('DefaultTolerationSeconds adds not-ready and unreachable unless tolerated', () => {
    const a = pod({});
    addDefaultTolerationSeconds(a);
    assert.deepEqual(a.spec.tolerations, [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    const b = pod({ tolerations: [{ operator: 'Exists' }] });
    addDefaultTolerationSeconds(b);
    assert.equal(b.spec.tolerations!.length, 1);
  });
});

describe('nodes as the scheduler reads them', () => {
  it('adds the taints the node controllers add for conditions and cordons', () => {
    const n = makeNode().name('n').condition('Ready', 'False').condition('MemoryPressure', 'True').unschedulable().obj();
    assert.deepEqual(conditionTaints(n).map((t) => `${t.key}:${t.effect}`), [
      'node.kubernetes.io/not-ready:NoSchedule',
      'node.kubernetes.io/not-ready:NoExecute',
      'node.kubernetes.io/memory-pressure:NoSchedule',
      'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
  });
  it('falls back to capacity without allocatable, and says so', () => {
    const m = nodeModel(makeNode().name('n').capacityOnly({ cpu: '2', memory: '4Gi', pods: '10' }).obj());
    assert.equal(m.allocatableFrom, 'capacity');
    assert.equal(m.allocatable.milliCPU, 2000);
  });
});
