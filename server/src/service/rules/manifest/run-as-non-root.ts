/** No `runAsNonRoot: true` and no non-zero `runAsUser`: the image decides, and most run as root (P4). */
import { containersOf, effectiveSecurity, podSpecPath } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { isWindowsPod, securityAnchor, securityContextFix } from '../security';

export const runAsNonRoot: ManifestRule = {
  id: 'manifest/run-as-non-root',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.runAsNonRoot.description',
  docs: K8S_DOCS + 'tasks/configure-pod-container/security-context/',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['run-as-non-root'], kubeScore: ['container-security-context-user-group-id'], polaris: ['runAsRootAllowed'] },
  scope: 'document',
  check({ file, doc, head }) {
    const spec = podSpecPath(head);
    if (!spec || isWindowsPod(doc, spec)) return [];
    const out: Finding[] = [];
    for (const c of containersOf(doc, spec)) {
      const user = effectiveSecurity(doc, spec, c, 'runAsUser');
      const nonRoot = effectiveSecurity(doc, spec, c, 'runAsNonRoot');
      // An explicit UID or an explicit `runAsNonRoot: false` is a decision: run-as-root judges those.
      if (user && typeof user.value === 'number') continue;
      if (nonRoot && (nonRoot.value === true || nonRoot.value === false)) continue;
      if (effectiveSecurity(doc, spec, c, 'windowsOptions')) continue;
      const [start, end] = securityAnchor(doc, c);
      out.push({
        start,
        end,
        message: 'rules.runAsNonRoot.message',
        params: { container: c.name ?? '?' },
        fixes: securityContextFix(file, doc, c, { runAsNonRoot: true }),
      });
    }
    return out;
  },
};
