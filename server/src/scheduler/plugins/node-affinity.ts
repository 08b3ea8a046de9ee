/**
 * NodeAffinity: `spec.nodeSelector` and required node affinity must match the node; preferred
 * terms score by the sum of matching weights. A required term that names nodes through
 * `matchFields: metadata.name In [...]` (as the DaemonSet controller writes) narrows the nodes in
 * PreFilter, so the other nodes are reported as "didn't satisfy plugin(s) [NodeAffinity]".
 */
import type { FilterPlugin, PreFilterPlugin, PreScorePlugin, ScorePlugin } from '../framework/interface';
import { Code, newStatus, SKIP, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';
import { defaultNormalizeScore } from './helper';
import { MAX_NODE_SCORE } from '../framework/interface';

export const NAME = 'NodeAffinity';
export const WEIGHT = 2;
export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_CONFLICT = 'pod affinity terms conflict';

export function fits(pod: PodInfo, node: NodeInfo): boolean {
  return pod.requiredNodeAffinity.matches(node.node);
}

/** The node names required terms allow through `matchFields` (null: any node), as PreFilter computes them. */
export function requiredNodeNames(pod: PodInfo): Set<string> | null {
  const req = pod.pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const terms = req?.nodeSelectorTerms ?? [];
  if (!req || terms.length === 0) return null;
  let names = null as Set<string> | null;
  for (const t of terms) {
    let termNames = null as Set<string> | null;
    for (const r of t.matchFields ?? []) {
      if (r.key === 'metadata.name' && r.operator === 'In') {
        const s = new Set((r.values ?? []).map(String));
        termNames = termNames === null ? s : new Set([...termNames].filter((n) => s.has(n)));
      }
    }
    if (termNames === null) return null;
    names = names === null ? termNames : new Set([...names, ...termNames]);
  }
  return names;
}

export function nodeAffinity(): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin {
  const rejected = newStatus(Code.UnschedulableAndUnresolvable, ERR_REASON_POD);
  return {
    name: NAME,
    weight: WEIGHT,
    preFilter(_state, pod) {
      const spec = pod.pod.spec;
      const noRequired = !spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
      if (noRequired && spec?.nodeSelector == null) return { status: SKIP };
      const names = requiredNodeNames(pod);
      if (names !== null && names.size === 0) return { status: newStatus(Code.UnschedulableAndUnresolvable, ERR_REASON_CONFLICT) };
      return { status: null, nodeNames: names };
    },
    filter(_state, pod, node): MaybeStatus {
      return fits(pod, node) ? null : rejected;
    },
    preScore(_state, pod) {
      return pod.preferredNodeAffinity === null ? SKIP : null;
    },
    score(_state, pod, node) {
      return pod.preferredNodeAffinity?.score(node.node) ?? 0;
    },
    normalize(_state, _pod, scores) {
      defaultNormalizeScore(MAX_NODE_SCORE, false, scores);
    },
  };
}
