/**
 * A PodDisruptionBudget that allows no voluntary eviction: `maxUnavailable: 0`, `minAvailable:
 * 100%`, or a `minAvailable` as high as the replicas of the workload it covers. Node drains
 * then hang forever, and cluster upgrades with them (P10, P6).
 */
import { nodeAt, nodeRange } from '../../yaml/nav';
import { displayName, placeOf, selfFact } from '../crossDoc';
import { groupOf } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { hpasTargeting } from '../scaling';

export const pdbEviction: ManifestRule = {
  id: 'manifest/pdb-eviction',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.pdbEviction.description',
  docs: K8S_DOCS + 'tasks/run-application/configure-pdb/#think-about-how-your-application-reacts-to-disruptions',
  principle: 'scaling.replicas',
  equivalents: { kubeLinter: ['pdb-max-unavailable', 'pdb-min-available'], polaris: ['pdbDisruptionsIsZero'] },
  scope: 'workspace',
  check(ctx) {
    const { doc, head, workspace } = ctx;
    if (groupOf(head.apiVersion) !== 'policy' || head.kind !== 'PodDisruptionBudget') return [];
    const self = selfFact(ctx);
    if (!self) return [];
    const at = (field: string) => nodeRange(nodeAt(doc, ['spec', field]) ?? undefined);
    const max = self.maxUnavailable;
    if (max === 0 || max === '0%') {
      const r = at('maxUnavailable')!;
      return [{ start: r[0], end: r[1], message: 'rules.pdbEviction.maxZero' }];
    }
    const min = self.minAvailable;
    if (min === '100%') {
      const r = at('minAvailable')!;
      return [{ start: r[0], end: r[1], message: 'rules.pdbEviction.minAll' }];
    }
    if (typeof min !== 'number' || !self.selector) return [];
    const out: Finding[] = [];
    for (const w of workspace.matching(self.selector, self.namespace, ctx.uri)) {
      // The smallest count the workload runs at: an HPA's minReplicas, else its replicas (1 by default).
      const hpa = hpasTargeting(workspace, w.kind, w.name, w.namespace)[0];
      const replicas = hpa ? (hpa.hpa.minReplicas ?? 1) : w.kind === 'Pod' ? 1 : (w.replicas ?? (w.kind === 'DaemonSet' || w.kind === 'Job' || w.kind === 'CronJob' ? null : 1));
      if (replicas === null || min < replicas || replicas === 0) continue;
      const r = at('minAvailable')!;
      out.push({
        start: r[0],
        end: r[1],
        message: 'rules.pdbEviction.minReplicas',
        params: { min, name: displayName(w), kind: w.kind, replicas },
        related: [{ at: placeOf(ctx, w, w.replicasSpan ?? w.span), message: 'rules.pdbEviction.related', params: { name: displayName(w), replicas } }],
      });
      break;
    }
    return out;
  },
};
