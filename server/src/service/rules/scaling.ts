/** Shared by the scaling rules: the HPAs of the workspace that scale an object. */
import type { ObjectFact, RefFact } from '../workspace/facts';
import { sameNamespace, type WorkspaceView } from '../workspace/view';

export interface HpaTarget {
  hpa: ObjectFact;
  ref: RefFact;
}

/** HPAs whose scaleTargetRef names this object (kind and name, compatible namespace). */
export function hpasTargeting(workspace: WorkspaceView, kind: string, name: string | null, namespace: string | null): HpaTarget[] {
  if (!name) return [];
  const out: HpaTarget[] = [];
  for (const hpa of workspace.objects('HorizontalPodAutoscaler')) {
    if (!sameNamespace(hpa.namespace, namespace)) continue;
    for (const ref of hpa.refs) if (ref.kind === 'ScaleTarget' && ref.targetKind === kind && ref.name === name) out.push({ hpa, ref });
  }
  return out;
}
