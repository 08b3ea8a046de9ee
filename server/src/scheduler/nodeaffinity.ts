/**
 * `nodeaffinity.RequiredNodeAffinity` and `PreferredSchedulingTerms`: the pod's nodeSelector AND
 * its required node affinity terms (ORed); preferred terms add their weights.
 */
import type { NodeSelector, PreferredSchedulingTerm } from 'kubernetes-types/core/v1';
import { nodeSelectorTerm, setSelector, type Labels, type NodeTermMatcher, type Selector } from './labels';

export interface NodeView {
  name: string;
  labels: Labels;
}

export class RequiredNodeAffinity {
  private readonly selector: Selector | null;
  /** null: no required node affinity; otherwise the terms (an invalid term never matches). */
  private readonly terms: readonly (NodeTermMatcher | 'invalid')[] | null;
  /** A signature for caches (equal affinities give equal keys). */
  readonly key: string;

  constructor(nodeSelector: Record<string, string> | undefined, required: NodeSelector | undefined) {
    this.selector = nodeSelector && Object.keys(nodeSelector).length > 0 ? setSelector(nodeSelector) : null;
    if (required) {
      const terms: (NodeTermMatcher | 'invalid')[] = [];
      for (const t of required.nodeSelectorTerms ?? []) {
        try {
          const m = nodeSelectorTerm(t);
          if (m) terms.push(m);
        } catch {
          terms.push('invalid');
        }
      }
      this.terms = terms;
    } else {
      this.terms = null;
    }
    this.key = JSON.stringify([nodeSelector ?? null, required ?? null]);
  }

  /** True when there is nothing to match (every node passes). */
  get isEmpty(): boolean {
    return this.selector === null && this.terms === null;
  }

  matches(node: NodeView): boolean {
    if (this.selector && !this.selector.matches(node.labels)) return false;
    if (this.terms === null) return true;
    for (const t of this.terms) if (t !== 'invalid' && t.matches(node.labels, node.name)) return true;
    return false;
  }
}

export class PreferredTerms {
  private readonly terms: Array<{ m: NodeTermMatcher; weight: number }> = [];
  constructor(terms: readonly PreferredSchedulingTerm[]) {
    for (const t of terms) {
      if (!t.weight) continue;
      try {
        const m = nodeSelectorTerm(t.preference);
        if (m) this.terms.push({ m, weight: t.weight });
      } catch {
        // An invalid preference is rejected by the API server; ignore it here.
      }
    }
  }
  score(node: NodeView): number {
    let s = 0;
    for (const t of this.terms) if (t.m.matches(node.labels, node.name)) s += t.weight;
    return s;
  }
}
