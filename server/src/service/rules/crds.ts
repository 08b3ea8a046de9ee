/** The CustomResourceDefinitions of the workspace, looked up by a custom resource's apiVersion and kind. */
import type { CrdVersionFact, ObjectFact } from '../workspace/facts';
import type { WorkspaceView } from '../workspace/view';
import { groupOf } from './objects';

/** The CRD defining `apiVersion`/`kind`, and the version of it (null when that version is not served). */
export function crdFor(workspace: WorkspaceView, apiVersion: string, kind: string): { crd: ObjectFact; version: CrdVersionFact | null } | null {
  const group = groupOf(apiVersion);
  if (!group) return null;
  const version = apiVersion.slice(group.length + 1);
  for (const o of workspace.objects('CustomResourceDefinition')) {
    const c = o.crd;
    if (!c || c.group !== group || c.kind !== kind) continue;
    return { crd: o, version: c.versions.find((v) => v.name === version && v.served) ?? null };
  }
  return null;
}
