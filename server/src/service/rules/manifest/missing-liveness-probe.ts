/**
 * Strict only: a long-running container without a livenessProbe. A process that exits is
 * restarted anyway (the notes' self-healing); a liveness probe catches one that hangs, and a
 * careless one restarts healthy pods, so it is not pressed on everyone.
 */
import { keyAt, containerAnchor, containersOf, isLongRunning, podSpecPath } from '../objects';
import { firstPort, probeFix, servingContainers } from '../probes';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const missingLivenessProbe: ManifestRule = {
  id: 'manifest/missing-liveness-probe',
  severity: 'warning',
  preset: 'strict',
  description: 'rules.missingLivenessProbe.description',
  docs: K8S_DOCS + 'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  principle: 'selfHealing',
  equivalents: { kubeLinter: ['no-liveness-probe'], kubeScore: ['pod-probes'], polaris: ['livenessProbeMissing'] },
  scope: 'document',
  check({ file, doc, head }) {
    const spec = podSpecPath(head);
    if (!spec || !isLongRunning(doc, head)) return [];
    const out: Finding[] = [];
    for (const c of servingContainers(containersOf(doc, spec))) {
      if (keyAt(doc, [...c.path, 'livenessProbe'])) continue;
      const [start, end] = containerAnchor(doc, c);
      out.push({ start, end, message: 'rules.missingLivenessProbe.message', params: { container: c.name ?? '?' }, fixes: probeFix(file, c, 'livenessProbe', firstPort(doc, c)) });
    }
    return out;
  },
};
