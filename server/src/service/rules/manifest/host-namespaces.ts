/** hostNetwork / hostPID / hostIPC: the pod shares the node's namespaces (P4, least privilege). */
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { podSpecPath } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

export const hostNamespaces: ManifestRule = {
  id: 'manifest/host-namespaces',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.hostNamespaces.description',
  docs: K8S_DOCS + 'concepts/security/pod-security-standards/#baseline',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['host-network', 'host-pid', 'host-ipc'], polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'] },
  scope: 'document',
  check({ doc, head }) {
    const spec = podSpecPath(head);
    if (!spec) return [];
    const out: Finding[] = [];
    for (const field of FIELDS) {
      const node = nodeAt(doc, [...spec, field]);
      const r = nodeRange(node ?? undefined);
      if (r && toValue(doc, node) === true) out.push({ start: r[0], end: r[1], message: `rules.hostNamespaces.${field}` });
    }
    return out;
  },
};
