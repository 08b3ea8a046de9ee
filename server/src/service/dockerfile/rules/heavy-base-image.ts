/**
 * A large base image for the final image (notes 1.1, 사이즈별 이미지: ubuntu, centos, UBI are
 * large; alpine and distroless small; scratch minimal), with a lighter one to use instead.
 */
import { imageFacts } from '../data/images';
import { BEST_PRACTICES, type DockerfileRule } from './rule';
import { finalRoot, isConcreteImage } from './helpers';
import { buildsSomething } from './toolchain-final-stage';

export const heavyBaseImage: DockerfileRule = {
  id: 'dockerfile/heavy-base-image',
  severity: 'information',
  description: 'dockerfile.rule.heavyBaseImage',
  hadolint: [],
  buildkit: null,
  principle: 'lightweight',
  docs: BEST_PRACTICES + '#choose-the-right-base-image',
  check(model) {
    const root = finalRoot(model);
    if (!root || !isConcreteImage(root)) return [];
    const ref = root.image!;
    const facts = imageFacts(ref);
    if (facts.size !== 'large') return [];
    // A toolchain image that builds here gets the multi-stage advice instead.
    if (facts.toolchain && buildsSomething(model)) return [];
    return [
      {
        start: ref.start,
        end: ref.end,
        message: 'dockerfile.heavyBaseImage',
        params: { image: ref.text, suggestions: facts.lighter.map((s) => '`' + s + '`').join(', ') },
      },
    ];
  },
};
