/** DL3007: `:latest` moves, so the same Dockerfile builds different images. */
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { isConcreteImage } from './helpers';

export const latestTag: DockerfileRule = {
  id: 'dockerfile/latest-tag',
  severity: 'warning',
  description: 'dockerfile.rule.latestTag',
  hadolint: ['DL3007'],
  buildkit: null,
  principle: 'immutable',
  docs: HADOLINT_WIKI + 'DL3007',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      const ref = stage.image;
      // A digest pins the image whatever the tag says.
      if (!ref || !isConcreteImage(stage) || ref.tag !== 'latest' || ref.digest !== null) continue;
      out.push({ start: ref.tagStart, end: ref.tagEnd, message: 'dockerfile.latestTag', params: { image: ref.text.slice(0, ref.tagStart - ref.start - 1) } });
    }
    return out;
  },
};
