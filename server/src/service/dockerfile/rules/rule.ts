/**
 * What a Dockerfile rule is: data (id, default severity, messages, the equivalent hadolint code
 * and BuildKit check, the notes' principle, a docs link) and one pure check over the model.
 * The id is also the settings key (`kubeGuide.rules`) and the suppression id.
 */
import type { MessageKey, Params } from '../../../l10n';
import type { DockerfileModel } from '../model';
import type { Fix, Severity } from '../../rules/rule';

/** Severities, edits and fixes are the same for every area's rules (../../rules/rule.ts). */
export type { Edit, Fix } from '../../rules/rule';
export type RuleSeverity = Severity;

/** The ideas of chapter 1 of the notes (1.1 도커 복습). */
export type Principle = 'oneProcess' | 'immutable' | 'lightweight' | 'multiStage' | 'nonRoot' | 'registry';

export interface Finding {
  /** Absolute offsets of exactly what is wrong (the tag, the flag, the word). */
  start: number;
  end: number;
  message: MessageKey;
  params?: Params;
  /** Overrides the rule's default (a variant the builder rejects outright, say). */
  severity?: RuleSeverity;
  /** When a rule maps to several hadolint codes, the one this finding is. */
  hadolint?: string;
  fixes?: Fix[];
  unnecessary?: boolean;
  deprecated?: boolean;
}

export interface DockerfileRule {
  /** `dockerfile/<name>`. */
  id: string;
  severity: RuleSeverity;
  /** A one-line description for docs and settings. */
  description: MessageKey;
  hadolint: string[];
  buildkit: string | null;
  principle: Principle | null;
  /** Where the rule is explained (BuildKit's check page, hadolint's wiki, Docker's docs). */
  docs: string;
  check(model: DockerfileModel): Finding[];
}

export const HADOLINT_WIKI = 'https://github.com/hadolint/hadolint/wiki/';
export const BUILDKIT_CHECKS = 'https://docs.docker.com/reference/build-checks/';
export const BEST_PRACTICES = 'https://docs.docker.com/build/building/best-practices/';

/** `JSONArgsRecommended` → `json-args-recommended`, as Docker's docs name the pages. */
export function buildkitDocs(name: string): string {
  return BUILDKIT_CHECKS + name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase() + '/';
}
