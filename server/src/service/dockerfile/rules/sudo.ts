/** DL3004: `sudo` in RUN. */
import { basename } from '../shell';
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { programWords, runs } from './helpers';
import { shellScripts } from '../model';

export const sudo: DockerfileRule = {
  id: 'dockerfile/sudo',
  severity: 'warning',
  description: 'dockerfile.rule.sudo',
  hadolint: ['DL3004'],
  buildkit: null,
  principle: 'nonRoot',
  docs: HADOLINT_WIKI + 'DL3004',
  check(model) {
    const out: Finding[] = [];
    for (const inst of runs(model)) {
      for (const script of shellScripts(model, inst)) {
        for (const command of script.commands) {
          for (const w of programWords(command)) {
            if (basename(w.value) === 'sudo') out.push({ start: w.start, end: w.end, message: 'dockerfile.sudo' });
          }
        }
      }
    }
    return out;
  },
};
