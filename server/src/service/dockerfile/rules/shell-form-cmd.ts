/**
 * DL3025 / BuildKit JSONArgsRecommended: CMD or ENTRYPOINT in shell form. `/bin/sh -c` becomes
 * PID 1 and does not pass SIGTERM on, so `docker stop` waits 10 s and kills the app.
 * Like BuildKit, a stage that sets SHELL chose its shell on purpose: no finding.
 */
import type { DockerfileModel, Inst, Stage } from '../model';
import { lexShell } from '../shell';
import { buildkitDocs, type DockerfileRule, type Finding, type Fix } from './rule';

export const shellFormCmd: DockerfileRule = {
  id: 'dockerfile/shell-form-cmd',
  severity: 'warning',
  description: 'dockerfile.rule.shellFormCmd',
  hadolint: ['DL3025'],
  buildkit: 'JSONArgsRecommended',
  principle: 'oneProcess',
  docs: buildkitDocs('JSONArgsRecommended'),
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      if (setsShell(stage)) continue;
      for (const inst of stage.instructions) {
        if ((inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') || inst.fact.json || !inst.fact.args.length) continue;
        // `CMD ['a']`: the builder's JSON-in-single-quotes warning already says what is wrong.
        if (/^\[\s*'/.test(inst.fact.args[0].value)) continue;
        const start = inst.base + inst.fact.argsStart;
        const end = inst.base + inst.fact.argsEnd;
        const fix = execFormFix(model, inst);
        out.push({ start, end, message: 'dockerfile.shellFormCmd', params: { instruction: inst.keyword }, fixes: fix ? [fix] : undefined });
      }
    }
    return out;
  },
};

function setsShell(stage: Stage): boolean {
  for (let s: Stage | null = stage, n = 0; s && n < 64; s = s.parent, n++) if (s.instructions.some((i) => i.keyword === 'SHELL')) return true;
  return false;
}

/** `CMD node server.js` → `CMD ["node", "server.js"]`, when nothing in it needs a shell. */
function execFormFix(model: DockerfileModel, inst: Inst): Fix | null {
  const start = inst.base + inst.fact.argsStart;
  const end = inst.base + inst.fact.argsEnd;
  const script = lexShell(model.text, start, end, model.escape);
  if (script.needsShell || script.commands.length !== 1 || script.commands[0].terminator) return null;
  const words = script.commands[0].words.map((w) => w.value);
  if (!words.length || words.some((w) => w.startsWith('['))) return null;
  return {
    title: 'dockerfile.fix.execForm',
    edits: [{ start, end, newText: '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']' }],
    preferred: true,
  };
}
