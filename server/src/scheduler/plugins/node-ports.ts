/**
 * NodePorts: a pod's host ports (containers and sidecars) must be free on the node; 0.0.0.0
 * conflicts with every IP, an empty protocol means TCP.
 */
import type { FilterPlugin, PreFilterPlugin } from '../framework/interface';
import { Code, newStatus, SKIP, type MaybeStatus } from '../framework/status';
import type { NodeInfo, PodInfo } from '../framework/types';

export const NAME = 'NodePorts';
export const ERR_REASON = "node(s) didn't have free ports for the requested pod ports";

export function fits(pod: PodInfo, node: NodeInfo): boolean {
  for (const hp of pod.hostPorts) if (node.portConflict(hp)) return false;
  return true;
}

export function nodePorts(): PreFilterPlugin & FilterPlugin {
  const rejected = newStatus(Code.Unschedulable, ERR_REASON);
  return {
    name: NAME,
    preFilter(_state, pod) {
      return { status: pod.hostPorts.length === 0 ? SKIP : null };
    },
    filter(_state, pod, node): MaybeStatus {
      return fits(pod, node) ? null : rejected;
    },
  };
}
