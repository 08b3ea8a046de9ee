/**
 * Existing pods' affinity terms, grouped. InterPodAffinity asks "which existing pods have a
 * (required anti-affinity | preferred | required affinity) term that matches the incoming pod, and
 * in which topology domains are they?". kube-scheduler walks every such pod for every incoming pod;
 * pods of one workload share their terms, so we keep one group per distinct term with its counts
 * per topology value, updated as pods come and go, and test each distinct term once per pod.
 */
import { labelValue } from './counters';
import type { AffinityTerm, NodeInfo, PodInfo } from './types';

export type TermKind = 'requiredAnti' | 'requiredAffinity' | 'preferredAffinity' | 'preferredAnti';

export interface TermGroup {
  kind: TermKind;
  term: AffinityTerm;
  weight: number;
  /** topology value → number of (pod, term) occurrences on nodes with that value. */
  counts: Map<string, number>;
  /** Occurrences on nodes that have the topology key. */
  total: number;
}

function termsOf(p: PodInfo, kind: TermKind): readonly (AffinityTerm & { weight?: number })[] {
  switch (kind) {
    case 'requiredAnti':
      return p.requiredAntiAffinityTerms;
    case 'requiredAffinity':
      return p.requiredAffinityTerms;
    case 'preferredAffinity':
      return p.preferredAffinityTerms;
    case 'preferredAnti':
      return p.preferredAntiAffinityTerms;
  }
}

const KINDS: readonly TermKind[] = ['requiredAnti', 'requiredAffinity', 'preferredAffinity', 'preferredAnti'];

export class TermIndex {
  private readonly groups = new Map<string, TermGroup>();
  private readonly byKind = new Map<TermKind, TermGroup[]>(KINDS.map((k) => [k, []]));

  list(kind: TermKind): readonly TermGroup[] {
    return this.byKind.get(kind)!;
  }

  apply(p: PodInfo, n: NodeInfo, delta: 1 | -1): void {
    if (!p.hasAffinity) return;
    // InterPodAffinity's scoring ignores existing pods on nodes without labels.
    const labels = n.node.labels;
    for (const kind of KINDS) {
      for (const t of termsOf(p, kind)) {
        const weight = t.weight ?? 0;
        const key = `${kind}|${weight}|${t.key}`;
        let g = this.groups.get(key);
        if (!g) {
          g = { kind, term: t, weight, counts: new Map(), total: 0 };
          this.groups.set(key, g);
          this.byKind.get(kind)!.push(g);
        }
        const v = labelValue(labels, t.topologyKey);
        if (v === undefined) continue;
        const now = (g.counts.get(v) ?? 0) + delta;
        if (now === 0) g.counts.delete(v);
        else g.counts.set(v, now);
        g.total += delta;
      }
    }
  }
}
