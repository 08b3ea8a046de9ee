/**
 * Existing pods' affinity terms, grouped. InterPodAffinity asks "which existing pods have a
 * (required anti-affinity | preferred | required affinity) term that matches the incoming pod, and
 * in which topology domains are they?". kube-scheduler walks every such pod for every incoming pod;
 * pods of one workload share their terms, so we keep one group per distinct term with its counts
 * per topology value, updated as pods come and go, and test each distinct term once per pod.
 */
import type { Labels } from '../labels';
import { labelValue } from './counters';
import { termMatches, type AffinityTerm, type NodeInfo, type PodInfo } from './types';

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
  /** Per kind: groups by one label their selector requires (`key\0value`), and those without such a label. */
  private readonly byHint = new Map<TermKind, Map<string, TermGroup[]>>(KINDS.map((k) => [k, new Map()]));
  private readonly unhinted = new Map<TermKind, TermGroup[]>(KINDS.map((k) => [k, []]));

  list(kind: TermKind): readonly TermGroup[] {
    return this.byKind.get(kind)!;
  }

  /** The groups of this kind with pods on labelled nodes whose term matches `pod` (with its namespace's labels). */
  matching(kind: TermKind, pod: PodInfo, nsLabels: Labels | undefined): TermGroup[] {
    const out: TermGroup[] = [];
    const consider = (g: TermGroup) => {
      if (g.total > 0 && termMatches(g.term, pod, nsLabels)) out.push(g);
    };
    const byHint = this.byHint.get(kind)!;
    if (byHint.size > 0) for (const k in pod.labels) for (const g of byHint.get(`${k}\u0000${pod.labels[k]}`) ?? []) consider(g);
    for (const g of this.unhinted.get(kind)!) consider(g);
    return out;
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
          const hint = t.selector.hint;
          if (hint) {
            const byHint = this.byHint.get(kind)!;
            for (const v of hint.values) {
              const hk = `${hint.key}\u0000${v}`;
              const list = byHint.get(hk) ?? [];
              list.push(g);
              byHint.set(hk, list);
            }
          } else this.unhinted.get(kind)!.push(g);
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
