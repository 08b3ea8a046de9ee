/**
 * DL3024 / BuildKit DuplicateStageName: two stages with one name (names ignore case). BuildKit
 * builds it, with the later stage winning, so it is a warning.
 */
import { buildkitDocs, type DockerfileRule, type Finding } from './rule';

export const duplicateStageName: DockerfileRule = {
  id: 'dockerfile/duplicate-stage-name',
  severity: 'warning',
  description: 'dockerfile.rule.duplicateStageName',
  hadolint: ['DL3024'],
  buildkit: 'DuplicateStageName',
  principle: 'multiStage',
  docs: buildkitDocs('DuplicateStageName'),
  check(model) {
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        out.push({ start: stage.nameStart, end: stage.nameEnd, message: 'dockerfile.duplicateStageName', params: { name: stage.name, line: model.lines.lineOf(first) + 1 } });
      } else seen.set(key, stage.nameStart);
    }
    return out;
  },
};
