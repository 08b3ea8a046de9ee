/** The simulation as the editor shows it: code-lens targets, source ranges, pending pods as diagnostics. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/common/text';
import { simulate } from '../../../server/src/scheduler/simulation';
import { locateSources, SIMULATION_SOURCE, simulationDiagnostics, simulationTargets, type LocatedSource } from '../../../server/src/service/simulation';
import { dedent } from '../../helpers/fixtures';

const URI = 'file:///work/app.yaml';
const TAINT = '1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';

/** A Deployment of `replicas` pods requesting `cpu` each. */
function deployment(name: string, replicas: number, cpu: string): string {
  return dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: ${name}
    spec:
      replicas: ${replicas}
      selector: { matchLabels: { app: ${name} } }
      template:
        metadata: { labels: { app: ${name} } }
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources: { requests: { cpu: ${cpu}, memory: 256Mi } }
  `);
}

function run(text: string, uri = URI) {
  const result = simulate({ manifests: [{ uri, text }] }, { explain: 'none' });
  const texts = new Map([[uri, text]]);
  return { result, texts };
}

/** The text a range covers. */
function cover(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = new LineIndex(text);
  assert.ok(lines.contains(range), JSON.stringify(range));
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

describe('simulationTargets', () => {
  it('lists the workloads with the line a code lens goes on, and the Node documents', () => {
    const text = [
      '# a comment before the first document',
      deployment('web', 2, '100m'),
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: { name: web }',
      '---',
      'kind: Pod',
      'apiVersion: v1',
      'metadata:',
      '  name: solo',
      '  namespace: tools',
      'spec: { containers: [ { name: c, image: busybox:1.37 } ] }',
      '---',
      'apiVersion: v1',
      'kind: Node',
      'metadata: { name: node-a }',
      '---',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: { name: nightly }',
      '---',
      'apiVersion: apps/v1beta1', // not served: not a target
      'kind: Deployment',
      'metadata: { name: old }',
      '',
    ].join('\n');
    const targets = simulationTargets(text);
    assert.deepEqual(
      targets.workloads.map((w) => ({ ...w, line: cover(text, w.range) })),
      [
        { docIndex: 0, kind: 'Deployment', namespace: 'default', name: 'web', range: targets.workloads[0].range, line: 'apiVersion: apps/v1' },
        { docIndex: 2, kind: 'Pod', namespace: 'tools', name: 'solo', range: targets.workloads[1].range, line: 'kind: Pod' },
        { docIndex: 4, kind: 'CronJob', namespace: 'default', name: 'nightly', range: targets.workloads[2].range, line: 'apiVersion: batch/v1' },
      ],
    );
    assert.deepEqual(targets.workloads[0].range.start, { line: 1, character: 0 });
    assert.deepEqual(targets.nodes, ['node-a']);
  });

  it('lists the workloads of a List (and of a typed List) on their item\'s first line', () => {
    const text = 'apiVersion: v1\r\nkind: List\r\nitems:\r\n- apiVersion: v1\r\n  kind: Pod\r\n  metadata: {name: a}\r\n- apiVersion: v1\r\n  kind: Node\r\n  metadata: {name: node-a}\r\n---\r\napiVersion: v1\r\nkind: PodList\r\nitems:\r\n- metadata: {name: b}\r\n';
    const targets = simulationTargets(text);
    assert.deepEqual(targets.workloads.map((w) => [w.docIndex, w.itemIndex, w.name, cover(text, w.range)]), [
      [0, 0, 'a', '- apiVersion: v1'],
      [1, 0, 'b', '- metadata: {name: b}'],
    ]);
    assert.deepEqual(targets.nodes, ['node-a']);
  });

  it('keeps ranges inside CRLF lines and skips Helm templates and broken documents', () => {
    const text = 'apiVersion: v1\r\nkind: Pod\r\nmetadata: { name: p }\r\n---\r\napiVersion: v1\r\nkind: Pod\r\nmetadata: { name: {{ .Values.name }} }\r\n---\r\n: [\r\n';
    const targets = simulationTargets(text);
    assert.deepEqual(targets.workloads.map((w) => [w.name, cover(text, w.range)]), [['p', 'apiVersion: v1']]);
    assert.deepEqual(simulationTargets(''), { workloads: [], nodes: [] });
  });
});

describe('locateSources', () => {
  it('gives every pod and workload the range of its metadata.name value', () => {
    const text = deployment('web', 2, '100m');
    const { result, texts } = run(text);
    locateSources(result, texts);
    for (const p of [...result.pods, ...result.workloads]) assert.equal(cover(text, (p.source as LocatedSource).range!), 'web');
  });

  it('leaves sources of files it was not given alone', () => {
    const { result } = run(deployment('web', 1, '100m'));
    locateSources(result, new Map());
    assert.equal((result.pods[0].source as LocatedSource).range, undefined);
  });
});

describe('simulationDiagnostics', () => {
  it('puts the pods that stay Pending on their workload, with kube-scheduler’s exact message', () => {
    // 3 CPU each: one per 4-CPU worker; the fourth finds 1 CPU free on each.
    const text = `# four replicas of 3 CPU\n${deployment('big', 4, '3')}---\n${deployment('small', 1, '100m')}`;
    const { result, texts } = run(text);
    const pending = result.pods.filter((p) => p.status === 'Pending');
    assert.equal(pending.length, 1);
    const message = `0/4 nodes are available: ${TAINT}, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.`;
    assert.equal(pending[0].message, message);
    const [only, ...rest] = simulationDiagnostics(result, texts, [URI], 'en');
    assert.deepEqual(rest, []);
    assert.equal(only.uri, URI);
    assert.deepEqual(only.diagnostics, [
      {
        range: only.diagnostics[0].range,
        severity: DiagnosticSeverity.Warning,
        source: SIMULATION_SOURCE,
        code: 'Unschedulable',
        message: `1 of 4 pods are Pending: ${message}`,
        data: { pods: [`default/${pending[0].name}`] },
      },
    ]);
    assert.equal(cover(text, only.diagnostics[0].range), 'big');
    assert.equal(
      simulationDiagnostics(result, texts, [URI], 'ko')[0].diagnostics[0].message,
      `파드 4개 중 1개가 Pending 상태다: ${message}`,
    );
  });

  it('says a lone pod is Pending, Rejected (error) or left to another scheduler (information)', () => {
    const text = dedent(`
      apiVersion: v1
      kind: Pod
      metadata: { name: huge }
      spec: { containers: [ { name: c, image: busybox:1.37, resources: { requests: { cpu: "64" } } } ] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: vip }
      spec: { priorityClassName: nope, containers: [ { name: c, image: busybox:1.37 } ] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: other }
      spec: { schedulerName: my-scheduler, containers: [ { name: c, image: busybox:1.37 } ] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: fine }
      spec: { containers: [ { name: c, image: busybox:1.37 } ] }
    `);
    const { result, texts } = run(text);
    const [{ diagnostics }] = simulationDiagnostics(result, texts, [URI], 'en');
    const pod = (name: string) => result.pods.find((p) => p.name === name)!;
    assert.deepEqual(
      diagnostics.map((d) => [cover(text, d.range), d.severity, d.code, d.message]),
      [
        ['huge', DiagnosticSeverity.Warning, 'Unschedulable', `The pod is Pending: ${pod('huge').message}`],
        ['vip', DiagnosticSeverity.Error, 'Forbidden', 'The pod is Rejected: pods "vip" is forbidden: no PriorityClass with name nope was found'],
        ['other', DiagnosticSeverity.Information, 'NotHandled', `The pod is NotHandled: ${pod('other').notes.join(' ')}`],
      ],
    );
    assert.match(pod('huge').message, /^0\/4 nodes are available: .*Insufficient cpu/);
  });

  it('answers every manifest it was asked about, an empty list when all is well, and no other file', () => {
    const other = 'file:///work/other.yaml';
    const text = deployment('web', 2, '100m');
    const result = simulate({ manifests: [{ uri: URI, text }, { uri: other, text: deployment('big', 1, '64') }] }, { explain: 'none' });
    const texts = new Map([
      [URI, text],
      [other, deployment('big', 1, '64')],
    ]);
    assert.deepEqual(simulationDiagnostics(result, texts, [URI], 'en'), [{ uri: URI, diagnostics: [] }]);
    assert.deepEqual(
      simulationDiagnostics(result, texts, [URI, other], 'en').map((f) => [f.uri, f.diagnostics.length]),
      [
        [URI, 0],
        [other, 1],
      ],
    );
  });
});
