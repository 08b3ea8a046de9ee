/** DL3015: `apt-get install` also installs recommended packages unless told not to. Final image only. */
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { aptCalls, aptSubcommand, runs } from './helpers';
import { aptFinding } from './apt-get-yes';

export const aptNoInstallRecommends: DockerfileRule = {
  id: 'dockerfile/apt-no-install-recommends',
  severity: 'information',
  description: 'dockerfile.rule.aptNoInstallRecommends',
  hadolint: ['DL3015'],
  buildkit: null,
  principle: 'lightweight',
  docs: HADOLINT_WIKI + 'DL3015',
  check(model) {
    const out: Finding[] = [];
    // Only what ships: a build stage's size does not reach the final image.
    for (const inst of runs(model, model.finalChain)) {
      for (const call of aptCalls(model, inst)) {
        if (aptSubcommand(call) !== 'install') continue;
        const off = call.options.some((w, i) => {
          const v = w.value;
          if (v === '--no-install-recommends') return true;
          const option = v.startsWith('-o') && v.length > 2 ? v.slice(2) : v.startsWith('--option=') ? v.slice(9) : v === '-o' || v === '--option' ? (call.options[i + 1]?.value ?? '') : '';
          return /^APT::Install-Recommends=(?:false|0|no)$/i.test(option);
        });
        if (!off) out.push(aptFinding(call, 'dockerfile.aptNoInstallRecommends', { title: 'dockerfile.fix.addNoInstallRecommends', insert: ' --no-install-recommends' }));
      }
    }
    return out;
  },
};
