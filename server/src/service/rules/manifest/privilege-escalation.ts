/** `allowPrivilegeEscalation: true`: setuid binaries can gain root inside the container (P4). */
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { containersOf, podSpecPath } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { isWindowsPod } from '../security';

export const privilegeEscalation: ManifestRule = {
  id: 'manifest/privilege-escalation',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.privilegeEscalation.description',
  docs: K8S_DOCS + 'concepts/security/pod-security-standards/#restricted',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['privilege-escalation-container'], polaris: ['privilegeEscalationAllowed'] },
  scope: 'document',
  check({ doc, head }) {
    const spec = podSpecPath(head);
    if (!spec || isWindowsPod(doc, spec)) return [];
    const out: Finding[] = [];
    for (const c of containersOf(doc, spec)) {
      const node = nodeAt(doc, [...c.path, 'securityContext', 'allowPrivilegeEscalation']);
      const r = nodeRange(node ?? undefined);
      if (r && toValue(doc, node) === true) out.push({ start: r[0], end: r[1], message: 'rules.privilegeEscalation.message', params: { container: c.name ?? '?' } });
    }
    return out;
  },
};
