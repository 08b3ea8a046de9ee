/**
 * Strict only: no CPU limit. Disputed (limits throttle even on an idle node; many teams set none),
 * so it is off in `recommended`, and a note rather than a warning when on.
 */
import { missingLimit } from '../resources';
import { K8S_DOCS, type ManifestRule } from '../rule';

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
    return missingLimit(ctx, 'cpu', 'rules.missingCpuLimit.message', '500m', 'rules.fix.addCpuLimit');
  },
};
