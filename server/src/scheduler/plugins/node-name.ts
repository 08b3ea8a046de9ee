/** NodeName: a pod that names a node (`spec.nodeName`) fits only that node. */
import type { FilterPlugin } from '../framework/interface';
import { Code, newStatus, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';

export const NAME = 'NodeName';
export const ERR_REASON = "node(s) didn't match the requested node name";

export function fits(pod: PodInfo, node: NodeInfo): boolean {
  return pod.nodeName === '' || pod.nodeName === node.name;
}

export function nodeName(): FilterPlugin {
  const rejected = newStatus(Code.UnschedulableAndUnresolvable, ERR_REASON);
  return {
    name: NAME,
    filter(_state, pod, node): MaybeStatus {
      return fits(pod, node) ? null : rejected;
    },
  };
}
