/**
 * InterPodAffinity: required pod affinity and anti-affinity of the incoming pod, and required
 * anti-affinity of the pods already running, filter nodes; preferred terms (both ways) and the
 * running pods' required affinity (hardPodAffinityWeight 1) score them. Existing pods' terms are
 * grouped (one group per distinct term) and counts per topology value are kept incrementally.
 */
import type { ClusterState } from '../framework/cluster';
import { labelValue, type PodCounter } from '../framework/counters';
import type { CycleState, FilterPlugin, Handle, PreFilterPlugin, PreScorePlugin, ScorePlugin, StateData } from '../framework/interface';
import { MAX_NODE_SCORE } from '../framework/interface';
import { Code, newStatus, SKIP, type MaybeStatus } from '../framework/status';
import type { TermGroup } from '../framework/term-index';
import { termMatches, type AffinityTerm, type NodeInfo, type PodInfo, type WeightedAffinityTerm } from '../framework/types';
import { NOTHING, type Labels } from '../labels';

export const NAME = 'InterPodAffinity';
export const WEIGHT = 2;
export const HARD_POD_AFFINITY_WEIGHT = 1;
export const ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't satisfy existing pods anti-affinity rules";
export const ERR_REASON_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod anti-affinity rules";

/** `mergeAffinityTermNamespacesIfNotEmpty`: a namespaceSelector becomes the namespaces it selects. */
export function resolveNamespaces<T extends AffinityTerm>(t: T, cluster: ClusterState): T {
  if (t.nsSelector.empty) return t;
  const namespaces = new Set(t.namespaces);
  for (const ns of cluster.namespaceNames()) if (t.nsSelector.matches(cluster.namespaceLabels(ns))) namespaces.add(ns);
  const key = `${[...namespaces].sort().join(',')}|${NOTHING.key}|${t.selector.key}|${t.topologyKey}`;
  const weight = (t as { weight?: number }).weight;
  const out = weight === undefined ? { namespaces, nsSelector: NOTHING, selector: t.selector, topologyKey: t.topologyKey, key } : { namespaces, nsSelector: NOTHING, selector: t.selector, topologyKey: t.topologyKey, key, weight };
  return out as unknown as T;
}

function podMatchesAllTerms(terms: readonly AffinityTerm[], p: PodInfo): boolean {
  if (terms.length === 0) return false;
  for (const t of terms) if (!termMatches(t, p, undefined)) return false;
  return true;
}

/** Pair key for overlays. */
function pair(key: string, value: string): string {
  return `${key}\u0000${value}`;
}

function addTo(m: Map<string, number>, k: string, d: number): void {
  const v = (m.get(k) ?? 0) + d;
  if (v === 0) m.delete(k);
  else m.set(k, v);
}

class FilterState implements StateData {
  /** Private deltas from AddPod/RemovePod (nominated pods, preemption). */
  existingOverlay: Map<string, number> | null = null;
  affinityOverlay: Map<string, number> | null = null;
  antiOverlay: Map<string, number> | null = null;
  /** Distinct topology keys of `existingGroups`. */
  readonly existingKeys: ReadonlySet<string>;

  constructor(
    readonly pod: PodInfo,
    readonly nsLabels: Labels,
    readonly affinityTerms: readonly AffinityTerm[],
    readonly antiTerms: readonly AffinityTerm[],
    /** Existing pods' anti-affinity groups whose term matches the incoming pod. */
    readonly existingGroups: readonly TermGroup[],
    /** One counter per distinct topology key of the affinity terms (pods matching all terms). */
    readonly affinityCounters: ReadonlyMap<string, { counter: PodCounter; terms: number }>,
    readonly antiCounters: readonly PodCounter[],
  ) {
    this.existingKeys = new Set(existingGroups.map((g) => g.term.topologyKey));
  }

  affinityCount(key: string, value: string): number {
    const c = this.affinityCounters.get(key);
    const base = c ? c.terms * c.counter.count(value) : 0;
    return base + (this.affinityOverlay?.get(pair(key, value)) ?? 0);
  }

  /** Go's `len(affinityCounts) == 0`: counts are never negative, so empty iff they sum to 0. */
  affinityEmpty(): boolean {
    let sum = 0;
    for (const { counter, terms } of this.affinityCounters.values()) sum += terms * counter.total;
    if (this.affinityOverlay) for (const d of this.affinityOverlay.values()) sum += d;
    return sum === 0;
  }

  antiCount(key: string, value: string): number {
    let n = 0;
    for (let i = 0; i < this.antiTerms.length; i++) if (this.antiTerms[i].topologyKey === key) n += this.antiCounters[i].count(value);
    return n + (this.antiOverlay?.get(pair(key, value)) ?? 0);
  }

