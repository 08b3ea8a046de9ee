import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from 'kubernetes-types/core/v1';
import { expandWorkload, invalidName, nodeShouldRunDaemonPod, replaceNodeNameAffinity } from '../../../../server/src/scheduler/input/workloads';
import { defaultClusterNodes } from '../../../../server/src/scheduler/input/cluster';
import { makeNode } from '../../../helpers/scheduler';

const ctx = { nodes: defaultClusterNodes(), maxPodsPerWorkload: 100 };
const tpl = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'x:1' }] } };
const sel = { matchLabels: { app: 'a' } };
const ALNUM = '[bcdfghjklmnpqrstvwxz2456789]';

describe('workloads become pods as their controllers create them', () => {
  it('Deployment: <name>-<pod-template-hash>-<5>, owned by the ReplicaSet, hash label and RS selector', () => {
    const exp = expandWorkload({ kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: sel, template: tpl } }, null, ctx);
    assert.equal(exp.seeds.length, 2);
    const pod = exp.seeds[0].pod;
    const hash = pod.metadata!.labels!['pod-template-hash'];
    assert.match(pod.metadata!.name!, new RegExp(`^web-${hash}-${ALNUM}{5}$`));
    assert.equal(pod.metadata!.generateName, `web-${hash}-`);
    assert.deepEqual(pod.metadata!.ownerReferences!.map((o) => [o.kind, o.name, o.controller]), [['ReplicaSet', `web-${hash}`, true]]);
    assert.deepEqual(exp.selectorSources, [{ kind: 'ReplicaSet', namespace: 'default', name: `web-${hash}`, selector: { matchLabels: { app: 'a', 'pod-template-hash': hash } } }]);
    // Same template, same hash and names.
    const again = expandWorkload({ kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: sel, template: tpl } }, null, ctx);
    assert.deepEqual(again.seeds.map((s) => s.pod.metadata!.name), exp.seeds.map((s) => s.pod.metadata!.name));
  });

  it('replicas defaults to 1; 0 creates none; a huge number is capped with a note', () => {
    assert.equal(expandWorkload({ kind: 'ReplicaSet', metadata: { name: 'r' }, spec: { selector: sel, template: tpl } }, null, ctx).seeds.length, 1);
    assert.equal(expandWorkload({ kind: 'ReplicaSet', metadata: { name: 'r' }, spec: { replicas: 0, selector: sel, template: tpl } }, null, ctx).seeds.length, 0);
    const big = expandWorkload({ kind: 'ReplicaSet', metadata: { name: 'r' }, spec: { replicas: 1000000, selector: sel, template: tpl } }, null, ctx);
    assert.equal(big.seeds.length, 100);
    assert.deepEqual(big.notes, [{ key: 'scheduler.note.replicasCapped', params: { replicas: 1000000, max: 100 } }]);
  });

  it('the API server rejects a selector that does not match the template', () => {
    const exp = expandWorkload({ kind: 'Deployment', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'b' } }, template: tpl } }, null, ctx);
    assert.equal(exp.rejected, 'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"a"}: `selector` does not match template `labels`');
    assert.equal(exp.seeds.length, 0);
  });

  it('an invalid name is rejected with the API server’s message', () => {
    assert.match(invalidName('Pod', 'bad_name')!, /^Pod "bad_name" is invalid: metadata\.name: Invalid value: "bad_name": a lowercase RFC 1123 subdomain/);
    assert.equal(invalidName('Deployment', 'ok.name-1'), null);
  });

  it('StatefulSet: ordinals from spec.ordinals.start, OrderedReady waits, PVCs per pod', () => {
    const exp = expandWorkload(
      {
        kind: 'StatefulSet',
        metadata: { name: 'db', namespace: 'data' },
        spec: { replicas: 3, serviceName: 'db', ordinals: { start: 1 }, selector: sel, template: tpl, volumeClaimTemplates: [{ metadata: { name: 'pgdata' } }] },
      },
      null,
      ctx,
    );
    assert.deepEqual(exp.seeds.map((s) => [s.pod.metadata!.name, s.waitsFor]), [['db-1', undefined], ['db-2', 'db-1'], ['db-3', 'db-2']]);
    const p = exp.seeds[1].pod;
    assert.equal(p.metadata!.labels!['apps.kubernetes.io/pod-index'], '2');
    assert.equal(p.metadata!.labels!['statefulset.kubernetes.io/pod-name'], 'db-2');
    assert.equal(p.spec!.hostname, 'db-2');
    assert.equal(p.spec!.subdomain, 'db');
    assert.deepEqual(p.spec!.volumes, [{ name: 'pgdata', persistentVolumeClaim: { claimName: 'pgdata-db-2' } }]);
    const parallel = expandWorkload({ kind: 'StatefulSet', metadata: { name: 'db' }, spec: { replicas: 2, podManagementPolicy: 'Parallel', selector: sel, template: tpl } }, null, ctx);
    assert.deepEqual(parallel.seeds.map((s) => s.waitsFor), [undefined, undefined]);
  });

  it('DaemonSet: one pod per eligible node, pinned with matchFields, default tolerations added', () => {
    const exp = expandWorkload({ kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: sel, template: { ...tpl, spec: { ...tpl.spec, hostNetwork: true } } } }, null, ctx);
    assert.equal(exp.seeds.length, 3); // the control plane's NoSchedule taint is not tolerated
    const p = exp.seeds[0].pod;
    assert.deepEqual(p.spec!.affinity!.nodeAffinity!.requiredDuringSchedulingIgnoredDuringExecution, { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['worker-1'] }] }] });
    assert.deepEqual(
      p.spec!.tolerations!.map((t) => `${t.key}:${t.effect}`),
      [
        'node.kubernetes.io/not-ready:NoExecute',
        'node.kubernetes.io/unreachable:NoExecute',
        'node.kubernetes.io/disk-pressure:NoSchedule',
        'node.kubernetes.io/memory-pressure:NoSchedule',
        'node.kubernetes.io/pid-pressure:NoSchedule',
        'node.kubernetes.io/unschedulable:NoSchedule',
        'node.kubernetes.io/network-unavailable:NoSchedule',
      ],
    );
  });

  it('DaemonSet eligibility: node selector and affinity are checked before the affinity is replaced', () => {
    const n: Node = makeNode().name('gpu-1').labels({ gpu: 'yes' }).obj();
    const pod = { spec: { nodeSelector: { gpu: 'yes' }, containers: [] } };
    assert.equal(nodeShouldRunDaemonPod(pod, n), true);
    assert.equal(nodeShouldRunDaemonPod({ spec: { nodeSelector: { gpu: 'no' }, containers: [] } }, n), false);
    const cordoned = makeNode().name('c').unschedulable().taint('node.kubernetes.io/unschedulable', undefined, 'NoSchedule').obj();
    const tolerating = { spec: { containers: [], tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] } };
    assert.equal(nodeShouldRunDaemonPod(tolerating, cordoned), true);
    const spec = { containers: [], affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }] } } } };
    replaceNodeNameAffinity(spec, 'gpu-1');
    assert.deepEqual(spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms, [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['gpu-1'] }] }]);
  });

  it('Job: min(parallelism, completions) pods with the job labels; Indexed names carry the index', () => {
    const exp = expandWorkload({ kind: 'Job', metadata: { name: 'j' }, spec: { parallelism: 5, completions: 2, completionMode: 'Indexed', template: tpl } }, null, ctx);
    assert.equal(exp.seeds.length, 2);
    assert.match(exp.seeds[1].pod.metadata!.name!, new RegExp(`^j-1-${ALNUM}{5}$`));
    const labels = exp.seeds[1].pod.metadata!.labels!;
    assert.equal(labels['batch.kubernetes.io/job-name'], 'j');
    assert.equal(labels['job-name'], 'j');
    assert.equal(labels['batch.kubernetes.io/job-completion-index'], '1');
    assert.equal(expandWorkload({ kind: 'Job', metadata: { name: 'j' }, spec: { suspend: true, template: tpl } }, null, ctx).seeds.length, 0);
  });

  it('CronJob: one run, a Job named <cronjob>-<minutes>', () => {
    const exp = expandWorkload({ kind: 'CronJob', metadata: { name: 'c' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: tpl } } } }, null, ctx);
    assert.deepEqual(exp.seeds.map((s) => s.controller), [{ kind: 'Job', name: 'c-28928160' }]);
    assert.equal(exp.seeds[0].workload.kind, 'CronJob');
  });

  it('ReplicationController: its selector defaults to the template labels', () => {
    const exp = expandWorkload({ kind: 'ReplicationController', metadata: { name: 'rc' }, spec: { replicas: 1, template: tpl } }, null, ctx);
    assert.deepEqual(exp.selectorSources, [{ kind: 'ReplicationController', namespace: 'default', name: 'rc', selectorSet: { app: 'a' } }]);
    assert.equal(exp.seeds[0].pod.metadata!.ownerReferences![0].apiVersion, 'v1');
  });
});
