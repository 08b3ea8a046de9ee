/**
 * A Deployment or StatefulSet with fewer than 2 replicas that a Service sends traffic to: one pod
 * is a single point of failure while it restarts or its node drains (P6, 레플리카). As kube-score
 * does, workloads no Service selects (controllers, workers, singletons by design) are left alone,
 * and an HPA that scales the workload decides instead.
 */
import { isMap } from 'yaml';
import { nodeAt, nodeRange } from '../../yaml/nav';
import { groupOf, keyAt, objectName, valueAt } from '../objects';
import { K8S_DOCS, type Finding, type Fix, type ManifestRule } from '../rule';
import { selfFact } from '../crossDoc';
import { hpasTargeting } from '../scaling';
import { setInteger } from '../yamlEdit';

export const singleReplica: ManifestRule = {
  id: 'manifest/single-replica',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.singleReplica.description',
  docs: K8S_DOCS + 'concepts/workloads/controllers/deployment/#replicas',
  principle: 'scaling.replicas',
  equivalents: { kubeLinter: ['minimum-three-replicas'], kubeScore: ['deployment-replicas'], polaris: ['deploymentMissingReplicas'] },
  // Reads HPAs: replicas of an autoscaled workload are the HPA's business.
  scope: 'workspace',
  check(ctx) {
    const { file, doc, head, workspace } = ctx;
    if (groupOf(head.apiVersion) !== 'apps' && groupOf(head.apiVersion) !== 'extensions') return [];
    if (head.kind !== 'Deployment' && head.kind !== 'StatefulSet') return [];
    // A workload still being written (no pod template yet) is the schema's business.
    if (!isMap(nodeAt(doc, ['spec', 'template']))) return [];
    const replicas = valueAt(doc, ['spec', 'replicas']);
    // 0 is a deliberate scale-down; a non-number is the schema's problem.
    if (replicas !== undefined && replicas !== null && (typeof replicas !== 'number' || replicas === 0 || replicas >= 2)) return [];
    const ns = valueAt(doc, ['metadata', 'namespace']);
    if (hpasTargeting(workspace, head.kind, objectName(doc), typeof ns === 'string' ? ns : null).length) return [];
    const self = selfFact(ctx);
    if (!self?.template || !workspace.servicesSelecting(self.template.labels, self.namespace, ctx.uri).length) return [];
    const valueNode = nodeAt(doc, ['spec', 'replicas']);
    const r = nodeRange(valueNode ?? undefined) ?? keyAt(doc, ['spec'])!;
    const e = setInteger(file, doc, ['spec'], 'replicas', 2);
    const fixes: Fix[] = e ? [{ title: 'rules.fix.setReplicas', params: { replicas: 2 }, edits: [e], preferred: true }] : [];
    const statefulSet = head.kind === 'StatefulSet';
    const finding: Finding = {
      start: r[0],
      end: r[1],
      message: valueNode ? 'rules.singleReplica.one' : 'rules.singleReplica.unset',
      params: { kind: head.kind },
      fixes,
    };
    // Two replicas of a StatefulSet are two members, not two copies: only when the app clusters.
    if (statefulSet) {
      finding.severity = 'information';
      finding.message = valueNode ? 'rules.singleReplica.statefulOne' : 'rules.singleReplica.statefulUnset';
    }
    return [finding];
  },
};
