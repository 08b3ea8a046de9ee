/** DL3002: the final image's last USER is root. */
import { HADOLINT_WIKI, type DockerfileRule } from './rule';
import { isRootUser } from './helpers';

export const rootUser: DockerfileRule = {
  id: 'dockerfile/root-user',
  severity: 'warning',
  description: 'dockerfile.rule.rootUser',
  hadolint: ['DL3002'],
  buildkit: null,
  principle: 'nonRoot',
  docs: HADOLINT_WIKI + 'DL3002',
  check(model) {
    // The last USER the final image inherits: the final stage's, else its parents'.
    for (const stage of model.finalChain) {
      const users = stage.instructions.filter((i) => i.keyword === 'USER');
      if (!users.length) continue;
      const last = users[users.length - 1];
      const arg = last.fact.args[0];
      if (!arg || arg.value.includes('$') || !isRootUser(arg.value)) return [];
      return [{ start: last.base + arg.start, end: last.base + arg.end, message: 'dockerfile.rootUser', params: { user: arg.value } }];
    }
    return [];
  },
};
