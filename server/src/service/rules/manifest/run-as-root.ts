/** `runAsUser: 0` or `runAsNonRoot: false`: the container is meant to run as root (P4). */
import { isMap } from 'yaml';
import { nodeAt, nodeRange, toValue, type Path } from '../../yaml/nav';
import { containersOf, podSpecPath } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { isWindowsPod } from '../security';

export const runAsRoot: ManifestRule = {
  id: 'manifest/run-as-root',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.runAsRoot.description',
  docs: K8S_DOCS + 'concepts/security/pod-security-standards/#restricted',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['run-as-non-root'], polaris: ['runAsRootAllowed'] },
  scope: 'document',
  check({ doc, head }) {
    const spec = podSpecPath(head);
    if (!spec || isWindowsPod(doc, spec)) return [];
    const out: Finding[] = [];
    const contexts: Path[] = [[...spec, 'securityContext'], ...containersOf(doc, spec).map((c) => [...c.path, 'securityContext'])];
    for (const sc of contexts) {
      if (!isMap(nodeAt(doc, sc))) continue;
      for (const [field, bad, message] of [
        ['runAsUser', 0, 'rules.runAsRoot.uid0'],
        ['runAsNonRoot', false, 'rules.runAsRoot.nonRootFalse'],
      ] as const) {
        const node = nodeAt(doc, [...sc, field]);
        const r = nodeRange(node ?? undefined);
        if (r && toValue(doc, node) === bad) out.push({ start: r[0], end: r[1], message });
      }
    }
    return out;
  },
};
