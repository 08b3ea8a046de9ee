/** DL4000 / BuildKit MaintainerDeprecated: MAINTAINER → `LABEL org.opencontainers.image.authors`. */
import { buildkitDocs, type DockerfileRule, type Finding } from './rule';
import { onKeyword } from './helpers';

export const maintainer: DockerfileRule = {
  id: 'dockerfile/maintainer',
  severity: 'warning',
  description: 'dockerfile.rule.maintainer',
  hadolint: ['DL4000'],
  buildkit: 'MaintainerDeprecated',
  principle: null,
  docs: buildkitDocs('MaintainerDeprecated'),
  check(model) {
    const out: Finding[] = [];
    for (const inst of model.instructions) {
      if (inst.keyword !== 'MAINTAINER') continue;
      const author = model.text.slice(inst.base + inst.fact.argsStart, inst.base + inst.fact.argsEnd).trim();
      const fixes = author && !/[\r\n]/.test(author)
        ? [
            {
              title: 'dockerfile.fix.maintainerToLabel' as const,
              edits: [{ start: inst.base + inst.fact.start, end: inst.base + inst.fact.end, newText: `LABEL org.opencontainers.image.authors=${JSON.stringify(author.replace(/^"(.*)"$/, '$1'))}` }],
              preferred: true,
            },
          ]
        : undefined;
      out.push(onKeyword(inst, { message: 'dockerfile.maintainer', deprecated: true, fixes }));
    }
    return out;
  },
};
