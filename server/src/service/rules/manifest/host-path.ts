/** hostPath volumes: the node's filesystem inside the pod (P4, least privilege). */
import { isSeq } from 'yaml';
import { nodeAt } from '../../yaml/nav';
import { keyAt, podSpecPath, valueAt } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

/** Paths that hand the node over: its root, its config, the container runtime's socket. */
const SENSITIVE = /^\/(|etc|root|proc|sys|boot|dev|var\/run|run|var\/lib\/kubelet|var\/lib\/docker)\/?$|\.sock$/;

export const hostPath: ManifestRule = {
  id: 'manifest/host-path',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.hostPath.description',
  docs: K8S_DOCS + 'concepts/storage/volumes/#hostpath',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['sensitive-host-mounts', 'docker-sock'], polaris: ['hostPathSet'] },
  scope: 'document',
  check({ doc, head }) {
    const spec = podSpecPath(head);
    if (!spec) return [];
    const volumes = nodeAt(doc, [...spec, 'volumes']);
    if (!isSeq(volumes)) return [];
    const out: Finding[] = [];
    volumes.items.forEach((_, i) => {
      const r = keyAt(doc, [...spec, 'volumes', i, 'hostPath']);
      if (!r) return;
      const path = valueAt(doc, [...spec, 'volumes', i, 'hostPath', 'path']);
      const p = typeof path === 'string' ? path : '';
      out.push({ start: r[0], end: r[1], message: SENSITIVE.test(p) ? 'rules.hostPath.sensitive' : 'rules.hostPath.message', params: { path: p || '?' } });
    });
    return out;
  },
};
