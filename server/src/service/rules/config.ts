/**
 * The configuration every rule shares (manifest, Dockerfile and schema rules alike): a preset
 * and per-rule severities keyed by rule id. `kubeGuide.preset` picks which rules are on;
 * `kubeGuide.rules` overrides single rules (`"manifest/missing-cpu-limit": "warning"`, `"off"`).
 */
import { PRESETS, SEVERITIES, type Preset, type RuleMeta, type Severity } from './rule';

export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface RulesConfig {
  preset: Preset;
  /** Per-rule overrides by id. */
  rules: Readonly<Record<string, SeveritySetting>>;
}

export const defaultRulesConfig: RulesConfig = { preset: 'recommended', rules: {} };

/** The rules configuration of the service's settings (`kubeGuide.preset`, `kubeGuide.rules`). */
export function rulesConfig(settings: { preset: Preset; rules: Readonly<Record<string, SeveritySetting>> }): RulesConfig {
  return { preset: settings.preset, rules: settings.rules };
}

/** Reads `preset` and `rules` from raw settings (anything else is ignored; aliases like "warn" are accepted). */
export function resolveRulesConfig(raw: { preset?: unknown; rules?: unknown } | undefined | null): RulesConfig {
  const preset = PRESETS.includes(raw?.preset as Preset) ? (raw!.preset as Preset) : defaultRulesConfig.preset;
  const rules: Record<string, SeveritySetting> = {};
  if (raw?.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    for (const [id, v] of Object.entries(raw.rules as Record<string, unknown>)) {
      const s = severitySetting(v);
      if (s) rules[id] = s;
    }
  }
  return { preset, rules };
}

const ALIASES: Record<string, SeveritySetting> = { warn: 'warning', info: 'information', none: 'off', false: 'off', ignore: 'off' };

export function severitySetting(v: unknown): SeveritySetting | undefined {
  if (typeof v === 'boolean') return v ? undefined : 'off';
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if ((SEVERITY_SETTINGS as readonly string[]).includes(s)) return s as SeveritySetting;
  return ALIASES[s];
}

/** True when `preset` includes rules that start at `from`. */
export function presetIncludes(preset: Preset, from: Preset): boolean {
  return PRESETS.indexOf(from) <= PRESETS.indexOf(preset);
}

/**
 * The severity a finding shows with, or 'off'. A per-rule setting (or one for its area, `manifest/*`) wins; otherwise the rule is on
 * when the preset includes it, with the finding's own severity (a milder variant) or the rule's.
 * Codes no rule declares (YAML syntax) are always on unless a setting turns them off.
 */
export function severityFor(config: RulesConfig, id: string, meta: Pick<RuleMeta, 'severity' | 'preset'> | undefined, own?: Severity): SeveritySetting {
  // An id, then its area (`"manifest/*": "off"`).
  const slash = id.indexOf('/');
  const set = config.rules[id] ?? (slash > 0 ? config.rules[id.slice(0, slash) + '/*'] : undefined);
  if (set) return set;
  if (!meta) return own ?? 'warning';
  return presetIncludes(config.preset, meta.preset) ? (own ?? meta.severity) : 'off';
}

/** Whether a rule runs at all (something could show): skips the work for rules that are off. */
export function isEnabled(config: RulesConfig, meta: Pick<RuleMeta, 'id' | 'severity' | 'preset'>): boolean {
  return severityFor(config, meta.id, meta) !== 'off';
}

export { SEVERITIES };
