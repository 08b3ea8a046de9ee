/**
 * Every rule of every area, as data: what the configuration layer (presets), the generated docs
 * and the settings read. Manifest rules carry their own preset; the Dockerfile rules
 * (../dockerfile/rules) get theirs from the table below, so that area stays as it is.
 */
import { DOCKERFILE_RULES, type DockerfileRule } from '../dockerfile/rules';
import { K8S_RULE_META } from '../k8s/rules';
import { MANIFEST_RULES } from './manifest';
import type { Equivalents, Preset, RuleMeta } from './rule';

/**
 * Dockerfile rules not in `recommended` (every other is): `minimal` holds what breaks a build or
 * silently drops an instruction.
 */
export const DOCKERFILE_PRESETS: Readonly<Record<string, Preset>> = {
  'dockerfile/expose-port-range': 'minimal',
  'dockerfile/copy-from-unknown-stage': 'minimal',
  'dockerfile/duplicate-stage-name': 'minimal',
  'dockerfile/multiple-cmd': 'minimal',
  'dockerfile/multiple-entrypoint': 'minimal',
  'dockerfile/multiple-healthcheck': 'minimal',
};

/** The Dockerfile area's principles, as notes topics. */
const DOCKERFILE_TOPICS: Record<string, string> = {
  oneProcess: 'containers.oneProcess',
  immutable: 'image.immutable',
  lightweight: 'image.light',
  multiStage: 'image.multiStage',
  nonRoot: 'security.nonRoot',
  registry: 'image.registry',
};

function dockerfileMeta(r: DockerfileRule): RuleMeta {
  return {
    id: r.id,
    severity: r.severity,
    preset: DOCKERFILE_PRESETS[r.id] ?? 'recommended',
    description: r.description,
    docs: r.docs,
    principle: r.principle ? DOCKERFILE_TOPICS[r.principle] ?? null : null,
  };
}

export const ALL_RULES: readonly RuleMeta[] = [...MANIFEST_RULES, ...K8S_RULE_META, ...DOCKERFILE_RULES.map(dockerfileMeta)];

const byId = new Map<string, RuleMeta>(ALL_RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}

let equivalents: Map<string, Equivalents> | undefined;

/** Rule ids → the same check in kube-linter, kube-score and Polaris (for their ignore annotations). */
export function equivalentsById(): ReadonlyMap<string, Equivalents> {
  if (!equivalents) {
    equivalents = new Map();
    for (const r of MANIFEST_RULES) if (r.equivalents) equivalents.set(r.id, r.equivalents);
  }
  return equivalents;
}
