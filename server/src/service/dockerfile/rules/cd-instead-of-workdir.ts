/** DL3003: `cd` in RUN (outside a `( … )` subshell) lasts for that RUN only; WORKDIR lasts. */
import { shellScripts } from '../model';
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { programWords, runs } from './helpers';

export const cdInsteadOfWorkdir: DockerfileRule = {
  id: 'dockerfile/cd-instead-of-workdir',
  severity: 'warning',
  description: 'dockerfile.rule.cdInsteadOfWorkdir',
  hadolint: ['DL3003'],
  buildkit: null,
  principle: null,
  docs: HADOLINT_WIKI + 'DL3003',
  check(model) {
    const out: Finding[] = [];
    for (const inst of runs(model)) {
      for (const script of shellScripts(model, inst)) {
        for (const command of script.commands) {
          if (command.subshell) continue;
          const words = programWords(command);
          const cd = words[words.length - 1];
          if (cd && cd.value === 'cd') out.push({ start: cd.start, end: cd.end, message: 'dockerfile.cdInsteadOfWorkdir' });
        }
      }
    }
    return out;
  },
};
