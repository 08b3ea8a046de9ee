/** DL3006: a base image without a tag or digest means `:latest`, which moves. */
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { isConcreteImage } from './helpers';

export const untaggedImage: DockerfileRule = {
  id: 'dockerfile/untagged-image',
  severity: 'warning',
  description: 'dockerfile.rule.untaggedImage',
  hadolint: ['DL3006'],
  buildkit: null,
  principle: 'immutable',
  docs: HADOLINT_WIKI + 'DL3006',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      const ref = stage.image;
      if (!ref || !isConcreteImage(stage) || ref.tag !== null || ref.digest !== null) continue;
      out.push({ start: ref.start, end: ref.end, message: 'dockerfile.untaggedImage', params: { image: ref.text } });
    }
    return out;
  },
};
