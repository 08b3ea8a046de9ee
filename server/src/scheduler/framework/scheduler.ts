/**
 * One scheduling cycle (kube-scheduler's `schedulingCycle` / `schedulePod`): PreFilter, the
 * nominated node first, Filter over the nodes from the round-robin start index until enough feasible
 * nodes are found (percentageOfNodesToScore), scoring, host selection; on failure the FitError and
 * PostFilter (preemption). Plus the nominator.
 */
import { fitErrorMessage, type Diagnosis } from './fit-error';
import { CycleState, NodeToStatus, type Handle, type PdbView, type Profile } from './interface';
import type { PreemptionTrace } from './preemption';
import { defaultProfile } from './registry';
import { Framework, goList, type PreFilterRun, type ScoreRun } from './runtime';
import { Code, isRejected, isSuccess, newStatus, type Status } from './status';
import type { ClusterState } from './cluster';
import type { NodeInfo, PodInfo } from './types';

export const MIN_FEASIBLE_NODES_TO_FIND = 100;
const NONE: readonly PodInfo[] = Object.freeze([]);
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** `numFeasibleNodesToFind`: 0 = adaptive (50% − nodes/125, at least 5%), at least 100 nodes. */
export function numFeasibleNodesToFind(percentage: number, numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let pct = percentage;
  if (pct === 0) {
    pct = 50 - Math.trunc(numAllNodes / 125);
    if (pct < MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND) pct = MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND;
  }
  const n = Math.trunc((numAllNodes * pct) / 100);
  return n < MIN_FEASIBLE_NODES_TO_FIND ? MIN_FEASIBLE_NODES_TO_FIND : n;
}

export interface NodeVerdict {
  node: string;
  /** null: passed every filter. */
  status: Status | null;
}

/** What one attempt did, for explanations (kept only when asked). */
export interface AttemptDetail {
  preFilter: PreFilterRun['trace'];
  skippedFilters: string[];
  filterPlugins: string[];
  /** The nominated node tried first, if any. */
  nominatedNodeTried: string | null;
  /** Nodes in the order they were checked; nodes not listed were not evaluated. */
  verdicts: NodeVerdict[];
  scores: (ScoreRun & { nodes: string[] }) | null;
  preemption: PreemptionTrace | null;
  /** The status of nodes PreFilter ruled out (all of them when a PreFilter plugin rejected the pod). */
  absent: Status | null;
}

export type Attempt =
  | { kind: 'scheduled'; node: NodeInfo; tied: NodeInfo[]; evaluatedNodes: number; feasibleNodes: number; detail: AttemptDetail | null }
  | {
      kind: 'unschedulable';
      message: string;
      /** undefined: nomination unchanged; '' clears it; a name sets it. */
      nominatedNode: string | undefined;
      detail: AttemptDetail | null;
    }
  | { kind: 'error'; message: string; detail: AttemptDetail | null };

export interface SchedulerHooks {
  podDisruptionBudgets(): readonly PdbView[];
  /** The victims were chosen; the scheduler has already removed them from the cluster. */
  onPreempted(preemptor: PodInfo, node: NodeInfo, victims: readonly PodInfo[]): void;
  /** A lower-priority pod lost its nomination to the node. */
  onNominationCleared(pod: PodInfo): void;
}

/** Tie rule: kube-scheduler picks at random among the top scores; we pick the first in the cluster's node list. */
export type TieBreak = (tied: readonly NodeInfo[]) => NodeInfo;

export class Scheduler {
  readonly framework: Framework;
  private readonly nominated = new Map<string, PodInfo[]>();
  private nextStartNodeIndex = 0;
  readonly profile: Profile & { preemption: ReturnType<typeof defaultProfile>['preemption'] };

  constructor(
    public cluster: ClusterState,
    private readonly hooks: SchedulerHooks,
    percentageOfNodesToScore: number,
    private readonly tieBreak: TieBreak,
  ) {
    let built: Scheduler['profile'] | null = null;
    this.framework = new Framework(
      cluster,
      {
        nominatedPodsForNode: (n) => (this.nominated.size === 0 ? NONE : (this.nominated.get(n) ?? NONE)),
        podDisruptionBudgets: () => hooks.podDisruptionBudgets(),
        preempt: (preemptor, node, victims) => this.preempt(preemptor, node, victims),
      },
      (h: Handle) => (built = defaultProfile(h, percentageOfNodesToScore)),
    );
    this.profile = built!;
  }

  // --- nominator -----------------------------------------------------------------------------

  nominate(pod: PodInfo, node: string): void {
    this.unnominate(pod);
    if (node === '') return;
    pod.nominatedNodeName = node;
    const list = this.nominated.get(node) ?? [];
    list.push(pod);
    this.nominated.set(node, list);
  }

  unnominate(pod: PodInfo): void {
    if (!pod.nominatedNodeName) return;
    const list = this.nominated.get(pod.nominatedNodeName);
    if (list) {
      const i = list.indexOf(pod);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.nominated.delete(pod.nominatedNodeName);
    }
    pod.nominatedNodeName = '';
  }

  private preempt(preemptor: PodInfo, node: NodeInfo, victims: readonly PodInfo[]): void {
    for (const v of victims) {
      this.unnominate(v);
      this.cluster.removePod(v);
    }
    // `prepareCandidate`: lower-priority pods nominated to this node lose the nomination.
    for (const p of (this.nominated.get(node.name) ?? []).slice()) {
      if (p.priority < preemptor.priority) {
        this.unnominate(p);
        this.hooks.onNominationCleared(p);
      }
    }
    this.hooks.onPreempted(preemptor, node, victims);
  }

  // --- the cycle -----------------------------------------------------------------------------

