/** An HPA whose minReplicas is below 2: at low load the workload runs one pod (P6, P7). */
import { isMap } from 'yaml';
import { nodeAt, nodeRange } from '../../yaml/nav';
import { groupOf, keyAt, valueAt } from '../objects';
import { K8S_DOCS, type Fix, type ManifestRule } from '../rule';
import { setInteger } from '../yamlEdit';

export const hpaMinReplicas: ManifestRule = {
  id: 'manifest/hpa-min-replicas',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.hpaMinReplicas.description',
  docs: K8S_DOCS + 'tasks/run-application/horizontal-pod-autoscale/',
  principle: 'scaling.autoscaling',
  equivalents: { kubeLinter: ['hpa-minimum-three-replicas'], kubeScore: ['horizontalpodautoscaler-replicas'], polaris: ['hpaMinAvailability'] },
  scope: 'document',
  check({ file, doc, head }) {
    if (groupOf(head.apiVersion) !== 'autoscaling' || head.kind !== 'HorizontalPodAutoscaler') return [];
    if (!isMap(nodeAt(doc, ['spec']))) return [];
    const min = valueAt(doc, ['spec', 'minReplicas']);
    if (min !== undefined && min !== null && (typeof min !== 'number' || min >= 2)) return [];
    // minReplicas 0 (scale to zero, a feature gate) is a deliberate choice.
    if (min === 0) return [];
    const node = nodeAt(doc, ['spec', 'minReplicas']);
    const r = nodeRange(node ?? undefined) ?? keyAt(doc, ['spec'])!;
    const e = setInteger(file, doc, ['spec'], 'minReplicas', 2);
    const fixes: Fix[] = e ? [{ title: 'rules.fix.setMinReplicas', params: { replicas: 2 }, edits: [e], preferred: true }] : [];
    return [{ start: r[0], end: r[1], message: node ? 'rules.hpaMinReplicas.one' : 'rules.hpaMinReplicas.unset', fixes }];
  },
};
