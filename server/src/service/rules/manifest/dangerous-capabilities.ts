/** Capabilities added beyond the Pod Security Standards' baseline set (P4, least privilege). */
import { isSeq, isScalar } from 'yaml';
import { nodeAt, nodeRange } from '../../yaml/nav';
import { perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

/** What the baseline profile allows to add (the container runtimes' default set). */
const BASELINE = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

export const dangerousCapabilities: ManifestRule = {
  id: 'manifest/dangerous-capabilities',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.dangerousCapabilities.description',
  docs: K8S_DOCS + 'concepts/security/pod-security-standards/#baseline',
  principle: 'security.nonRoot',
  equivalents: { polaris: ['dangerousCapabilities', 'insecureCapabilities'] },
  scope: 'document',
  check({ doc, head }) {
    return perContainer(doc, head, (c): Finding[] => {
      const add = nodeAt(doc, [...c.path, 'securityContext', 'capabilities', 'add']);
      if (!isSeq(add)) return [];
      return add.items.flatMap((item): Finding[] => {
        if (!isScalar(item) || typeof item.value !== 'string') return [];
        const cap = item.value.toUpperCase().replace(/^CAP_/, '');
        if (BASELINE.has(cap)) return [];
        const r = nodeRange(item)!;
        return [{ start: r[0], end: r[1], message: cap === 'ALL' ? 'rules.dangerousCapabilities.all' : 'rules.dangerousCapabilities.message', params: { capability: item.value, container: c.name ?? '?' } }];
      });
    });
  },
};
