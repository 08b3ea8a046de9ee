/**
 * `status.disruptionsAllowed` of a PodDisruptionBudget, as the disruption controller computes it
 * from the pods that are running now (every bound pod counts as healthy in the simulation).
 */
import type { PdbView } from './framework/interface';
import type { PdbModel } from './input/world';

export interface PdbPod {
  namespace: string;
  name: string;
  labels: Readonly<Record<string, string>>;
  running: boolean;
  deleting: boolean;
  /** The scale of the pod's controller (for percentages and maxUnavailable); null for a bare pod. */
  controller: { key: string; replicas: number } | null;
}

/** `GetScaledValueFromIntOrPercent` with rounding up. */
export function scaledValue(v: number | string, total: number): number | null {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v.trim());
  if (m) return Math.ceil((Number(m[1]) * total) / 100);
  if (/^\d+$/.test(v.trim())) return Number(v);
  return null;
}

export function disruptionsAllowed(pdb: PdbModel, pods: readonly PdbPod[]): number {
  if (!pdb.selector) return 0;
  const matching = pods.filter((p) => p.namespace === pdb.namespace && pdb.selector!.matches(p.labels));
  const healthy = matching.filter((p) => p.running && !p.deleting).length;
  const expectedScale = (): number | null => {
    const seen = new Map<string, number>();
    for (const p of matching) {
      if (!p.controller) return null; // "found no controllers for pod": the controller gives up (0 allowed)
      seen.set(p.controller.key, p.controller.replicas);
    }
    let sum = 0;
    for (const r of seen.values()) sum += r;
    return sum;
  };
  let desired: number;
  if (pdb.maxUnavailable !== undefined && pdb.maxUnavailable !== null) {
    const expected = expectedScale();
    if (expected === null) return 0;
    const maxUnavailable = scaledValue(pdb.maxUnavailable, expected);
    if (maxUnavailable === null) return 0;
    desired = Math.max(0, expected - maxUnavailable);
  } else if (pdb.minAvailable !== undefined && pdb.minAvailable !== null) {
    if (typeof pdb.minAvailable === 'number' || /^\d+$/.test(String(pdb.minAvailable))) {
      desired = Number(pdb.minAvailable);
    } else {
      const expected = expectedScale();
      if (expected === null) return 0;
      const v = scaledValue(pdb.minAvailable, expected);
      if (v === null) return 0;
      desired = v;
    }
  } else {
    return 0;
  }
  return Math.max(0, healthy - desired);
}

export function pdbView(pdb: PdbModel, pods: readonly PdbPod[]): PdbView {
  return { namespace: pdb.namespace, name: pdb.name, selector: pdb.selector, disruptionsAllowed: disruptionsAllowed(pdb, pods), disruptedPods: pdb.disruptedPods };
}
