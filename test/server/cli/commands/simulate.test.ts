import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { golden } from '../../../helpers/golden';
import { runIn } from '../helpers';

/** The book's samples, from ../shared beside the checkout (as in CI; one level up more in a worktree). */
const corpus = (() => {
  for (const up of ['../../../../../shared', '../../../../../../shared']) {
    const dir = join(__dirname, up, 'corpus/kubernetes-perfect-guide/samples/chapter12');
    try {
      return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    } catch {
      // not there
    }
  }
  return null;
})();

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        resources:
          requests: { cpu: "3", memory: 1Gi }
`;

describe('kube-guide simulate', () => {
  it('prints the readable report and exits 1 when a pod stays Pending', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', 'web.yaml']);
    assert.equal(r.err, '');
    assert.equal(r.code, 1);
    golden(join(__dirname, 'golden/simulate-web.txt'), r.out);
  });

  it('gives the documented JSON shape', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', '--json', 'web.yaml']);
    const j = JSON.parse(r.out);
    assert.deepEqual(Object.keys(j.pods[0]).filter((k) => ['namespace', 'name', 'owner', 'status', 'node', 'tiedNodes', 'message'].includes(k)).sort(), ['message', 'name', 'namespace', 'node', 'owner', 'status', 'tiedNodes']);
    assert.deepEqual(j.pods[0].owner, { kind: 'Deployment', name: 'web' });
    assert.deepEqual(j.nodes[1].allocatable, { cpu: '4', 'ephemeral-storage': '100Gi', memory: '16Gi', pods: '110' });
    assert.deepEqual(j.nodes[1].requested, { cpu: "3", memory: "1Gi", pods: "1" });
    assert.equal(j.pods[3].status, 'Pending');
  });

  it('reads a cluster file, including kubectl get -o yaml List output', async () => {
    const cluster = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata: { name: big, labels: { kubernetes.io/hostname: big } }
  status: { allocatable: { cpu: "16", memory: 64Gi, pods: "110" } }
`;
    const r = await runIn({ 'web.yaml': deployment, 'cluster.yaml': cluster }, ['simulate', '--json', '--cluster', 'cluster.yaml', 'web.yaml']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.pods.map((p: { node: string }) => p.node), ['big', 'big', 'big', 'big']);
    assert.equal(j.cluster.source, 'file');
  });

  it('simulates the workloads of a manifest that is a List, and of a typed DeploymentList', async () => {
    const item = deployment.replace(/\n(?=.)/g, '\n  ').replace('replicas: 4', 'replicas: 2').replace('cpu: "3"', 'cpu: 500m');
    const list = `apiVersion: v1\nkind: List\nitems:\n- ${item}`;
    const typed = `apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- ${item.replace('apiVersion: apps/v1\n  kind: Deployment\n  ', '').replace(/name: web/, 'name: typed')}`;
    const r = await runIn({ 'list.yaml': list, 'typed.yaml': typed }, ['simulate', '--json', 'list.yaml', 'typed.yaml']);
    assert.equal(r.err, '');
    const j = JSON.parse(r.out);
    assert.deepEqual(
      j.workloads.map((w: { kind: string; name: string; source: { docIndex: number; itemIndex?: number } }) => [w.kind, w.name, w.source.docIndex, w.source.itemIndex]),
      [
        ['Deployment', 'web', 0, 0],
        ['Deployment', 'typed', 0, 0],
      ],
    );
    assert.deepEqual(j.pods.map((p: { owner: { name: string }; status: string }) => [p.owner.name, p.status]), [
      ['web', 'Scheduled'],
      ['web', 'Scheduled'],
      ['typed', 'Scheduled'],
      ['typed', 'Scheduled'],
    ]);
  });

  it('explains a pod node by node', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', '--explain', 'web.yaml', 'web.yaml']);
    assert.match(r.out, /no pod named web\.yaml/);
    const pod = /default\/(web-\S+)\s+Pending/.exec(r.out)![1];
    const r2 = await runIn({ 'web.yaml': deployment }, ['simulate', `--explain=${pod}`, 'web.yaml']);
    assert.match(r2.out, new RegExp(`Why default/${pod} is Pending`));
    assert.match(r2.out, /worker-1: NodeResourcesFit: Insufficient cpu \[Unschedulable\]/);
  });

  it('one-line user errors', async () => {
    for (const argv of [['simulate'], ['simulate', 'missing.yaml'], ['simulate', '--cluster'], ['simulate', '--bogus', 'x.yaml'], ['simulate', '--cluster', 'nope.yaml', 'web.yaml']]) {
      const r = await runIn({ 'web.yaml': deployment }, argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
  });

  it('speaks Korean but keeps kube-scheduler’s messages in English', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', 'web.yaml'], 'ko');
    assert.match(r.out, /^클러스터: 기본 내장 클러스터, 노드 4개/);
    assert.match(r.out, /0\/4 nodes are available: 1 node\(s\) had untolerated taint/);
  });

  it('runs the book’s chapter 12 samples', { skip: corpus === null }, async () => {
    const r = await runIn(corpus!, ['simulate', '.']);
    golden(join(__dirname, 'golden/simulate-chapter12.txt'), r.out);
  });
});