  existingCount(key: string, value: string): number {
    let n = 0;
    for (const g of this.existingGroups) if (g.term.topologyKey === key) n += g.counts.get(value) ?? 0;
    return n + (this.existingOverlay?.get(pair(key, value)) ?? 0);
  }

  update(added: PodInfo, node: NodeInfo, delta: 1 | -1): void {
    const labels = node.node.labels;
    for (const t of added.requiredAntiAffinityTerms) {
      const v = labelValue(labels, t.topologyKey);
      if (v !== undefined && termMatches(t, this.pod, this.nsLabels)) addTo((this.existingOverlay ??= new Map()), pair(t.topologyKey, v), delta);
    }
    if (podMatchesAllTerms(this.affinityTerms, added)) {
      for (const t of this.affinityTerms) {
        const v = labelValue(labels, t.topologyKey);
        if (v !== undefined) addTo((this.affinityOverlay ??= new Map()), pair(t.topologyKey, v), delta);
      }
    }
    for (const t of this.antiTerms) {
      const v = labelValue(labels, t.topologyKey);
      if (v !== undefined && termMatches(t, added, undefined)) addTo((this.antiOverlay ??= new Map()), pair(t.topologyKey, v), delta);
    }
  }

  clone(): StateData {
    const c = new FilterState(this.pod, this.nsLabels, this.affinityTerms, this.antiTerms, this.existingGroups, this.affinityCounters, this.antiCounters);
    c.existingOverlay = this.existingOverlay && new Map(this.existingOverlay);
    c.affinityOverlay = this.affinityOverlay && new Map(this.affinityOverlay);
    c.antiOverlay = this.antiOverlay && new Map(this.antiOverlay);
    return c;
  }
}

/** Counts existing pods matching a term of the incoming pod, per value of the term's topology key. */
function termCounter(cluster: ClusterState, t: AffinityTerm, tag: string): PodCounter {
  const hint = t.selector.hint;
  return cluster.counters.get({
    key: `ipa|${tag}|${t.key}`,
    match: (p) => termMatches(t, p, undefined),
    topologyKey: t.topologyKey,
    eligible: null,
    sparse: true,
    candidates: hint ? () => cluster.podsWithLabel(hint.key, hint.values) : () => cluster.allPods(),
  });
}

export function satisfyPodAffinity(s: FilterState, node: NodeInfo): boolean {
  let podsExist = true;
  for (const t of s.affinityTerms) {
    const v = labelValue(node.node.labels, t.topologyKey);
    if (v === undefined) return false;
    if (s.affinityCount(t.topologyKey, v) <= 0) podsExist = false;
  }
  if (!podsExist) {
    // The first pod of a group that selects itself may go anywhere (when no pod matches yet).
    return s.affinityEmpty() && podMatchesAllTerms(s.affinityTerms, s.pod);
  }
  return true;
}

export function satisfyPodAntiAffinity(s: FilterState, node: NodeInfo): boolean {
  for (const t of s.antiTerms) {
    const v = labelValue(node.node.labels, t.topologyKey);
    if (v !== undefined && s.antiCount(t.topologyKey, v) > 0) return false;
  }
  return true;
}

export function satisfyExistingPodsAntiAffinity(s: FilterState, node: NodeInfo): boolean {
  const labels = node.node.labels;
  for (const key of s.existingKeys) {
    const v = labelValue(labels, key);
    if (v !== undefined && s.existingCount(key, v) > 0) return false;
  }
  if (s.existingOverlay) {
    for (const k of s.existingOverlay.keys()) {
      const [key, value] = k.split('\u0000');
      if (!s.existingKeys.has(key) && labelValue(labels, key) === value && s.existingCount(key, value) > 0) return false;
    }
  }
  return true;
}

/** One contribution to the score: counts per topology value, times a signed weight. */
interface ScoreSource {
  topologyKey: string;
  weight: number;
  count(value: string): number;
}

class ScoreState implements StateData {
  constructor(readonly sources: readonly ScoreSource[]) {}
  clone(): StateData {
    return this;
  }
}

const FILTER_KEY = `PreFilter${NAME}`;
const SCORE_KEY = `PreScore${NAME}`;

