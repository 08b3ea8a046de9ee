/** NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only pods that tolerate it. */
import type { FilterPlugin } from '../framework/interface';
import { Code, newStatus, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';
import { tolerationsTolerateTaint } from '../taints';

export const NAME = 'NodeUnschedulable';
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export function fits(pod: PodInfo, node: NodeInfo): boolean {
  return !node.node.unschedulable || tolerationsTolerateTaint(pod.tolerations, UNSCHEDULABLE_TAINT);
}

export function nodeUnschedulable(): FilterPlugin {
  const rejected = newStatus(Code.UnschedulableAndUnresolvable, ERR_REASON_UNSCHEDULABLE);
  return {
    name: NAME,
    filter(_state, pod, node): MaybeStatus {
      return fits(pod, node) ? null : rejected;
    },
  };
}
