/**
 * Strict only: several replicas with neither pod anti-affinity nor topology spread constraints.
 * kube-scheduler already spreads a workload's pods by default (soft: ScheduleAnyway by node and
 * zone), so this asks for an explicit rule only when the user wants a guarantee (P8).
 */
import { keyAt, podSpecPath, valueAt } from '../objects';
import { K8S_DOCS, type ManifestRule } from '../rule';

export const noPodSpread: ManifestRule = {
  id: 'manifest/no-pod-spread',
  severity: 'warning',
  preset: 'strict',
  description: 'rules.noPodSpread.description',
  docs: K8S_DOCS + 'concepts/scheduling-eviction/topology-spread-constraints/',
  principle: 'scheduling.affinity',
  equivalents: { kubeLinter: ['no-anti-affinity'], kubeScore: ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity', 'pod-topology-spread-constraints'], polaris: ['topologySpreadConstraint'] },
  scope: 'document',
  check({ doc, head }) {
    const spec = podSpecPath(head);
    if (!spec || (head.kind !== 'Deployment' && head.kind !== 'StatefulSet' && head.kind !== 'ReplicaSet')) return [];
    const replicas = valueAt(doc, ['spec', 'replicas']);
    if (typeof replicas !== 'number' || replicas < 2) return [];
    if (valueAt(doc, [...spec, 'affinity', 'podAntiAffinity'])) return [];
    const spread = valueAt(doc, [...spec, 'topologySpreadConstraints']);
    if (Array.isArray(spread) && spread.length) return [];
    const r = keyAt(doc, ['spec', 'replicas'])!;
    return [{ start: r[0], end: r[1], message: 'rules.noPodSpread.message', params: { replicas } }];
  },
};
