/**
 * PrioritySort (QueueSort): the scheduling queue pops the highest priority first, then the pod that
 * entered the queue first. In the simulation "entered first" is creation order (manifest order;
 * pods created later by controllers come after).
 */
export const NAME = 'PrioritySort';

export interface Queued {
  priority: number;
  /** Creation order. */
  seq: number;
}

/** `Less`: a before b. */
export function less(a: Queued, b: Queued): boolean {
  return a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
}

/** A comparator for Array.sort. */
export function compare(a: Queued, b: Queued): number {
  return less(a, b) ? -1 : less(b, a) ? 1 : 0;
}