export function interPodAffinity(handle: Handle): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin {
  const cluster = (): ClusterState => handle.cluster;
  const affinityFailed = newStatus(Code.UnschedulableAndUnresolvable, ERR_REASON_AFFINITY_RULES_NOT_MATCH);
  const antiFailed = newStatus(Code.Unschedulable, ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH);
  const existingFailed = newStatus(Code.Unschedulable, ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH);
  return {
    name: NAME,
    weight: WEIGHT,
    preFilter(state: CycleState, pod: PodInfo) {
      const c = cluster();
      const affinityTerms = pod.requiredAffinityTerms.map((t) => resolveNamespaces(t, c));
      const antiTerms = pod.requiredAntiAffinityTerms.map((t) => resolveNamespaces(t, c));
      const nsLabels = c.namespaceLabels(pod.namespace);
      const existingGroups = c.terms.matching('requiredAnti', pod, nsLabels);
      if (existingGroups.length === 0 && affinityTerms.length === 0 && antiTerms.length === 0) return { status: SKIP };
      const affinityCounters = new Map<string, { counter: PodCounter; terms: number }>();
      if (affinityTerms.length > 0) {
        const allKey = affinityTerms.map((t) => t.key).join('&');
        for (const t of affinityTerms) {
          const hit = affinityCounters.get(t.topologyKey);
          if (hit) {
            hit.terms++;
            continue;
          }
          const hint = affinityTerms[0].selector.hint;
          const counter = c.counters.get({
            key: `ipa|all|${allKey}|${t.topologyKey}`,
            match: (p) => podMatchesAllTerms(affinityTerms, p),
            topologyKey: t.topologyKey,
            eligible: null,
            sparse: true,
            candidates: hint ? () => c.podsWithLabel(hint.key, hint.values) : () => c.allPods(),
          });
          affinityCounters.set(t.topologyKey, { counter, terms: 1 });
        }
      }
      const antiCounters = antiTerms.map((t) => termCounter(c, t, 'anti'));
      state.write(FILTER_KEY, new FilterState(pod, nsLabels, affinityTerms, antiTerms, existingGroups, affinityCounters, antiCounters));
      return { status: null };
    },
    addPod(state, _pod, toAdd, node) {
      state.read<FilterState>(FILTER_KEY)?.update(toAdd, node, 1);
    },
    removePod(state, _pod, toRemove, node) {
      state.read<FilterState>(FILTER_KEY)?.update(toRemove, node, -1);
    },
    filter(state, _pod, node): MaybeStatus {
      const s = state.read<FilterState>(FILTER_KEY)!;
      if (!satisfyPodAffinity(s, node)) return affinityFailed;
      if (!satisfyPodAntiAffinity(s, node)) return antiFailed;
      if (!satisfyExistingPodsAntiAffinity(s, node)) return existingFailed;
      return null;
    },
    preScore(state, pod) {
      const c = cluster();
      const sources: ScoreSource[] = [];
      let any = false;
      const own = (terms: readonly WeightedAffinityTerm[], sign: 1 | -1, tag: string) => {
        for (const raw of terms) {
          const t = resolveNamespaces(raw, c);
          const counter = termCounter(c, t, tag);
          if (counter.total > 0) any = true;
          sources.push({ topologyKey: t.topologyKey, weight: sign * t.weight, count: (v) => counter.count(v) });
        }
      };
      own(pod.preferredAffinityTerms, 1, 'pref');
      own(pod.preferredAntiAffinityTerms, -1, 'prefanti');
      const nsLabels = c.namespaceLabels(pod.namespace);
      const groups = (kind: 'requiredAffinity' | 'preferredAffinity' | 'preferredAnti', weightOf: (g: TermGroup) => number) => {
        for (const g of c.terms.matching(kind, pod, nsLabels)) {
          any = true;
          sources.push({ topologyKey: g.term.topologyKey, weight: weightOf(g), count: (v) => g.counts.get(v) ?? 0 });
        }
      };
      groups('requiredAffinity', () => HARD_POD_AFFINITY_WEIGHT);
      groups('preferredAffinity', (g) => g.weight);
      groups('preferredAnti', (g) => -g.weight);
      if (!any) return SKIP;
      state.write(SCORE_KEY, new ScoreState(sources.filter((s) => s.weight !== 0)));
      return null;
    },
    score(state, _pod, node) {
      const s = state.read<ScoreState>(SCORE_KEY)!;
      let score = 0;
      for (const src of s.sources) {
        const v = labelValue(node.node.labels, src.topologyKey);
        if (v !== undefined) score += src.weight * src.count(v);
      }
      return score;
    },
    normalize(_state, _pod, scores) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const s of scores) {
        if (s > max) max = s;
        if (s < min) min = s;
      }
      const diff = max - min;
      for (let i = 0; i < scores.length; i++) scores[i] = diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((scores[i] - min) / diff)) : 0;
    },
  };
}
