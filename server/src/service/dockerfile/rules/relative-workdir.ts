/**
 * DL3000 / BuildKit WorkdirRelativePath: the first WORKDIR of a stage (and of the stages it is
 * built FROM) is relative, so it depends on the base image's working directory. Later relative
 * WORKDIRs build on it and are fine, as BuildKit has it.
 */
import type { Stage } from '../model';
import { buildkitDocs, type DockerfileRule, type Finding } from './rule';

export const relativeWorkdir: DockerfileRule = {
  id: 'dockerfile/relative-workdir',
  severity: 'warning',
  description: 'dockerfile.rule.relativeWorkdir',
  hadolint: ['DL3000'],
  buildkit: 'WorkdirRelativePath',
  principle: null,
  docs: buildkitDocs('WorkdirRelativePath'),
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      if (inheritsWorkdir(stage)) continue;
      const first = stage.instructions.find((i) => i.keyword === 'WORKDIR');
      const arg = first?.fact.args[0];
      if (!first || !arg || isAbsolute(arg.value)) continue;
      const path = arg.value;
      out.push({
        start: first.base + arg.start,
        end: first.base + arg.end,
        message: 'dockerfile.relativeWorkdir',
        params: { path },
        fixes: [{ title: 'dockerfile.fix.workdirAbsolute', params: { path: '/' + path.replace(/^\.\//, '') }, edits: [{ start: first.base + arg.start, end: first.base + arg.end, newText: '/' + path.replace(/^\.\//, '') }], preferred: true }],
      });
    }
    return out;
  },
};

function inheritsWorkdir(stage: Stage): boolean {
  for (let s = stage.parent, n = 0; s && n < 64; s = s.parent, n++) if (s.instructions.some((i) => i.keyword === 'WORKDIR')) return true;
  return false;
}

/** Absolute on Linux or Windows; a variable may hold an absolute path, so it counts as one. */
function isAbsolute(path: string): boolean {
  const p = path.replace(/^["']|["']$/g, '');
  return p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\');
}
