/**
 * DL3009: `apt-get update` leaves /var/lib/apt/lists in the layer unless the same RUN removes it.
 * A cache or tmpfs mount on apt's directories keeps them out of the layer (hadolint#1095): no finding.
 * Final image only: a build stage's lists never ship.
 */
import type { DockerfileModel, Inst } from '../model';
import { basename } from '../shell';
import { HADOLINT_WIKI, type DockerfileRule, type Finding, type Fix } from './rule';
import { aptCalls, aptSubcommand, mounts, runCommands, runs } from './helpers';

export const aptListsCleanup: DockerfileRule = {
  id: 'dockerfile/apt-lists-cleanup',
  severity: 'information',
  description: 'dockerfile.rule.aptListsCleanup',
  hadolint: ['DL3009'],
  buildkit: null,
  principle: 'lightweight',
  docs: HADOLINT_WIKI + 'DL3009',
  check(model) {
    const out: Finding[] = [];
    for (const inst of runs(model, model.finalChain)) {
      const updates = aptCalls(model, inst).filter((c) => aptSubcommand(c) === 'update');
      if (!updates.length || cachesApt(inst) || removesLists(model, inst)) continue;
      const fix = cleanupFix(model, inst);
      for (const call of updates) {
        const words = call.command.words;
        out.push({ start: words[call.program].start, end: words[call.subcommand].end, message: 'dockerfile.aptListsCleanup', fixes: fix ? [fix] : undefined });
      }
    }
    return out;
  },
};

function cachesApt(inst: Inst): boolean {
  return mounts(inst).some((m) => {
    if (m.type !== 'cache' && m.type !== 'tmpfs') return false;
    const target = m.options.get('target') ?? m.options.get('dst') ?? m.options.get('destination') ?? '';
    return /^\/var\/(?:lib|cache)\/apt(?:\/|$)/.test(target ?? '');
  });
}

function removesLists(model: DockerfileModel, inst: Inst): boolean {
  return runCommands(model, inst).some((rc) => {
    const words = rc.command.words;
    return basename(words[rc.program].value) === 'rm' && words.slice(rc.program + 1).some((w) => /^\/var\/lib\/apt\/lists(?:\/|$)/.test(w.value));
  });
}

/** Appends `&& rm -rf /var/lib/apt/lists/*` to a one-line-script RUN (not to heredocs). */
function cleanupFix(model: DockerfileModel, inst: Inst): Fix | null {
  if (inst.fact.heredocs.length || inst.fact.json) return null;
  const end = inst.base + inst.fact.argsEnd;
  const tail = model.text.slice(inst.base + inst.fact.argsStart, end).trimEnd();
  const joiner = /(?:;|&&|\|\|)$/.test(tail) ? ' ' : ' && ';
  return { title: 'dockerfile.fix.cleanAptLists', edits: [{ start: end, end, newText: joiner + 'rm -rf /var/lib/apt/lists/*' }] };
}
