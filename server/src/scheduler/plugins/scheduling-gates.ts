/**
 * SchedulingGates (PreEnqueue): a pod with `spec.schedulingGates` never enters the scheduling queue
 * until every gate is removed. The API server gives such a pod the PodScheduled condition below.
 */
import { Code, newStatus, type MaybeStatus } from '../framework/status';
import type { PodInfo } from '../framework/types';

export const NAME = 'SchedulingGates';
/** The condition reason and message the API server sets on a gated pod. */
export const REASON_GATED = 'SchedulingGated';
export const MESSAGE_GATED = 'Scheduling is blocked due to non-empty scheduling gates';

/** The plugin's own status (kube-scheduler logs it; users see the condition). */
export function preEnqueue(pod: PodInfo): MaybeStatus {
  const gates = pod.pod.spec?.schedulingGates ?? [];
  if (gates.length === 0) return null;
  return newStatus(Code.UnschedulableAndUnresolvable, `waiting for scheduling gates: [${gates.map((g) => g.name).join(' ')}]`);
}
