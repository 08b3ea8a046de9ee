/**
 * NodeResourcesBalancedAllocation: prefers nodes where cpu and memory would be used in equal
 * shares after placing the pod (actual requests, not the non-zero defaults). Since v1.33 it skips
 * pods that request neither cpu nor memory.
 */
import type { PreScorePlugin, ScorePlugin } from '../framework/interface';
import { SKIP } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';
import { MAX_NODE_SCORE } from '../framework/interface';

export const NAME = 'NodeResourcesBalancedAllocation';
export const WEIGHT = 1;

/** `balancedResourceScorer` for cpu and memory. */
export function balancedScore(requested: readonly number[], allocatable: readonly number[]): number {
  const fractions: number[] = [];
  let total = 0;
  for (let i = 0; i < requested.length; i++) {
    if (allocatable[i] === 0) continue;
    let f = requested[i] / allocatable[i];
    if (f > 1) f = 1;
    total += f;
    fractions.push(f);
  }
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0] - fractions[1]) / 2);
  else if (fractions.length > 2) {
    const mean = total / fractions.length;
    let sum = 0;
    for (const f of fractions) sum += (f - mean) * (f - mean);
    std = Math.sqrt(sum / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** `balancedScore` for cpu and memory without allocating (the same float operations, in the same order). */
export function balancedAllocationScore(pod: PodInfo, node: NodeInfo): number {
  const r = pod.resources.requests;
  const a = node.allocatable;
  let std = 0;
  if (a.milliCPU !== 0 && a.memory !== 0) {
    let cpu = (node.requested.milliCPU + r.milliCPU) / a.milliCPU;
    if (cpu > 1) cpu = 1;
    let mem = (node.requested.memory + r.memory) / a.memory;
    if (mem > 1) mem = 1;
    std = Math.abs((cpu - mem) / 2);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export function balancedAllocation(): PreScorePlugin & ScorePlugin {
  return {
    name: NAME,
    weight: WEIGHT,
    preScore(_state, pod) {
      const r = pod.resources.requests;
      return r.milliCPU === 0 && r.memory === 0 ? SKIP : null;
    },
    score(_state, pod, node) {
      return balancedAllocationScore(pod, node);
    },
  };
}
