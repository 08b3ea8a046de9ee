/**
 * Runs a profile's plugins the way kube-scheduler's `frameworkImpl` does: PreFilter (skips, node
 * sets, the first rejection), Filter (stop at the first failing plugin), filters with nominated
 * pods (two passes), PreScore/Score/NormalizeScore/weights, PostFilter.
 */
import type { ClusterState } from './cluster';
import type {
  CycleState,
  FilterPlugin,
  Handle,
  NodeToStatus,
  PdbView,
  PostFilterResult,
  PreFilterPlugin,
  Profile,
} from './interface';
import { MAX_NODE_SCORE } from './interface';
import { Code, isRejected, isSuccess, newStatus, withPlugin, type MaybeStatus, type Status } from './status';
import type { NodeInfo, PodInfo } from './types';

/** An internal failure inside a plugin becomes an Error status (never an exception out of the engine). */
function guard<T>(plugin: string, fn: () => T, onError: (s: Status) => T): T {
  try {
    return fn();
  } catch (e) {
    return onError(newStatus(Code.Error, `running "${plugin}": ${e instanceof Error ? e.message : String(e)}`));
  }
}

export interface PreFilterRun {
  status: MaybeStatus;
  /** Only these nodes (null: all). */
  nodeNames: ReadonlySet<string> | null;
  /** Plugins that narrowed the node set (for "didn't satisfy plugin(s) [...]"). */
  pluginsWithNodes: string[];
  /** Per plugin: 'passed' | 'skipped' | the rejection. */
  trace: Array<{ plugin: string; result: 'passed' | 'skipped' | 'rejected'; status?: Status; nodeNames?: string[] }>;
}

export interface ScoreRun {
  totals: number[];
  plugins: Array<{ name: string; weight: number; raw: number[]; normalized: number[] }>;
  skipped: string[];
}

/** What the framework needs from the scheduler around it. */
export interface FrameworkHooks {
  nominatedPodsForNode(node: string): readonly PodInfo[];
  podDisruptionBudgets(): readonly PdbView[];
  preempt(preemptor: PodInfo, node: NodeInfo, victims: readonly PodInfo[]): void;
}

/** Go's `%v` of a sorted string slice: `[A B]`. */
export function goList(items: readonly string[]): string {
  return `[${[...items].sort().join(' ')}]`;
}

export class Framework implements Handle {
  readonly profile: Profile;

  private lastSkip: ReadonlySet<string> | null = null;
  /** Scores of one plugin over the feasible nodes, reused across plugins and cycles. */
  private buffer = new Float64Array(0);
  private lastFilters: readonly FilterPlugin[] = [];

  constructor(
    public cluster: ClusterState,
    private readonly hooks: FrameworkHooks,
    buildProfile: (handle: Handle) => Profile,
  ) {
    this.profile = buildProfile(this);
  }

  podDisruptionBudgets(): readonly PdbView[] {
    return this.hooks.podDisruptionBudgets();
  }

  preempt(preemptor: PodInfo, node: NodeInfo, victims: readonly PodInfo[]): void {
    this.hooks.preempt(preemptor, node, victims);
  }

  nominatedPodsForNode(node: string): readonly PodInfo[] {
    return this.hooks.nominatedPodsForNode(node);
  }

  runPreFilterPlugins(state: CycleState, pod: PodInfo): PreFilterRun {
    const skip = new Set<string>();
    const trace: PreFilterRun['trace'] = [];
    const pluginsWithNodes: string[] = [];
    let result = null as Set<string> | null;
    let returnStatus: MaybeStatus = null;
    const nodes = this.cluster.nodes;
    const done = (status: MaybeStatus): PreFilterRun => {
      state.skipFilterPlugins = skip;
      return { status, nodeNames: result, pluginsWithNodes, trace };
    };
    for (const pl of this.profile.preFilter) {
      const out = guard(pl.name, () => pl.preFilter(state, pod, nodes), (s) => ({ status: s, nodeNames: null }));
      const s = out.status;
      if (s !== null && s.code === Code.Skip) {
        skip.add(pl.name);
        trace.push({ plugin: pl.name, result: 'skipped' });
        continue;
      }
      if (!isSuccess(s)) {
        const st = withPlugin(s!, pl.name);
        trace.push({ plugin: pl.name, result: 'rejected', status: st });
        if (st.code === Code.UnschedulableAndUnresolvable) {
          result = null;
          return done(st);
        }
        if (st.code === Code.Unschedulable) {
          returnStatus = st;
          continue;
        }
        return done(st);
      }
      const names = out.nodeNames ?? null;
      trace.push({ plugin: pl.name, result: 'passed', nodeNames: names ? [...names].sort() : undefined });
      if (names !== null) {
        pluginsWithNodes.push(pl.name);
        result = result === null ? new Set(names) : new Set([...result].filter((n) => names.has(n)));
      }
      if (result !== null && result.size === 0) {
        const msg =
          pluginsWithNodes.length === 1 ? `node(s) didn't satisfy plugin ${pluginsWithNodes[0]}` : `node(s) didn't satisfy plugin(s) ${goList(pluginsWithNodes)} simultaneously`;
        return done(newStatus(Code.UnschedulableAndUnresolvable, msg));
      }
    }
    return done(returnStatus);
  }

  private filterPlugins(state: CycleState): readonly FilterPlugin[] {
    const skip = state.skipFilterPlugins;
    if (skip !== this.lastSkip) {
      this.lastSkip = skip;
      this.lastFilters = skip.size === 0 ? this.profile.filter : this.profile.filter.filter((p) => !skip.has(p.name));
    }
    return this.lastFilters;
  }

