/** DL3011: EXPOSE outside 0–65535. The builder rejects it, so it is an error. Variables are expanded. */
import { expandVariables } from '../model';
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';

export const exposePortRange: DockerfileRule = {
  id: 'dockerfile/expose-port-range',
  severity: 'error',
  description: 'dockerfile.rule.exposePortRange',
  hadolint: ['DL3011'],
  buildkit: null,
  principle: null,
  docs: HADOLINT_WIKI + 'DL3011',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'EXPOSE') continue;
        for (const arg of inst.fact.args) {
          const start = inst.base + arg.start;
          const raw = arg.value.replace(/^"(.*)"$/, '$1');
          const value = expandVariables(model, start, raw);
          if (value === null) continue;
          // `port[-port][/proto]`; the builder's own format check reports anything else.
          const m = /^(\d+)(?:-(\d+))?(?:\/\w*)?$/.exec(value);
          if (!m) continue;
          for (const [i, n] of [m[1], m[2]].entries()) {
            if (n === undefined || Number(n) <= 65535) continue;
            // Point at the number itself when the argument is written literally.
            const at = raw === value ? (i === 0 ? 0 : value.indexOf('-') + 1) : -1;
            out.push({
              start: at >= 0 ? start + at + (arg.value.startsWith('"') ? 1 : 0) : start,
              end: at >= 0 ? start + at + n.length + (arg.value.startsWith('"') ? 1 : 0) : inst.base + arg.end,
              message: 'dockerfile.exposeRange',
              params: { port: n },
            });
          }
        }
      }
    }
    return out;
  },
};
