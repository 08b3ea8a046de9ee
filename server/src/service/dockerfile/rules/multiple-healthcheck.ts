/** DL3012 / BuildKit MultipleInstructionsDisallowed: only the last HEALTHCHECK of a stage takes effect. */
import { buildkitDocs, type DockerfileRule } from './rule';
import { earlierDuplicates } from './helpers';

export const multipleHealthcheck: DockerfileRule = {
  id: 'dockerfile/multiple-healthcheck',
  severity: 'warning',
  description: 'dockerfile.rule.multipleHealthcheck',
  hadolint: ['DL3012'],
  buildkit: 'MultipleInstructionsDisallowed',
  principle: null,
  docs: buildkitDocs('MultipleInstructionsDisallowed'),
  check: (model) => earlierDuplicates(model, 'HEALTHCHECK'),
};
