/**
 * NodeResourcesFit: the pod's requests must fit in what the node has left (pods, cpu, memory,
 * ephemeral-storage, extended resources — every shortfall is listed); scoring is LeastAllocated on
 * cpu and memory (weight 1 each), counting a container without requests as 100m / 200Mi.
 */
import type { FilterPlugin, PreFilterPlugin, PreScorePlugin, ScorePlugin } from '../framework/interface';
import { Code, newStatus, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';
import { mulDiv } from '../intmath';
import { isExtendedResourceName } from '../resources';
import { MAX_NODE_SCORE } from '../framework/interface';

export const NAME = 'NodeResourcesFit';
export const WEIGHT = 1;
export const REASON_TOO_MANY_PODS = 'Too many pods';

export interface InsufficientResource {
  resourceName: string;
  reason: string;
  requested: number;
  used: number;
  capacity: number;
  /** The request exceeds the node's allocatable outright: preemption cannot help. */
  unresolvable: boolean;
}

/** `fitsRequest`: every resource the node lacks for this pod, in kube-scheduler's order. */
export function insufficientResources(pod: PodInfo, node: NodeInfo): InsufficientResource[] {
  const out: InsufficientResource[] = [];
  const alloc = node.allocatable;
  const used = node.requested;
  if (node.pods.length + 1 > alloc.pods) {
    out.push({ resourceName: 'pods', reason: REASON_TOO_MANY_PODS, requested: 1, used: node.pods.length, capacity: alloc.pods, unresolvable: false });
  }
  const req = pod.resources.requests;
  if (pod.zeroRequest) return out;
  if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) {
    out.push({ resourceName: 'cpu', reason: 'Insufficient cpu', requested: req.milliCPU, used: used.milliCPU, capacity: alloc.milliCPU, unresolvable: req.milliCPU > alloc.milliCPU });
  }
  if (req.memory > 0 && req.memory > alloc.memory - used.memory) {
    out.push({ resourceName: 'memory', reason: 'Insufficient memory', requested: req.memory, used: used.memory, capacity: alloc.memory, unresolvable: req.memory > alloc.memory });
  }
  if (req.ephemeralStorage > 0 && req.ephemeralStorage > alloc.ephemeralStorage - used.ephemeralStorage) {
    out.push({
      resourceName: 'ephemeral-storage',
      reason: 'Insufficient ephemeral-storage',
      requested: req.ephemeralStorage,
      used: used.ephemeralStorage,
      capacity: alloc.ephemeralStorage,
      unresolvable: req.ephemeralStorage > alloc.ephemeralStorage,
    });
  }
  if (req.scalars) {
    // Go ranges over a map here (random order); reasons are counted, not ordered, so sort for stable output.
    for (const name of Object.keys(req.scalars).sort()) {
      const q = req.scalars[name];
      if (q === 0) continue;
      const cap = alloc.scalars?.[name] ?? 0;
      const u = used.scalars?.[name] ?? 0;
      if (q > cap - u) out.push({ resourceName: name, reason: `Insufficient ${name}`, requested: q, used: u, capacity: cap, unresolvable: q > cap });
    }
  }
  return out;
}

/** The common case without allocation: does everything fit? */
export function fitsResources(pod: PodInfo, node: NodeInfo): boolean {
  const alloc = node.allocatable;
  if (node.pods.length + 1 > alloc.pods) return false;
  const req = pod.resources.requests;
  if (pod.zeroRequest) return true;
  const used = node.requested;
  if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) return false;
  if (req.memory > 0 && req.memory > alloc.memory - used.memory) return false;
  if (req.ephemeralStorage > 0 && req.ephemeralStorage > alloc.ephemeralStorage - used.ephemeralStorage) return false;
  if (req.scalars) {
    for (const name in req.scalars) {
      const q = req.scalars[name];
      if (q !== 0 && q > (alloc.scalars?.[name] ?? 0) - (used.scalars?.[name] ?? 0)) return false;
    }
  }
  return true;
}

export function filterResources(pod: PodInfo, node: NodeInfo): MaybeStatus {
  if (fitsResources(pod, node)) return null;
  const insufficient = insufficientResources(pod, node);
  if (insufficient.length === 0) return null;
  const code = insufficient.some((r) => r.unresolvable) ? Code.UnschedulableAndUnresolvable : Code.Unschedulable;
  return newStatus(code, ...insufficient.map((r) => r.reason));
}

/** `leastRequestedScore`: the free share of the resource, 0..100. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return mulDiv(capacity - requested, MAX_NODE_SCORE, capacity);
}

/** LeastAllocated over cpu and memory (weight 1 each), on non-zero requests. */
export function leastAllocatedScore(pod: PodInfo, node: NodeInfo): number {
  const alloc = node.allocatable;
  let score = 0;
  let weights = 0;
  if (alloc.milliCPU !== 0) {
    score += leastRequestedScore(node.nonZeroMilliCPU + pod.resources.nonZeroMilliCPU, alloc.milliCPU);
    weights++;
  }
  if (alloc.memory !== 0) {
    score += leastRequestedScore(node.nonZeroMemory + pod.resources.nonZeroMemory, alloc.memory);
    weights++;
  }
  return weights === 0 ? 0 : Math.trunc(score / weights);
}

export { isExtendedResourceName };

export function nodeResourcesFit(): PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin {
  return {
    name: NAME,
    weight: WEIGHT,
    preFilter() {
      // The requests were computed once, with the PodInfo.
      return { status: null };
    },
    filter(_state, pod, node) {
      return filterResources(pod, node);
    },
    preScore() {
      return null;
    },
    score(_state, pod, node) {
      return leastAllocatedScore(pod, node);
    },
  };
}