  /** Stops at the first plugin that does not pass; the status names it. */
  runFilterPlugins(state: CycleState, pod: PodInfo, node: NodeInfo, plugins = this.filterPlugins(state)): MaybeStatus {
    for (let i = 0; i < plugins.length; i++) {
      const pl = plugins[i];
      let s: MaybeStatus;
      try {
        s = pl.filter(state, pod, node);
      } catch (e) {
        s = newStatus(Code.Error, `running "${pl.name}": ${e instanceof Error ? e.message : String(e)}`);
      }
      if (s !== null && s.code !== Code.Success) {
        if (!isRejected(s) && s.code !== Code.Error) return withPlugin(newStatus(Code.Error, `running "${pl.name}" filter plugin: ${s.reasons.join(', ')}`), pl.name);
        return withPlugin(s, pl.name);
      }
    }
    return null;
  }

  /**
   * `RunFilterPluginsWithNominatedPods`: with equal-or-higher priority pods nominated to the node
   * counted as present, and (if that passes) once more without them.
   */
  runFilterPluginsWithNominatedPods(state: CycleState, pod: PodInfo, node: NodeInfo): MaybeStatus {
    const nominated = this.hooks.nominatedPodsForNode(node.name);
    if (nominated.length === 0) return this.runFilterPlugins(state, pod, node);
    let stateOut: CycleState | null = null;
    let nodeOut: NodeInfo | null = null;
    for (const p of nominated) {
      if (p.priority >= pod.priority && p.uid !== pod.uid) {
        if (!stateOut) {
          stateOut = state.clone();
          nodeOut = node.clone();
        }
        nodeOut!.addPod(p);
        this.runPreFilterExtensionAddPod(stateOut, pod, p, nodeOut!);
      }
    }
    if (!stateOut) return this.runFilterPlugins(state, pod, node);
    const first = this.runFilterPlugins(stateOut, pod, nodeOut!);
    if (!isSuccess(first)) return first;
    return this.runFilterPlugins(state, pod, node);
  }

  private preFilterExtensions(state: CycleState): PreFilterPlugin[] {
    return this.profile.preFilter.filter((p) => !state.skipFilterPlugins.has(p.name));
  }

  runPreFilterExtensionAddPod(state: CycleState, pod: PodInfo, toAdd: PodInfo, node: NodeInfo): void {
    for (const pl of this.preFilterExtensions(state)) pl.addPod?.(state, pod, toAdd, node);
  }

  runPreFilterExtensionRemovePod(state: CycleState, pod: PodInfo, toRemove: PodInfo, node: NodeInfo): void {
    for (const pl of this.preFilterExtensions(state)) pl.removePod?.(state, pod, toRemove, node);
  }

  /** PreScore, Score, NormalizeScore and weights over the feasible nodes. */
  runScorePlugins(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[], keepDetail: boolean): ScoreRun {
    const skip = new Set<string>();
    for (const pl of this.profile.preScore) {
      const s = guard(pl.name, () => pl.preScore(state, pod, nodes), (e) => e);
      if (s !== null && s.code === Code.Skip) skip.add(pl.name);
      else if (!isSuccess(s)) throw new Error(`running PreScore plugin "${pl.name}": ${s!.reasons.join(', ')}`);
    }
    state.skipScorePlugins = skip;
    const n = nodes.length;
    if (this.buffer.length < n) this.buffer = new Float64Array(Math.max(n, this.buffer.length * 2));
    const scores = this.buffer.subarray(0, n);
    const totals = new Array<number>(n).fill(0);
    const detail: ScoreRun['plugins'] = [];
    for (const pl of this.profile.score) {
      if (skip.has(pl.name)) continue;
      for (let i = 0; i < n; i++) scores[i] = pl.score(state, pod, nodes[i]);
      const raw = keepDetail ? Array.from(scores) : [];
      pl.normalize?.(state, pod, scores, nodes);
      const w = pl.weight;
      for (let i = 0; i < n; i++) {
        const s = scores[i];
        if (s > MAX_NODE_SCORE || s < 0) throw new Error(`plugin "${pl.name}" returns an invalid score ${s}, it should in the range of [0, 100] after normalizing`);
        totals[i] += s * w;
      }
      if (keepDetail) detail.push({ name: pl.name, weight: w, raw, normalized: Array.from(scores) });
    }
    return { totals, plugins: detail, skipped: [...skip] };
  }

  runPostFilterPlugins(state: CycleState, pod: PodInfo, statuses: NodeToStatus): { result: PostFilterResult | null; status: MaybeStatus } {
    let result: PostFilterResult | null = null;
    const reasons: string[] = [];
    let rejector = '';
    for (const pl of this.profile.postFilter) {
      const out = guard(pl.name, () => pl.postFilter(state, pod, statuses), (s) => ({ result: null, status: s }));
      const s = out.status;
      if (isSuccess(s)) return out;
      if (s!.code === Code.UnschedulableAndUnresolvable) return { result: out.result, status: withPlugin(s!, pl.name) };
      if (!isRejected(s)) return { result: null, status: withPlugin(newStatus(Code.Error, ...s!.reasons), pl.name) };
      if (out.result !== null) result = out.result;
      reasons.push(...s!.reasons);
      if (rejector === '') rejector = pl.name;
    }
    return { result, status: withPlugin(newStatus(Code.Unschedulable, ...reasons), rejector) };
  }
}
