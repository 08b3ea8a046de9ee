/** DL4004 / BuildKit MultipleInstructionsDisallowed: only the last ENTRYPOINT of a stage takes effect. */
import { buildkitDocs, type DockerfileRule } from './rule';
import { earlierDuplicates } from './helpers';

export const multipleEntrypoint: DockerfileRule = {
  id: 'dockerfile/multiple-entrypoint',
  severity: 'warning',
  description: 'dockerfile.rule.multipleEntrypoint',
  hadolint: ['DL4004'],
  buildkit: 'MultipleInstructionsDisallowed',
  principle: 'oneProcess',
  docs: buildkitDocs('MultipleInstructionsDisallowed'),
  check: (model) => earlierDuplicates(model, 'ENTRYPOINT'),
};
