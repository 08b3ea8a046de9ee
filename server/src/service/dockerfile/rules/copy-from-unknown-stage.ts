/**
 * DL3022/DL3023: `COPY --from=` (and `RUN --mount=from=`) naming no earlier stage. An unknown name
 * is pulled as an image (a warning); the stage itself or a later stage fails the build (an error).
 */
import type { DockerfileModel, Inst, Stage } from '../model';
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';

export const copyFromUnknownStage: DockerfileRule = {
  id: 'dockerfile/copy-from-unknown-stage',
  severity: 'warning',
  description: 'dockerfile.rule.copyFromUnknownStage',
  hadolint: ['DL3022', 'DL3023'],
  buildkit: null,
  principle: 'multiStage',
  docs: HADOLINT_WIKI + 'DL3022',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      for (const inst of stage.instructions) {
        for (const ref of stageReferences(inst)) {
          const f = checkReference(model, stage, ref);
          if (f) out.push(f);
        }
      }
    }
    return out;
  },
};

interface Reference {
  value: string;
  start: number;
  end: number;
}

/** `COPY --from=x` and `RUN --mount=…,from=x`. */
export function stageReferences(inst: Inst): Reference[] {
  const refs: Reference[] = [];
  for (const f of inst.fact.flags) {
    if (inst.keyword === 'COPY' && f.name === 'from' && f.value) {
      refs.push({ value: f.value, start: inst.base + f.valueStart, end: inst.base + f.valueEnd });
    }
    if (inst.keyword === 'RUN' && f.name === 'mount') {
      for (const o of f.options) {
        if (o.name.toLowerCase() === 'from' && o.value) refs.push({ value: o.value, start: inst.base + o.valueStart, end: inst.base + o.end });
      }
    }
  }
  return refs;
}

function checkReference(model: DockerfileModel, stage: Stage, ref: Reference): Finding | null {
  const v = ref.value;
  // Variables, image references (`nginx:1.27`, `ghcr.io/x/y`) and stage indexes are not names.
  if (v.includes('$') || /[:/@]/.test(v)) return null;
  if (/^\d+$/.test(v)) {
    const index = Number(v);
    if (index === stage.index) return { ...ref, message: 'dockerfile.copyFromSelf', params: { stage: v }, severity: 'error', hadolint: 'DL3023' };
    if (index > stage.index) return { ...ref, message: 'dockerfile.copyFromLater', params: { stage: v }, severity: 'error' };
    return null;
  }
  const lower = v.toLowerCase();
  const named = model.stages.filter((s) => s.name?.toLowerCase() === lower);
  if (named.some((s) => s.index < stage.index)) return null;
  if (stage.name?.toLowerCase() === lower) {
    return { ...ref, message: 'dockerfile.copyFromSelf', params: { stage: v }, severity: 'error', hadolint: 'DL3023' };
  }
  if (named.length) return { ...ref, message: 'dockerfile.copyFromLater', params: { stage: v }, severity: 'error' };
  const earlier = model.stages.filter((s) => s.index < stage.index && s.name).map((s) => '`' + s.name + '`');
  return { ...ref, message: 'dockerfile.copyFromUnknownStage', params: { stage: v, stages: earlier.join(', ') || '—' }, hadolint: 'DL3022' };
}
