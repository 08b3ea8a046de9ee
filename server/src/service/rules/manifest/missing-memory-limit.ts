/** No memory limit: the container can take the node's memory until the OOM killer strikes (P9). */
import { containersOf, podSpecPath, valueAt } from '../objects';
import { containerResources, DEFAULT_MEMORY, limitRangeDefaults, resourcesAnchor, resourcesFix } from '../resources';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const missingMemoryLimit: ManifestRule = {
  id: 'manifest/missing-memory-limit',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.missingMemoryLimit.description',
  docs: K8S_DOCS + 'concepts/configuration/manage-resources-containers/#requests-and-limits',
  principle: 'scheduling.resources',
  equivalents: { kubeLinter: ['unset-memory-requirements'], kubeScore: ['container-resources'], polaris: ['memoryLimitsMissing'] },
  scope: 'workspace',
  check(ctx) {
    const { file, doc, head, workspace } = ctx;
    const spec = podSpecPath(head);
    if (!spec) return [];
    const ns = valueAt(doc, ['metadata', 'namespace']);
    const defaults = limitRangeDefaults(workspace, typeof ns === 'string' ? ns : null, ctx.uri);
    const out: Finding[] = [];
    for (const c of containersOf(doc, spec)) {
      const { limits, written } = containerResources(doc, c, defaults);
      if (limits.has('memory')) continue;
      const [start, end] = resourcesAnchor(doc, c);
      out.push({
        start,
        end,
        message: 'rules.missingMemoryLimit.message',
        params: { container: c.name ?? '?' },
        fixes: resourcesFix(file, doc, c, { limits: { memory: written.requests.memory ?? DEFAULT_MEMORY } }, 'rules.fix.addMemoryLimit'),
      });
    }
    return out;
  },
};
