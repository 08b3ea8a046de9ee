/** No USER in the final image: the container runs as root (hadolint#989 asks for this; no tool has it). */
import { repositoryKey } from '../image';
import type { DockerfileModel, Stage } from '../model';
import { BEST_PRACTICES, type DockerfileRule, type Fix } from './rule';
import { baseRunsAsNonRoot, finalRoot } from './helpers';

export const missingUser: DockerfileRule = {
  id: 'dockerfile/missing-user',
  severity: 'warning',
  description: 'dockerfile.rule.missingUser',
  hadolint: [],
  buildkit: null,
  principle: 'nonRoot',
  docs: BEST_PRACTICES + '#user',
  check(model) {
    const final = model.finalStage;
    const root = finalRoot(model);
    if (!final || !root) return [];
    if (model.finalChain.some((s) => s.instructions.some((i) => i.keyword === 'USER'))) return [];
    if (baseRunsAsNonRoot(root)) return [];
    const from = final.from;
    const user = suggestedUser(root);
    return [
      {
        start: from.base + from.fact.keywordStart,
        end: from.base + from.fact.end,
        message: 'dockerfile.missingUser',
        fixes: [addUserFix(model, final, user)],
      },
    ];
  },
};

/** A user that exists in the base image: distroless's `nonroot`, node's `node`, a bare uid for scratch. */
function suggestedUser(root: Stage): string {
  const key = root.image ? repositoryKey(root.image) : '';
  if (key === 'scratch') return '65534:65534';
  if (key.startsWith('gcr.io/distroless/')) return 'nonroot:nonroot';
  if (key === 'node' || key.endsWith('/node')) return 'node';
  return 'nobody';
}

/** `USER <user>` before the first CMD/ENTRYPOINT of the stage, or after its last instruction. */
function addUserFix(model: DockerfileModel, stage: Stage, user: string): Fix {
  const anchor = stage.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' || i.keyword === 'HEALTHCHECK');
  let at: number;
  let newText: string;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  if (anchor) {
    at = anchor.unit.start;
    newText = `USER ${user}${eol}`;
  } else {
    const last = stage.instructions.length ? stage.instructions[stage.instructions.length - 1] : stage.from;
    at = last.unit.start + last.unit.length;
    newText = `${eol}USER ${user}`;
  }
  return { title: 'dockerfile.fix.addUser', params: { user }, edits: [{ start: at, end: at, newText }], preferred: true };
}
