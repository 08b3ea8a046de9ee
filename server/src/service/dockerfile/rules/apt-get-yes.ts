/** DL3014: `apt-get install` without `-y` stops at its confirmation prompt, which a build cannot answer. */
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { aptCalls, aptSubcommand, runs, type AptCall } from './helpers';

export const aptGetYes: DockerfileRule = {
  id: 'dockerfile/apt-get-yes',
  severity: 'warning',
  description: 'dockerfile.rule.aptGetYes',
  hadolint: ['DL3014'],
  buildkit: null,
  principle: null,
  docs: HADOLINT_WIKI + 'DL3014',
  check(model) {
    const out: Finding[] = [];
    for (const inst of runs(model)) {
      for (const call of aptCalls(model, inst)) {
        // `yes | apt-get install …` answers the prompt too.
        if (aptSubcommand(call) !== 'install' || assumesYes(call) || call.stdinFrom === 'yes') continue;
        out.push(aptFinding(call, 'dockerfile.aptGetYes', { title: 'dockerfile.fix.addYes', insert: ' -y' }));
      }
    }
    return out;
  },
};

function assumesYes(call: AptCall): boolean {
  return call.options.some((w, i) => {
    const v = w.value;
    if (v === '--yes' || v === '--assume-yes' || v === '-qq' || v === '-q=2' || v === '--quiet=2') return true;
    if (/^-[a-zA-Z]*y[a-zA-Z]*$/.test(v)) return true;
    const option = v.startsWith('-o') && v.length > 2 ? v.slice(2) : v.startsWith('--option=') ? v.slice(9) : v === '-o' || v === '--option' ? (call.options[i + 1]?.value ?? '') : '';
    return /^APT::Get::Assume-Yes=(?:true|1|yes)$/i.test(option);
  });
}

/** A finding on `apt-get … install`, with a fix that inserts after `install`. */
export function aptFinding(call: AptCall, message: 'dockerfile.aptGetYes' | 'dockerfile.aptNoInstallRecommends', fix: { title: 'dockerfile.fix.addYes' | 'dockerfile.fix.addNoInstallRecommends'; insert: string }): Finding {
  const words = call.command.words;
  const program = words[call.program];
  const sub = words[call.subcommand];
  return {
    start: program.start,
    end: sub.end,
    message,
    fixes: [{ title: fix.title, edits: [{ start: sub.end, end: sub.end, newText: fix.insert }], preferred: true }],
  };
}
