/** DL4003 / BuildKit MultipleInstructionsDisallowed: only the last CMD of a stage takes effect. */
import { buildkitDocs, type DockerfileRule } from './rule';
import { earlierDuplicates } from './helpers';

export const multipleCmd: DockerfileRule = {
  id: 'dockerfile/multiple-cmd',
  severity: 'warning',
  description: 'dockerfile.rule.multipleCmd',
  hadolint: ['DL4003'],
  buildkit: 'MultipleInstructionsDisallowed',
  principle: 'oneProcess',
  docs: buildkitDocs('MultipleInstructionsDisallowed'),
  check: (model) => earlierDuplicates(model, 'CMD'),
};
