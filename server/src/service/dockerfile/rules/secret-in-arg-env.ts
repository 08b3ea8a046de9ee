/**
 * DL3064 / BuildKit SecretsUsedInArgOrEnv: an ARG or ENV named like a secret. Its value stays in
 * the image history (`docker history`). BuildKit's own word list and matching, exactly.
 */
import { buildkitDocs, type DockerfileRule, type Finding } from './rule';

const DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public)(?:_|$)/i;

export function looksSecret(name: string): boolean {
  return DENY.test(name) && !ALLOW.test(name);
}

export const secretInArgEnv: DockerfileRule = {
  id: 'dockerfile/secret-in-arg-env',
  severity: 'warning',
  description: 'dockerfile.rule.secretInArgEnv',
  hadolint: ['DL3064'],
  buildkit: 'SecretsUsedInArgOrEnv',
  principle: null,
  docs: buildkitDocs('SecretsUsedInArgOrEnv'),
  check(model) {
    const out: Finding[] = [];
    for (const inst of model.instructions) {
      if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
      for (const p of inst.fact.properties) {
        if (!looksSecret(p.name)) continue;
        out.push({
          start: inst.base + p.nameStart,
          end: inst.base + p.nameEnd,
          message: 'dockerfile.secretName',
          params: { instruction: inst.keyword, name: p.name, id: p.name.toLowerCase() },
        });
      }
    }
    return out;
  },
};
