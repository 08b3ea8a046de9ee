/** Taints and tolerations as `v1.Toleration.ToleratesTaint` and `FindMatchingUntoleratedTaint` read them. */
import type { Taint, Toleration } from 'kubernetes-types/core/v1';

/** An empty effect or key in the toleration matches any; Exists ignores the value; Equal (or no operator) compares it. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case '':
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

export function tolerationsTolerateTaint(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const t of tolerations) if (toleratesTaint(t, taint)) return true;
  return false;
}

/** NoSchedule and NoExecute taints: the ones that keep pods off a node. */
export function isDoNotSchedule(taint: Taint): boolean {
  return taint.effect === 'NoSchedule' || taint.effect === 'NoExecute';
}

/** The first NoSchedule/NoExecute taint (in the node's order) that no toleration tolerates. */
export function findUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[]): Taint | null {
  for (const taint of taints) if (isDoNotSchedule(taint) && !tolerationsTolerateTaint(tolerations, taint)) return taint;
  return null;
}
