/** `privileged: true`: every capability and the node's devices (P4, least privilege). */
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const privileged: ManifestRule = {
  id: 'manifest/privileged',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.privileged.description',
  docs: K8S_DOCS + 'concepts/security/pod-security-standards/#baseline',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['privileged-container'], kubeScore: ['container-security-context-privileged'], polaris: ['runAsPrivileged'] },
  scope: 'document',
  check({ doc, head }) {
    return perContainer(doc, head, (c): Finding[] => {
      const node = nodeAt(doc, [...c.path, 'securityContext', 'privileged']);
      const r = nodeRange(node ?? undefined);
      return r && toValue(doc, node) === true ? [{ start: r[0], end: r[1], message: 'rules.privileged.message', params: { container: c.name ?? '?' } }] : [];
    });
  },
};
