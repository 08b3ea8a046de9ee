/** No CPU or memory request: the scheduler places pods by requests (P9, 리소스 관리). */
import { containersOf, podSpecPath } from '../objects';
import { containerResources, DEFAULT_CPU_REQUEST, DEFAULT_MEMORY, namespaceDefaults, podLevelRequests, resourcesAnchor, resourcesFix } from '../resources';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import type { YamlObject } from '../yamlEdit';

export const missingRequests: ManifestRule = {
  id: 'manifest/missing-requests',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.missingRequests.description',
  docs: K8S_DOCS + 'concepts/configuration/manage-resources-containers/#requests-and-limits',
  principle: 'scheduling.resources',
  equivalents: { kubeLinter: ['unset-cpu-requirements'], kubeScore: ['container-resources'], polaris: ['cpuRequestsMissing', 'memoryRequestsMissing'] },
  // Reads LimitRanges of the namespace: their defaults fill in what the container leaves out.
  scope: 'workspace',
  check(ctx) {
    const { file, doc, head } = ctx;
    const spec = podSpecPath(head);
    if (!spec) return [];
    const pod = podLevelRequests(doc, spec);
    const defaults = namespaceDefaults(ctx);
    const out: Finding[] = [];
    for (const c of containersOf(doc, spec)) {
      const { requests, limits, written } = containerResources(doc, c, defaults);
      const cpu = requests.has('cpu') || pod.has('cpu');
      const memory = requests.has('memory') || pod.has('memory');
      if (cpu && memory) continue;
      const add: YamlObject = { requests: {} };
      if (!cpu) (add.requests as YamlObject).cpu = DEFAULT_CPU_REQUEST;
      if (!memory) (add.requests as YamlObject).memory = DEFAULT_MEMORY;
      // The usual pairing: a memory limit equal to the memory request.
      if (!limits.has('memory')) add.limits = { memory: written.requests.memory ?? DEFAULT_MEMORY };
      const [start, end] = resourcesAnchor(doc, c);
      out.push({
        start,
        end,
        message: !cpu && !memory ? 'rules.missingRequests.both' : !cpu ? 'rules.missingRequests.cpu' : 'rules.missingRequests.memory',
        params: { container: c.name ?? '?' },
        fixes: resourcesFix(file, doc, c, add, 'rules.fix.addResources'),
      });
    }
    return out;
  },
};