  scheduleOne(pod: PodInfo, explain: boolean): Attempt {
    const nodes = this.cluster.nodes;
    if (nodes.length === 0) return { kind: 'unschedulable', message: 'no nodes available to schedule pods', nominatedNode: '', detail: null };
    const state = new CycleState();
    const detail: AttemptDetail | null = explain
      ? { preFilter: [], skippedFilters: [], filterPlugins: [], nominatedNodeTried: null, verdicts: [], scores: null, preemption: null, absent: null }
      : null;
    try {
      return this.cycle(state, pod, detail);
    } catch (e) {
      return { kind: 'error', message: e instanceof Error ? e.message : String(e), detail };
    }
  }

  private cycle(state: CycleState, pod: PodInfo, detail: AttemptDetail | null): Attempt {
    const fw = this.framework;
    const allNodes = this.cluster.nodes;
    const diagnosis: Diagnosis = { statuses: new NodeToStatus(), preFilterMsg: '', postFilterMsg: '', unschedulablePlugins: new Set() };
    const pre = fw.runPreFilterPlugins(state, pod);
    if (detail) {
      detail.preFilter = pre.trace;
      detail.skippedFilters = [...state.skipFilterPlugins];
      detail.filterPlugins = fw.profile.filter.map((p) => p.name).filter((n) => !state.skipFilterPlugins.has(n));
    }
    let feasible: NodeInfo[] = [];
    let failed = false;
    if (!isSuccess(pre.status)) {
      if (!isRejected(pre.status)) return { kind: 'error', message: pre.status!.reasons.join(', '), detail };
      diagnosis.statuses.absent = pre.status!;
      if (detail) detail.absent = pre.status!;
      diagnosis.preFilterMsg = pre.status!.reasons.join(', ');
      if (pre.status!.plugin) diagnosis.unschedulablePlugins.add(pre.status!.plugin);
      failed = true;
    } else {
      let done = false;
      if (pod.nominatedNodeName) {
        const nn = this.cluster.byName.get(pod.nominatedNodeName);
        if (nn) {
          if (detail) detail.nominatedNodeTried = nn.name;
          const f = this.findNodesThatPassFilters(state, pod, diagnosis, [nn], detail);
          if (f.length > 0) {
            feasible = f;
            done = true;
          }
        }
      }
      if (!done) {
        let nodes: readonly NodeInfo[] = allNodes;
        if (pre.nodeNames !== null) {
          nodes = allNodes.filter((n) => pre.nodeNames!.has(n.name));
          diagnosis.statuses.absent = newStatus(Code.UnschedulableAndUnresolvable, `node(s) didn't satisfy plugin(s) ${goList(pre.pluginsWithNodes)}`);
          if (detail) detail.absent = diagnosis.statuses.absent;
        }
        if (detail) detail.verdicts = [];
        feasible = this.findNodesThatPassFilters(state, pod, diagnosis, nodes, detail);
        const processed = feasible.length + diagnosis.statuses.size;
        this.nextStartNodeIndex = (this.nextStartNodeIndex + processed) % allNodes.length;
      }
      failed = feasible.length === 0;
    }

    if (failed) {
      const post = fw.runPostFilterPlugins(state, pod, diagnosis.statuses);
      diagnosis.postFilterMsg = post.status ? post.status.reasons.join(', ') : '';
      if (detail) detail.preemption = this.profile.preemption.evaluator.lastTrace;
      const message = fitErrorMessage(allNodes.length, diagnosis);
      return { kind: 'unschedulable', message, nominatedNode: post.result ? post.result.nominatedNodeName ?? '' : undefined, detail };
    }

    let chosen: NodeInfo;
    let tied: NodeInfo[];
    if (feasible.length === 1) {
      chosen = feasible[0];
      tied = [chosen];
    } else {
      const run = fw.runScorePlugins(state, pod, feasible, detail !== null);
      if (detail) detail.scores = { ...run, nodes: feasible.map((n) => n.name) };
      let best = Number.NEGATIVE_INFINITY;
      tied = [];
      for (let i = 0; i < feasible.length; i++) {
        const t = run.totals[i];
        if (t > best) {
          best = t;
          tied = [feasible[i]];
        } else if (t === best) tied.push(feasible[i]);
      }
      chosen = this.tieBreak(tied);
    }
    // assume: the pod occupies the node from now on.
    this.unnominate(pod);
    pod.nodeName = chosen.name;
    this.cluster.addPod(pod, chosen);
    return { kind: 'scheduled', node: chosen, tied, evaluatedNodes: feasible.length + diagnosis.statuses.size, feasibleNodes: feasible.length, detail };
  }

  private findNodesThatPassFilters(state: CycleState, pod: PodInfo, diagnosis: Diagnosis, nodes: readonly NodeInfo[], detail: AttemptDetail | null): NodeInfo[] {
    const n = nodes.length;
    if (n === 0) return [];
    const toFind = numFeasibleNodesToFind(this.profile.percentageOfNodesToScore, n);
    const feasible: NodeInfo[] = [];
    const fw = this.framework;
    for (let i = 0; i < n; i++) {
      const node = nodes[(this.nextStartNodeIndex + i) % n];
      const status = fw.runFilterPluginsWithNominatedPods(state, pod, node);
      if (status === null || status.code === Code.Success) {
        feasible.push(node);
        detail?.verdicts.push({ node: node.name, status: null });
        if (feasible.length >= toFind) break;
      } else {
        if (status.code === Code.Error) throw new Error(status.reasons.join(', '));
        diagnosis.statuses.set(node.name, status);
        if (status.plugin) diagnosis.unschedulablePlugins.add(status.plugin);
        detail?.verdicts.push({ node: node.name, status });
      }
    }
    return feasible;
  }
}
