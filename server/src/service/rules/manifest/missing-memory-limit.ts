/** No memory limit: the container can take the node's memory until the OOM killer strikes (P9). */
import { DEFAULT_MEMORY, missingLimit } from '../resources';
import { K8S_DOCS, type ManifestRule } from '../rule';

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
    return missingLimit(ctx, 'memory', 'rules.missingMemoryLimit.message', DEFAULT_MEMORY, 'rules.fix.addMemoryLimit');
  },
};
