/**
 * The preemption evaluator (kube-scheduler's `preemption.Evaluator`): which nodes could take the
 * pod if lower-priority pods left (dry runs on copies), which node to pick, and the message when
 * preemption cannot help. The DefaultPreemption plugin supplies victim selection and eligibility.
 */
import { fitErrorMessage } from './fit-error';
import type { CycleState, Handle, NodeToStatus as NodeToStatusT, PdbView, PostFilterResult } from './interface';
import { NodeToStatus } from './interface';
import { Code, newStatus, type MaybeStatus, type Status } from './status';
import type { NodeInfo, PodInfo } from './types';

export interface Victims {
  pods: PodInfo[];
  numPDBViolations: number;
}

export interface Candidate {
  node: NodeInfo;
  victims: Victims;
}

export interface PreemptionInterface {
  /** Go's `GetOffsetAndNumCandidates`; the offset is random in Go, 0 here (documented). */
  offsetAndNumCandidates(numNodes: number): [number, number];
  podEligibleToPreemptOthers(pod: PodInfo, nominatedNodeStatus: Status | null): [boolean, string];
  selectVictimsOnNode(state: CycleState, pod: PodInfo, node: NodeInfo, pdbs: readonly PdbView[]): { victims: PodInfo[]; numPDBViolations: number; status: MaybeStatus };
}

export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';

/** What happened, for explanations. */
export interface PreemptionTrace {
  potentialNodes: string[];
  candidates: Array<{ node: string; victims: string[]; numPDBViolations: number }>;
  nodeStatuses: Array<{ node: string; reasons: string[] }>;
  chosen: string | null;
}

export class Evaluator {
  lastTrace: PreemptionTrace | null = null;

  constructor(
    private readonly handle: Handle,
    private readonly iface: PreemptionInterface,
  ) {}

  preempt(state: CycleState, pod: PodInfo, m: NodeToStatusT): { result: PostFilterResult | null; status: MaybeStatus } {
    this.lastTrace = null;
    const nominatedStatus = pod.nominatedNodeName ? m.get(pod.nominatedNodeName) : m.absent;
    const [eligible, msg] = this.iface.podEligibleToPreemptOthers(pod, nominatedStatus);
    if (!eligible) return { result: null, status: newStatus(Code.Unschedulable, msg) };

    const allNodes = this.handle.cluster.nodes;
    const { candidates, statuses, potential } = this.findCandidates(state, pod, m);
    const trace: PreemptionTrace = {
      potentialNodes: potential.map((n) => n.name),
      candidates: candidates.map((c) => ({ node: c.node.name, victims: c.victims.pods.map((p) => `${p.namespace}/${p.name}`), numPDBViolations: c.victims.numPDBViolations })),
      nodeStatuses: [...statuses.map].map(([node, s]) => ({ node, reasons: [...s.reasons] })),
      chosen: null,
    };
    this.lastTrace = trace;
    if (candidates.length === 0) {
      statuses.absent = newStatus(Code.UnschedulableAndUnresolvable, PREEMPTION_NOT_HELPFUL);
      const text = fitErrorMessage(allNodes.length, { statuses, preFilterMsg: '', postFilterMsg: '', unschedulablePlugins: new Set() });
      return { result: { nominatedNodeName: '' }, status: newStatus(Code.Unschedulable, text) };
    }
    const best = selectCandidate(candidates);
    trace.chosen = best.node.name;
    this.handle.preempt(pod, best.node, best.victims.pods);
    return { result: { nominatedNodeName: best.node.name }, status: null };
  }

  private findCandidates(state: CycleState, pod: PodInfo, m: NodeToStatusT): { candidates: Candidate[]; statuses: NodeToStatus; potential: NodeInfo[] } {
    const potential = m.nodesWithCode(this.handle.cluster.nodes, Code.Unschedulable);
    const statuses = new NodeToStatus();
    if (potential.length === 0) return { candidates: [], statuses, potential };
    const pdbs = this.handle.podDisruptionBudgets();
    const [offset, numCandidates] = this.iface.offsetAndNumCandidates(potential.length);
    const nonViolating: Candidate[] = [];
    const violating: Candidate[] = [];
    for (let i = 0; i < potential.length; i++) {
      const node = potential[(offset + i) % potential.length].clone();
      const stateCopy = state.clone();
      const { victims, numPDBViolations, status } = this.iface.selectVictimsOnNode(stateCopy, pod, node, pdbs);
      if (status === null || status.code === Code.Success) {
        if (victims.length > 0) {
          const c = { node: this.handle.cluster.byName.get(node.name)!, victims: { pods: victims, numPDBViolations } };
          if (numPDBViolations === 0) {
            if (nonViolating.length < numCandidates) nonViolating.push(c);
          } else if (violating.length < numCandidates) violating.push(c);
          if (nonViolating.length > 0 && nonViolating.length + violating.length >= numCandidates) break;
          continue;
        }
        statuses.set(node.name, newStatus(Code.Error, `expected at least one victim pod on node "${node.name}"`));
        continue;
      }
      statuses.set(node.name, status);
    }
    return { candidates: [...nonViolating, ...violating], statuses, potential };
  }
}

/** `SelectCandidate` + `pickOneNodeForPreemption`; a final tie keeps the first candidate (Go: map order). */
export function selectCandidate(candidates: readonly Candidate[]): Candidate {
  if (candidates.length === 1) return candidates[0];
  const scoreFuncs: Array<(c: Candidate) => number> = [
    (c) => -c.victims.numPDBViolations,
    (c) => -c.victims.pods[0].priority,
    (c) => {
      let sum = 0;
      for (const p of c.victims.pods) sum += p.priority + 2147483648;
      return -sum;
    },
    (c) => -c.victims.pods.length,
    (c) => earliestStartTime(c.victims.pods),
  ];
  let all = candidates.slice();
  for (const f of scoreFuncs) {
    let best = Number.NEGATIVE_INFINITY;
    let selected: Candidate[] = [];
    for (const c of all) {
      const s = f(c);
      if (s > best) {
        best = s;
        selected = [];
      }
      if (s === best) selected.push(c);
    }
    if (selected.length === 1) return selected[0];
    all = selected;
  }
  return all[0];
}

/** `GetEarliestPodStartTime`: the earliest start among the highest-priority victims. */
export function earliestStartTime(pods: readonly PodInfo[]): number {
  let earliest = pods[0].startTime;
  let maxPriority = pods[0].priority;
  for (const p of pods) {
    if (p.priority === maxPriority) {
      if (p.startTime < earliest) earliest = p.startTime;
    } else if (p.priority > maxPriority) {
      maxPriority = p.priority;
      earliest = p.startTime;
    }
  }
  return earliest;
}
