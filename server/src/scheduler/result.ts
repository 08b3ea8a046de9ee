/**
 * The simulator's result: plain JSON data (no classes, no Maps), so the language server can send
 * it to the webview as is and the CLI can print it with `--json`.
 */
import type { SourceRef } from './input/documents';

export type PodStatus = 'Scheduled' | 'Bound' | 'Pending' | 'NotHandled' | 'Rejected' | 'Preempted';

export interface OwnerRef {
  kind: string;
  name: string;
}

export interface EventRecord {
  type: 'Normal' | 'Warning';
  reason: string;
  /** The event text as kube-scheduler records it (cut at 1024 bytes). */
  message: string;
}

/** One filter plugin's verdict on one node. */
export interface FilterVerdict {
  plugin: string;
  result: 'passed' | 'failed' | 'skipped' | 'not-run';
  code?: 'Unschedulable' | 'UnschedulableAndUnresolvable' | 'Error';
  reasons?: string[];
}

export interface PluginScore {
  plugin: string;
  weight: number;
  /** The plugin's own score. */
  raw: number;
  /** After NormalizeScore (0..100). */
  normalized: number;
  /** normalized × weight. */
  weighted: number;
}

export interface NodeExplanation {
  node: string;
  /** feasible: passed every filter; rejected: a filter failed; not-evaluated: sampling stopped first, or PreFilter excluded it. */
  outcome: 'feasible' | 'rejected' | 'not-evaluated';
  filters: FilterVerdict[];
  /** For a node PreFilter ruled out: why (e.g. `node(s) didn't satisfy plugin(s) [NodeAffinity]`). */
  reasons?: string[];
  /** Present for feasible nodes when there were at least two (one feasible node is not scored). */
  scores?: PluginScore[];
  total?: number;
  selected?: boolean;
}

export interface AttemptExplanation {
  /** 1-based attempt number of this pod. */
  attempt: number;
  outcome: 'scheduled' | 'unschedulable' | 'error';
  preFilter: Array<{ plugin: string; result: 'passed' | 'skipped' | 'rejected'; reasons?: string[]; nodeNames?: string[] }>;
  /** The nominated node tried first (after a preemption). */
  nominatedNodeTried?: string;
  evaluatedNodes: number;
  feasibleNodes: number;
  nodes: NodeExplanation[];
  /** Score plugins left out by PreScore (Skip). */
  skippedScorePlugins: string[];
  preemption?: {
    potentialNodes: string[];
    candidates: Array<{ node: string; victims: string[]; numPDBViolations: number }>;
    nodeStatuses: Array<{ node: string; reasons: string[] }>;
    chosen: string | null;
  };
}

export interface PodResult {
  namespace: string;
  name: string;
  /** The workload the user wrote (Deployment, not its ReplicaSet); null for a bare Pod. */
  owner: OwnerRef | null;
  /** The pod's direct controller (ReplicaSet, Job, …); null for a bare Pod. */
  controller: OwnerRef | null;
  status: PodStatus;
  node: string | null;
  /** Nodes that shared the top score, in the cluster's node order; `node` is the one picked (see README: the tie rule). At most 100 are listed. */
  tiedNodes: string[];
  /** Present when more than 100 nodes tied: the size of the tie set. */
  tiedCount?: number;
  /**
   * Scheduled: `Successfully assigned ns/name to node`; Pending: the FitError text (whole, as in the
   * pod's condition); Rejected: the API server's error; Preempted: the Preempted event.
   */
  message: string;
  /** Why it is Pending/Rejected in one word: Unschedulable, SchedulingGated, Forbidden, OutOfcpu, … */
  reason?: string;
  nominatedNode?: string;
  priority: number;
  priorityClassName?: string;
  /** The preemptor (`ns/name`) for a Preempted pod; the victims for a preemptor. */
  preemptedBy?: string;
  victims?: string[];
  /** A controller's replacement for a pod that was preempted or evicted (`ns/name`). */
  replacementFor?: string;
  /** The requests the scheduler counts (`cpu` in cores/millicores, `memory` in bytes as a quantity). */
  requests: Record<string, string>;
  /** Events kube-scheduler records for the pod, in order. */
  events: EventRecord[];
  /** Our own explanations (localized). */
  notes: string[];
  /** Where the workload is written; null for pods of the cluster file without a source. */
  source: SourceRef | null;
  /** The pod was already in the cluster file (not part of the manifest). */
  existing?: boolean;
  attempts: number;
  explanation?: AttemptExplanation[];
}

export interface NodeResult {
  name: string;
  labels: Record<string, string>;
  taints: Array<{ key: string; value?: string; effect: string }>;
  unschedulable: boolean;
  allocatable: Record<string, string>;
  requested: Record<string, string>;
  /** The same as numbers, for bars: cpu in millicores, memory and storage in bytes. */
  usage: { cpu: [number, number]; memory: [number, number]; pods: [number, number] };
  /** `ns/name` of the pods on the node after the run. */
  pods: string[];
  notes: string[];
}

export interface WorkloadResult {
  kind: string;
  namespace: string;
  name: string;
  source: SourceRef | null;
  /** `ns/name` of its pods, in creation order. */
  pods: string[];
  /** The API server rejected the object itself. */
  rejected?: string;
  notes: string[];
}

export interface Problem {
  source: SourceRef | null;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export interface SimulationResult {
  version: 1;
  cluster: { source: 'manifest' | 'file' | 'default'; uri?: string; nodes: number };
  pods: PodResult[];
  nodes: NodeResult[];
  workloads: WorkloadResult[];
  problems: Problem[];
  summary: { scheduled: number; bound: number; pending: number; notHandled: number; rejected: number; preempted: number; passes: number };
  options: { exhaustive: boolean; percentageOfNodesToScore: number };
}
