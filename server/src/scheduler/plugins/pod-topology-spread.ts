/**
 * PodTopologySpread: DoNotSchedule constraints filter (a node is rejected when placing the pod
 * would make its domain exceed the global minimum by more than maxSkew); ScheduleAnyway
 * constraints score. A pod without constraints gets the system defaults (hostname maxSkew 3, zone
 * maxSkew 5, ScheduleAnyway) when a Service, ReplicationController, ReplicaSet or StatefulSet
 * selects it. Domain counts come from incremental counters instead of a rescan of every node.
 */
import type { TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import type { ClusterState } from '../framework/cluster';
import { labelValue, type PodCounter } from '../framework/counters';
import type { CycleState, FilterPlugin, Handle, PreFilterPlugin, PreScorePlugin, ScorePlugin, StateData } from '../framework/interface';
import { MAX_NODE_SCORE } from '../framework/interface';
import { Code, newStatus, SKIP, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';
import { andSelectors, labelSelector, setSelector, type Labels, type Selector } from '../labels';
import { findUntoleratedTaint } from '../taints';

export const NAME = 'PodTopologySpread';
export const WEIGHT = 2;
export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;

const HOSTNAME = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';

export const SYSTEM_DEFAULT_CONSTRAINTS: readonly TopologySpreadConstraint[] = [
  { topologyKey: HOSTNAME, whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 3 },
  { topologyKey: ZONE, whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 5 },
];

export interface Constraint {
  maxSkew: number;
  topologyKey: string;
  selector: Selector;
  minDomains: number;
  honorNodeAffinity: boolean;
  honorNodeTaints: boolean;
}

/** `filterTopologySpreadConstraints`: the constraints with this action, selectors merged with matchLabelKeys. */
export function constraintsFor(list: readonly TopologySpreadConstraint[], podLabels: Labels, action: 'DoNotSchedule' | 'ScheduleAnyway'): Constraint[] {
  const out: Constraint[] = [];
  for (const c of list) {
    if (c.whenUnsatisfiable !== action) continue;
    let selector = labelSelector(c.labelSelector);
    if (c.matchLabelKeys && c.matchLabelKeys.length > 0) {
      const set: Record<string, string> = {};
      for (const k of c.matchLabelKeys) if (Object.prototype.hasOwnProperty.call(podLabels, k)) set[k] = podLabels[k];
      if (Object.keys(set).length > 0) selector = andSelectors(setSelector(set), selector);
    }
    out.push({
      maxSkew: c.maxSkew,
      topologyKey: c.topologyKey,
      selector,
      minDomains: c.minDomains ?? 1,
      honorNodeAffinity: (c.nodeAffinityPolicy ?? 'Honor') === 'Honor',
      honorNodeTaints: (c.nodeTaintsPolicy ?? 'Ignore') === 'Honor',
    });
  }
  return out;
}

/** `helper.DefaultSelector`: what the Services selecting the pod and its controller select. */
export function defaultSelector(pod: PodInfo, cluster: ClusterState): Selector {
  let set: Record<string, string> = {};
  for (const s of cluster.selectorSources) {
    if (s.kind !== 'Service' || s.namespace !== pod.namespace || !s.selectorSet) continue;
    if (setSelector(s.selectorSet).matches(pod.labels)) set = { ...set, ...s.selectorSet };
  }
  let selector = setSelector(set);
  const owner = (pod.pod.metadata?.ownerReferences ?? []).find((o) => o.controller);
  if (!owner) return selector;
  const kind =
    owner.apiVersion === 'v1' && owner.kind === 'ReplicationController'
      ? 'ReplicationController'
      : owner.apiVersion === 'apps/v1' && (owner.kind === 'ReplicaSet' || owner.kind === 'StatefulSet')
        ? owner.kind
        : null;
  if (!kind) return selector;
  const src = cluster.selectorSources.find((s) => s.kind === kind && s.namespace === pod.namespace && s.name === owner.name);
  if (!src) return selector;
  if (kind === 'ReplicationController') {
    selector = setSelector({ ...set, ...(src.selectorSet ?? {}) });
  } else {
    try {
      const other = labelSelector(src.selector);
      if (!other.nothing) selector = andSelectors(selector, other);
    } catch {
      // An invalid selector adds nothing, as in Go.
    }
  }
  return selector;
}

function hasAllKeys(labels: Labels, constraints: readonly Constraint[]): boolean {
  for (const c of constraints) if (labelValue(labels, c.topologyKey) === undefined) return false;
  return true;
}

function inclusionOk(c: Constraint, pod: PodInfo, node: NodeInfo): boolean {
  if (c.honorNodeAffinity && !pod.requiredNodeAffinity.matches(node.node)) return false;
  if (c.honorNodeTaints && findUntoleratedTaint(node.node.taints, pod.tolerations)) return false;
  return true;
}

function matcher(c: Constraint, ns: string): (p: PodInfo) => boolean {
  // countPodsMatchSelector: an empty selector counts nothing; terminating pods and other namespaces never count.
  if (c.selector.empty) return () => false;
  const sel = c.selector;
  return (p) => !p.deleting && p.namespace === ns && sel.matches(p.labels);
}

function counterFor(cluster: ClusterState, pod: PodInfo, c: Constraint, all: readonly Constraint[], requireAll: boolean, phase: string): PodCounter {
  const keys = requireAll ? all.map((x) => x.topologyKey).join(',') : '';
  const key = [
    'spread',
    phase,
    pod.namespace,
    c.selector.key,
    c.topologyKey,
    keys,
    c.honorNodeAffinity ? pod.requiredNodeAffinity.key : '-',
    c.honorNodeTaints ? JSON.stringify(pod.tolerations) : '-',
  ].join('|');
  return cluster.counters.get({
    key,
    match: matcher(c, pod.namespace),
    topologyKey: c.topologyKey,
    eligible: (n) => (!requireAll || hasAllKeys(n.node.labels, all)) && inclusionOk(c, pod, n),
    missingValue: requireAll ? null : '',
  });
}

/** Go's `criticalPaths`: the two smallest domains, maintained approximately as counts change. */
class CriticalPaths {
  p: Array<{ value: string; num: number }> = [
    { value: '', num: 2147483647 },
    { value: '', num: 2147483647 },
  ];
  update(value: string, num: number): void {
    const p = this.p;
    let i = -1;
    if (value === p[0].value) i = 0;
    else if (value === p[1].value) i = 1;
    if (i >= 0) {
      p[i].num = num;
      if (p[0].num > p[1].num) [p[0], p[1]] = [p[1], p[0]];
    } else if (num < p[0].num) {
      p[1] = p[0];
      p[0] = { value, num };
    } else if (num < p[1].num) {
      p[1] = { value, num };
    }
  }
  clone(): CriticalPaths {
    const c = new CriticalPaths();
    c.p = [{ ...this.p[0] }, { ...this.p[1] }];
    return c;
  }
}

/** PreFilter state: counters shared with the cluster, plus private deltas once a pod is added or removed. */
class FilterState implements StateData {
  overlay: Array<Map<string, number>> | null = null;
  paths: CriticalPaths[] | null = null;
  constructor(
    readonly constraints: readonly Constraint[],
    readonly counters: readonly PodCounter[],
    readonly selfMatch: readonly boolean[],
  ) {}

  count(i: number, value: string): number {
    const base = this.counters[i].count(value);
    return this.overlay ? base + (this.overlay[i].get(value) ?? 0) : base;
  }

  domains(i: number): number {
    return this.counters[i].domains.size;
  }

  minMatch(i: number): number {
    const c = this.constraints[i];
    if (this.domains(i) < c.minDomains) return 0;
    if (this.paths) return this.paths[i].p[0].num;
    return this.counters[i].min();
  }

  /** Materializes the overlay (and Go's critical paths) before the first change. */
  private ensureOverlay(): void {
    if (this.overlay) return;
    this.overlay = this.constraints.map(() => new Map());
    this.paths = this.counters.map((ctr) => {
      const cp = new CriticalPaths();
      for (const [v, n] of ctr.domains) cp.update(v, n);
      return cp;
    });
  }

  update(updated: PodInfo, preemptor: PodInfo, node: NodeInfo, delta: 1 | -1): void {
    if (updated.namespace !== preemptor.namespace) return;
    if (!hasAllKeys(node.node.labels, this.constraints)) return;
    for (let i = 0; i < this.constraints.length; i++) {
      const c = this.constraints[i];
      if (!c.selector.matches(updated.labels)) continue;
      if (!inclusionOk(c, preemptor, node)) continue;
      this.ensureOverlay();
      const v = node.node.labels[c.topologyKey];
      this.overlay![i].set(v, (this.overlay![i].get(v) ?? 0) + delta);
      this.paths![i].update(v, this.count(i, v));
    }
  }

  clone(): StateData {
    const c = new FilterState(this.constraints, this.counters, this.selfMatch);
    if (this.overlay) {
      c.overlay = this.overlay.map((m) => new Map(m));
      c.paths = this.paths!.map((p) => p.clone());
    }
    return c;
  }
}

class ScoreState implements StateData {
  constructor(
    readonly constraints: readonly Constraint[],
    readonly counters: readonly PodCounter[],
    readonly ignored: ReadonlySet<string>,
    readonly weights: readonly number[],
  ) {}
  clone(): StateData {
    return this;
  }
}

const FILTER_KEY = `PreFilter${NAME}`;
const SCORE_KEY = `PreScore${NAME}`;

export function topologyNormalizingWeight(size: number): number {
  return Math.log(size + 2);
}

export function scoreForCount(cnt: number, maxSkew: number, weight: number): number {
  return cnt * weight + (maxSkew - 1);
}

export function podTopologySpread(handle: Handle): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin {
  function constraints(pod: PodInfo, action: 'DoNotSchedule' | 'ScheduleAnyway'): Constraint[] {
    const own = pod.pod.spec?.topologySpreadConstraints ?? [];
    if (own.length > 0) return constraintsFor(own, pod.labels, action);
    const defaults = constraintsFor(SYSTEM_DEFAULT_CONSTRAINTS, pod.labels, action);
    if (defaults.length === 0) return [];
    const selector = defaultSelector(pod, handle.cluster);
    if (selector.empty) return [];
    return defaults.map((c) => ({ ...c, selector }));
  }

  // Shared verdicts (statuses are values; this plugin's are always the same).
  const missingLabel = newStatus(Code.UnschedulableAndUnresolvable, ERR_REASON_NODE_LABEL_NOT_MATCH);
  const skewed = newStatus(Code.Unschedulable, ERR_REASON_CONSTRAINTS_NOT_MATCH);
  return {
    name: NAME,
    weight: WEIGHT,
    preFilter(state: CycleState, pod: PodInfo) {
      const cs = constraints(pod, 'DoNotSchedule');
      if (cs.length === 0) return { status: SKIP };
      const counters = cs.map((c) => counterFor(handle.cluster, pod, c, cs, true, 'filter'));
      state.write(FILTER_KEY, new FilterState(cs, counters, cs.map((c) => c.selector.matches(pod.labels))));
      return { status: null };
    },
    addPod(state, pod, toAdd, node) {
      state.read<FilterState>(FILTER_KEY)?.update(toAdd, pod, node, 1);
    },
    removePod(state, pod, toRemove, node) {
      state.read<FilterState>(FILTER_KEY)?.update(toRemove, pod, node, -1);
    },
    filter(state, _pod, node): MaybeStatus {
      const s = state.read<FilterState>(FILTER_KEY)!;
      const labels = node.node.labels;
      for (let i = 0; i < s.constraints.length; i++) {
        const c = s.constraints[i];
        const v = labelValue(labels, c.topologyKey);
        if (v === undefined) return missingLabel;
        const skew = s.count(i, v) + (s.selfMatch[i] ? 1 : 0) - s.minMatch(i);
        if (skew > c.maxSkew) return skewed;
      }
      return null;
    },
    preScore(state, pod, filtered) {
      if (handle.cluster.nodes.length === 0) return SKIP;
      const cs = constraints(pod, 'ScheduleAnyway');
      if (cs.length === 0) return SKIP;
      const requireAll = (pod.pod.spec?.topologySpreadConstraints ?? []).length > 0; // system defaults do not require every key
      const ignored = new Set<string>();
      const values = cs.map(() => new Set<string>());
      for (const n of filtered) {
        if (requireAll && !hasAllKeys(n.node.labels, cs)) {
          ignored.add(n.name);
          continue;
        }
        cs.forEach((c, i) => {
          if (c.topologyKey !== HOSTNAME) values[i].add(labelValue(n.node.labels, c.topologyKey) ?? '');
        });
      }
      const weights = cs.map((c, i) => topologyNormalizingWeight(c.topologyKey === HOSTNAME ? filtered.length - ignored.size : values[i].size));
      const counters = cs.map((c) => counterFor(handle.cluster, pod, c, cs, requireAll, 'score'));
      state.write(SCORE_KEY, new ScoreState(cs, counters, ignored, weights));
      return null;
    },
    score(state, _pod, node) {
      const s = state.read<ScoreState>(SCORE_KEY)!;
      if (s.ignored.has(node.name)) return 0;
      let score = 0;
      for (let i = 0; i < s.constraints.length; i++) {
        const c = s.constraints[i];
        const v = labelValue(node.node.labels, c.topologyKey);
        if (v === undefined) continue;
        const cnt = c.topologyKey === HOSTNAME ? s.counters[i].perNode[node.index] : s.counters[i].count(v);
        score += scoreForCount(cnt, c.maxSkew, s.weights[i]);
      }
      return Math.round(score);
    },
    normalize(state, _pod, scores, nodes) {
      const s = state.read<ScoreState>(SCORE_KEY)!;
      let min = Number.MAX_SAFE_INTEGER;
      let max = 0;
      for (let i = 0; i < scores.length; i++) {
        if (s.ignored.has(nodes[i].name)) continue;
        if (scores[i] < min) min = scores[i];
        if (scores[i] > max) max = scores[i];
      }
      for (let i = 0; i < scores.length; i++) {
        if (s.ignored.has(nodes[i].name)) scores[i] = 0;
        else if (max === 0) scores[i] = MAX_NODE_SCORE;
        else scores[i] = Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
      }
    },
  };
}
