/**
 * A Secret manifest with its values: base64 is an encoding, not encryption, so anyone who reads
 * the repository reads the secret (P12, data management). Encrypted forms (SealedSecret, SOPS)
 * or creating it in the cluster keep it out of the files.
 */
import { isMap, type Node, type Pair } from 'yaml';
import { nodeAt, toValue } from '../../yaml/nav';
import { keyAt } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

const PLACEHOLDER = /^(|<[^<>]*>|\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|change[-_ ]?me|replace[-_ ]?me|todo|tbd|x{3,}|\*{3,}|placeholder|dummy|secret|password)$/i;

function decodeBase64(v: string): string {
  return /^[A-Za-z0-9+/=\s]*$/.test(v) ? Buffer.from(v, 'base64').toString('utf8') : v;
}

export const secretCommitted: ManifestRule = {
  id: 'manifest/secret-committed',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.secretCommitted.description',
  docs: K8S_DOCS + 'concepts/security/secrets-good-practices/',
  principle: 'config.data',
  scope: 'document',
  check({ doc, head }) {
    if (head.apiVersion !== 'v1' || head.kind !== 'Secret') return [];
    const out: Finding[] = [];
    for (const field of ['data', 'stringData']) {
      const map = nodeAt(doc, [field]);
      if (!isMap(map)) continue;
      // Empty or placeholder values (`change-me`, `<password>`, `${DB_PASS}`) are for a pipeline or a person to fill in.
      const keys = (map.items as Pair<Node, Node>[]).filter((p) => {
        const v = toValue(doc, p.value as Node | null);
        if (v === null || v === '') return false;
        const text = field === 'data' && typeof v === 'string' ? decodeBase64(v) : String(v);
        return !PLACEHOLDER.test(text.trim());
      });
      if (!keys.length) continue;
      const r = keyAt(doc, [field])!;
      out.push({ start: r[0], end: r[1], message: field === 'data' ? 'rules.secretCommitted.data' : 'rules.secretCommitted.stringData', params: { count: keys.length } });
    }
    return out;
  },
};
