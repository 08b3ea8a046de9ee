/**
 * A custom resource checked against the openAPIV3Schema of its CustomResourceDefinition found in
 * the workspace: what the API server would reject is an error, with the exact key or value.
 * Custom resources without a CRD in the workspace stay the schema area's note (k8s/custom-resource).
 */
import { nodeRange } from '../../yaml/nav';
import { headNode } from '../../yaml/parse';
import { renameFixes } from '../crossDoc';
import { crdFor } from '../crds';
import { validateResource, type Schema } from '../crdSchema';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const crdSchema: ManifestRule = {
  id: 'manifest/crd-schema',
  severity: 'error',
  preset: 'minimal',
  description: 'rules.crdSchema.description',
  docs: K8S_DOCS + 'tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#validation',
  principle: 'manifest.declarative',
  scope: 'workspace',
  check({ file, doc, head, workspace }) {
    const found = crdFor(workspace, head.apiVersion, head.kind);
    if (!found) return [];
    const { crd, version } = found;
    const name = crd.crd!.name;
    if (!version) {
      // An item of a typed List has the List's apiVersion: said on the item (its first key).
      const r = nodeRange((head.inferred ? headNode(doc) : head.apiVersionPair.value) as never) ?? [0, 0];
      const served = crd.crd!.versions.filter((v) => v.served).map((v) => `${crd.crd!.group}/${v.name}`).join(', ');
      return [{ start: r[0], end: r[1], message: 'rules.crd.version', params: { crd: name, version: head.apiVersion, served: served || '-' } }];
    }
    if (!version.schema || typeof version.schema !== 'object') return [];
    return validateResource(doc, version.schema as Schema, crd.crd!.preserveUnknown).map((p): Finding => ({
      start: p.start,
      end: p.end,
      message: p.message,
      params: { ...p.params, crd: name },
      fixes: p.suggestion ? renameFixes(file, [p.start, p.end], [p.suggestion]) : undefined,
    }));
  },
};
