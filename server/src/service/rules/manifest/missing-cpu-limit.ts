/**
 * Strict only: no CPU limit. Disputed (limits throttle even on an idle node; many teams set none),
 * so it is off in `recommended`, and a note rather than a warning when on.
 */
import { containersOf, podSpecPath, valueAt } from '../objects';
import { containerResources, limitRangeDefaults, resourcesAnchor, resourcesFix } from '../resources';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const missingCpuLimit: ManifestRule = {
  id: 'manifest/missing-cpu-limit',
  severity: 'information',
  preset: 'strict',
  description: 'rules.missingCpuLimit.description',
  docs: K8S_DOCS + 'concepts/configuration/manage-resources-containers/#requests-and-limits',
  principle: 'scheduling.resources',
  equivalents: { kubeScore: ['container-resources'], polaris: ['cpuLimitsMissing'] },
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
      if (limits.has('cpu')) continue;
      const [start, end] = resourcesAnchor(doc, c);
      out.push({
        start,
        end,
        message: 'rules.missingCpuLimit.message',
        params: { container: c.name ?? '?' },
        fixes: resourcesFix(file, doc, c, { limits: { cpu: written.requests.cpu ?? '500m' } }, 'rules.fix.addCpuLimit'),
      });
    }
    return out;
  },
};
