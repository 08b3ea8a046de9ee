/**
 * The plugin interface (kube-scheduler's scheduling framework): one object per plugin, with the
 * extension points it implements. Plugins return Status values, never throw for a verdict, and keep
 * per-pod data in the CycleState.
 */
import type { ClusterState } from './cluster';
import type { MaybeStatus, Status } from './status';
import { Code } from './status';
import type { NodeInfo, PodInfo } from './types';

/** Per-plugin data for one scheduling cycle; cloned for nominated pods and preemption's dry runs. */
export interface StateData {
  clone(): StateData;
}

export class CycleState {
  private readonly data = new Map<string, StateData>();
  skipFilterPlugins: ReadonlySet<string> = new Set();
  skipScorePlugins: ReadonlySet<string> = new Set();

  read<T extends StateData>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }

  write(key: string, value: StateData): void {
    this.data.set(key, value);
  }

  clone(): CycleState {
    const c = new CycleState();
    for (const [k, v] of this.data) c.data.set(k, v.clone());
    c.skipFilterPlugins = this.skipFilterPlugins;
    c.skipScorePlugins = this.skipScorePlugins;
    return c;
  }
}

/** Node name → status of the nodes that failed, plus one status for the nodes not listed (`NodeToStatus`). */
export class NodeToStatus {
  readonly map = new Map<string, Status>();
  constructor(public absent: Status = { code: Code.UnschedulableAndUnresolvable, reasons: [] }) {}

  get(node: string): Status {
    return this.map.get(node) ?? this.absent;
  }
  set(node: string, s: Status): void {
    this.map.set(node, s);
  }
  get size(): number {
    return this.map.size;
  }

  /** `NodesForStatusCode`: the nodes (in cluster order) whose status has this code. */
  nodesWithCode(nodes: readonly NodeInfo[], code: Code): NodeInfo[] {
    if (this.absent.code === code) {
      if (this.map.size === 0) return nodes.slice();
      return nodes.filter((n) => this.get(n.name).code === code);
    }
    const out: NodeInfo[] = [];
    for (const n of nodes) {
      const s = this.map.get(n.name);
      if (s && s.code === code) out.push(n);
    }
    return out;
  }
}

/** What plugins may use besides the pod and the node (kube-scheduler's `framework.Handle`). */
export interface Handle {
  readonly cluster: ClusterState;
  /** Nominated pods on a node (`PodNominator.NominatedPodsForNode`). */
  nominatedPodsForNode(node: string): readonly PodInfo[];
  runFilterPluginsWithNominatedPods(state: CycleState, pod: PodInfo, node: NodeInfo): MaybeStatus;
  runPreFilterExtensionAddPod(state: CycleState, pod: PodInfo, toAdd: PodInfo, node: NodeInfo): void;
  runPreFilterExtensionRemovePod(state: CycleState, pod: PodInfo, toRemove: PodInfo, node: NodeInfo): void;
  /** The PodDisruptionBudgets with their current `disruptionsAllowed`. */
  podDisruptionBudgets(): readonly PdbView[];
  /** Preemption's API calls: delete the victims, clear lower-priority nominations on the node. */
  preempt(preemptor: PodInfo, node: NodeInfo, victims: readonly PodInfo[]): void;
}

export interface PdbView {
  namespace: string;
  name: string;
  /** `metav1.LabelSelectorAsSelector(pdb.spec.selector)`; null when invalid. */
  selector: import('../labels').Selector | null;
  disruptionsAllowed: number;
  /** `status.disruptedPods` names. */
  disruptedPods: ReadonlySet<string>;
}

export interface Plugin {
  readonly name: string;
}

export interface PreFilterOutcome {
  status: MaybeStatus;
  /** Only these nodes can pass (`PreFilterResult.NodeNames`); null: all nodes. */
  nodeNames?: ReadonlySet<string> | null;
}

export interface PreFilterPlugin extends Plugin {
  preFilter(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[]): PreFilterOutcome;
  /** PreFilterExtensions: keep the cycle state right when a pod is added to or removed from a node. */
  addPod?(state: CycleState, pod: PodInfo, toAdd: PodInfo, node: NodeInfo): void;
  removePod?(state: CycleState, pod: PodInfo, toRemove: PodInfo, node: NodeInfo): void;
}

export interface FilterPlugin extends Plugin {
  filter(state: CycleState, pod: PodInfo, node: NodeInfo): MaybeStatus;
}

export interface PostFilterResult {
  nominatedNodeName: string | null;
}

export interface PostFilterPlugin extends Plugin {
  postFilter(state: CycleState, pod: PodInfo, statuses: NodeToStatus): { result: PostFilterResult | null; status: MaybeStatus };
}

export interface PreScorePlugin extends Plugin {
  /** `nodes` are the feasible nodes. Return SKIP to leave the plugin's Score out. */
  preScore(state: CycleState, pod: PodInfo, nodes: readonly NodeInfo[]): MaybeStatus;
}

export interface ScorePlugin extends Plugin {
  readonly weight: number;
  score(state: CycleState, pod: PodInfo, node: NodeInfo): number;
  /** ScoreExtensions.NormalizeScore: rewrites `scores` (aligned with `nodes`) into 0..100. */
  normalize?(state: CycleState, pod: PodInfo, scores: Scores, nodes: readonly NodeInfo[]): void;
}

/** The plugins of a profile, per extension point, in order. */
export interface Profile {
  schedulerName: string;
  preFilter: readonly PreFilterPlugin[];
  filter: readonly FilterPlugin[];
  postFilter: readonly PostFilterPlugin[];
  preScore: readonly PreScorePlugin[];
  score: readonly ScorePlugin[];
  /** 0 = adaptive (kube-scheduler's default), 100 = every node. */
  percentageOfNodesToScore: number;
}

export const MAX_NODE_SCORE = 100;

/** One plugin's scores, aligned with the nodes (a reused buffer: copy what you keep). */
export type Scores = number[] | Float64Array;
