/** The same environment variable twice in a container: the API server keeps the last, silently. */
import { isSeq } from 'yaml';
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const duplicateEnv: ManifestRule = {
  id: 'manifest/duplicate-env',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.duplicateEnv.description',
  docs: K8S_DOCS + 'tasks/inject-data-application/define-environment-variable-container/',
  principle: 'config.data',
  equivalents: { kubeLinter: ['duplicate-env-var'], kubeScore: ['environment-variable-key-duplication'] },
  scope: 'document',
  check({ file, doc, head }) {
    return perContainer(doc, head, (c) => {
      const env = nodeAt(doc, [...c.path, 'env']);
      if (!isSeq(env)) return [];
      const out: Finding[] = [];
      const first = new Map<string, [number, number]>();
      env.items.forEach((_, i) => {
        const node = nodeAt(doc, [...c.path, 'env', i, 'name']);
        const name = toValue(doc, node);
        const r = nodeRange(node ?? undefined);
        if (typeof name !== 'string' || !r) return;
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, r);
          return;
        }
        out.push({
          start: r[0],
          end: r[1],
          message: 'rules.duplicateEnv.message',
          params: { name, container: c.name ?? '?', line: file.lines.lineOf(earlier[0]) + 1 },
          related: [{ at: { start: earlier[0], end: earlier[1] }, message: 'rules.duplicateEnv.related', params: { name } }],
        });
      });
      return out;
    });
  },
};