describe('kube-guide simulate what-ifs', () => {
  const six = deployment.replace('replicas: 4', 'replicas: 6');
  it('--fail-node reports who cannot come back and exits 1', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', '--fail-node', 'worker-1', 'web.yaml']);
    assert.equal(r.code, 1);
    golden(join(__dirname, 'golden/simulate-fail-node.txt'), r.out);
  });
  it('--drain in JSON', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', '--json', '--drain=worker-2', 'web.yaml']);
    const j = JSON.parse(r.out);
    assert.equal(j.mode, 'drain');
    assert.equal(j.evictions[0].outcome, 'pending');
  });
  it('--scale', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', '--scale', 'Deployment/web=2', 'web.yaml']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Scaling Deployment\/web from 4 to 2 replicas:\n {2}removed: default\/web-\S+, default\/web-\S+\n/);
  });
  it('--nodes-needed', async () => {
    const r = await runIn({ 'web.yaml': six }, ['simulate', '--nodes-needed', 'web.yaml']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^3 more node\(s\) like worker-1 \(4 CPU, 16Gi memory, 110 pods; zones ap-northeast-2a, ap-northeast-2b, ap-northeast-2c\)/);
  });
  it('what-if user errors are one line', async () => {
    for (const argv of [
      ['simulate', '--fail-node', 'nope', 'web.yaml'],
      ['simulate', '--scale', 'web=2', 'web.yaml'],
      ['simulate', '--scale', 'Deployment/none=2', 'web.yaml'],
      ['simulate', '--drain', 'worker-1', '--nodes-needed', 'web.yaml'],
      ['simulate', '--nodes-needed', '--max-nodes', 'x', 'web.yaml'],
    ]) {
      const r = await runIn({ 'web.yaml': deployment }, argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
  });
});

describe('kube-guide simulate --explain by workload', () => {
  it('explains every pod of a workload named by Kind/name', async () => {
    const r = await runIn({ 'web.yaml': deployment }, ['simulate', '--explain', 'Deployment/web', 'web.yaml']);
    assert.equal((r.out.match(/^Why default\/web-/gm) ?? []).length, 4);
    golden(join(__dirname, 'golden/simulate-explain.txt'), r.out);
  });
});

describe('kube-guide simulate on input it cannot use', () => {
  const broken = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a\nspec:\n  containers: []\n';

  it('refuses a manifest with a YAML syntax error in one line, as kubectl apply would (it simulated the rest)', async () => {
    const r = await runIn({ 'web.yaml': deployment, 'broken.yaml': broken }, ['simulate', 'web.yaml', 'broken.yaml']);
    assert.deepEqual(r, {
      code: 2,
      out: '',
      err: 'kube-guide: broken.yaml:4:1: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a } (nothing was simulated)\n',
    });
    const ko = await runIn({ 'broken.yaml': broken }, ['simulate', 'broken.yaml'], 'ko');
    assert.equal(ko.err, 'kube-guide: broken.yaml:4:1: YAML 문법 오류: 들여쓰기가 잘못되었다 (시뮬레이션하지 않았습니다)\n');
  });

  it('refuses a broken cluster file the same way', async () => {
    const r = await runIn({ 'web.yaml': deployment, 'cluster.yaml': 'items: [\n' }, ['simulate', '--cluster', 'cluster.yaml', 'web.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^kube-guide: cluster\.yaml:2:1: YAML syntax error: .* \(nothing was simulated\)\n$/);
  });

  it('refuses what is not a regular file (/dev/zero would never end) in one line', async () => {
    for (const [argv, err] of [
      [['simulate', '/dev/zero'], 'kube-guide: /dev/zero: not a regular file\n'],
      [['simulate', '--cluster', '/dev/zero', 'web.yaml'], 'kube-guide: /dev/zero: not a regular file\n'],
    ] as const) {
      assert.deepEqual(await runIn({ 'web.yaml': deployment }, [...argv]), { code: 2, out: '', err });
    }
  });

  it('rejects pods with absurd sizes and quantities with the API server\'s reason, not a crash', async () => {
    const absurd = deployment.replace('replicas: 4', 'replicas: 1000000000').replace('{ cpu: "3", memory: 1Gi }', '{ cpu: 1e30, memory: "-1Gi" }');
    const r = await runIn({ 'web.yaml': absurd }, ['simulate', '--json', 'web.yaml']);
    assert.equal(r.code, 1, r.err);
    const result = JSON.parse(r.out) as { pods: { status: string; message: string }[]; workloads: { pods: unknown[] }[] };
    assert.ok(result.pods.length <= 5000, `${result.pods.length} pods`);
    assert.deepEqual([...new Set(result.pods.map((p) => `${p.status}: ${p.message}`))], ['Rejected: the API server rejects this pod: quantity too large to simulate for cpu']);
  });
});
