/**
 * TaintToleration: a pod may not land on a node with a NoSchedule/NoExecute taint it does not
 * tolerate; among feasible nodes it prefers fewer untolerated PreferNoSchedule taints.
 */
import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import type { FilterPlugin, PreScorePlugin, ScorePlugin, StateData } from '../framework/interface';
import { Code, newStatus, type MaybeStatus, type Status } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';
import { findUntoleratedTaint, tolerationsTolerateTaint } from '../taints';
import { defaultNormalizeScore } from './helper';
import { MAX_NODE_SCORE } from '../framework/interface';

export const NAME = 'TaintToleration';
export const WEIGHT = 3;

/** `node(s) had untolerated taint {key: value}`; an empty value still prints `{key: }`. */
export function errReasonUntolerated(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

export function filterTaints(pod: PodInfo, node: NodeInfo, cache?: Map<string, Status>): MaybeStatus {
  const taint = findUntoleratedTaint(node.node.taints, pod.tolerations);
  if (!taint) return null;
  const reason = errReasonUntolerated(taint);
  let s = cache?.get(reason);
  if (!s) {
    s = newStatus(Code.UnschedulableAndUnresolvable, reason);
    cache?.set(reason, s);
  }
  return s;
}

/** Untolerated PreferNoSchedule taints on the node, counting only tolerations with no effect or PreferNoSchedule. */
export function countIntolerablePreferNoSchedule(taints: readonly Taint[], tolerations: readonly Toleration[]): number {
  let n = 0;
  for (const taint of taints) if (taint.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tolerations, taint)) n++;
  return n;
}

class PreScoreState implements StateData {
  constructor(readonly tolerations: readonly Toleration[]) {}
  clone(): StateData {
    return this;
  }
}
const KEY = `PreScore${NAME}`;

export function taintToleration(): FilterPlugin & PreScorePlugin & ScorePlugin {
  // One status per distinct reason: many nodes share a taint.
  const verdicts = new Map<string, Status>();
  return {
    name: NAME,
    weight: WEIGHT,
    filter(_state, pod, node) {
      return filterTaints(pod, node, verdicts);
    },
    preScore(state, pod) {
      state.write(KEY, new PreScoreState(pod.tolerations.filter((t) => !t.effect || t.effect === 'PreferNoSchedule')));
      return null;
    },
    score(state, _pod, node) {
      const s = state.read<PreScoreState>(KEY)!;
      return countIntolerablePreferNoSchedule(node.node.taints, s.tolerations);
    },
    normalize(_state, _pod, scores) {
      defaultNormalizeScore(MAX_NODE_SCORE, true, scores);
    },
  };
}
