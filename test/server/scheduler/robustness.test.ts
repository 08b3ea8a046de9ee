/**
 * Hostile input: manifests whose fields have the wrong shape, absurd sizes, nonsense. The simulator
 * must answer (a rejected workload, a problem), never throw. Fixed seeds: deterministic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { simulate } from '../../../server/src/scheduler/simulation';
import { findNodesNeeded, simulateNodeFailure } from '../../../server/src/scheduler/whatif';

const base: Array<Record<string, unknown>> = [
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          priorityClassName: 'high',
          tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }],
          nodeSelector: { disk: 'ssd' },
          affinity: {
            nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] } }] },
            podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] },
          },
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } }],
          containers: [{ name: 'c', image: 'nginx:1.25', ports: [{ containerPort: 80, hostPort: 8080 }], resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } } }],
          initContainers: [{ name: 'i', image: 'busybox', restartPolicy: 'Always', resources: { requests: { cpu: '100m' } } }],
        },
      },
    },
  },
  { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { minAvailable: '50%', selector: { matchLabels: { app: 'web' } } } },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: { replicas: 2, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'c', image: 'pg' }] } }, volumeClaimTemplates: [{ metadata: { name: 'data' } }] },
  },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'x' }] } } } },
  { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'cron' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { parallelism: 2, template: { spec: { containers: [{ name: 'c', image: 'x' }] } } } } } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' } } },
  { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { 'kubernetes.io/hostname': 'n1', disk: 'ssd', 'topology.kubernetes.io/zone': 'a' } }, spec: { taints: [{ key: 'k', effect: 'NoSchedule' }] }, status: { allocatable: { cpu: '4', memory: '16Gi', pods: '110' }, images: [{ names: ['nginx:1.25'], sizeBytes: 100000000 }] } },
  { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n2', labels: { 'kubernetes.io/hostname': 'n2', disk: 'ssd', 'topology.kubernetes.io/zone': 'b' } }, status: { allocatable: { cpu: '4', memory: '16Gi', pods: '110' } } },
];

/** Every path (to objects, arrays and scalars) in a value. */
function paths(v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}

function setPath(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
  return copy;
}

const weird = fc.oneof(
  fc.constant(null),
  fc.constant('x'),
  fc.constant(''),
  fc.constant(-1),
  fc.constant(1e300),
  fc.constant('9E'),
  fc.constant('1e400'),
  fc.constant(true),
  fc.constant([]),
  fc.constant({}),
  fc.constant([1, 'a', null]),
  fc.constant({ a: 1 }),
  fc.constant('<script>alert(1)</script>'),
  fc.string(),
  fc.integer(),
);

describe('hostile manifests', () => {
  const docPaths = base.map((d) => paths(d));
  it('any field of any shape: an answer, never an exception', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(10_000), weird), { minLength: 1, maxLength: 4 }),
        (mutations) => {
          const docs: unknown[] = base.slice();
          for (const [d, p, value] of mutations) {
            const ps = paths(docs[d]);
            docs[d] = setPath(docs[d], ps[p % ps.length], value);
          }
          const text = docs.map((d) => stringify(d)).join('---\n');
          const r = simulate({ manifests: [{ uri: 'file:///fuzz.yaml', text }] }, { explain: 'all', maxPodsPerWorkload: 20 });
          assert.ok(Array.isArray(r.pods));
          JSON.stringify(r);
        },
      ),
      { seed: 20251127, numRuns: 300 },
    );
  });

  it('what-ifs on hostile input too', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(base.length - 1), fc.nat(10_000), weird), ([d, p, value]) => {
        const docs: unknown[] = base.slice();
        docs[d] = setPath(docs[d], docPaths[d][p % docPaths[d].length], value);
        const input = { manifests: [{ uri: 'file:///fuzz.yaml', text: docs.map((x) => stringify(x)).join('---\n') }] };
        try {
          simulateNodeFailure(input, 'n1', 'drain', { maxPodsPerWorkload: 20 });
        } catch (e) {
          assert.equal((e as Error).constructor.name, 'WhatIfError');
        }
        findNodesNeeded(input, { max: 3, maxPodsPerWorkload: 20 });
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('absurd sizes and counts stay bounded', () => {
    const text = stringify({ ...base[0], spec: { ...(base[0].spec as object), replicas: 1e9 } });
    const r = simulate({ manifests: [{ uri: 'u', text }] }, { maxPodsPerWorkload: 50, explain: 'none' });
    assert.equal(r.pods.length, 50);
  });
});
