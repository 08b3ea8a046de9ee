import { PRESETS, type Preset } from './rules/rule';

/** What the service can be told by the editor or the CLI. Plain data; the LSP layer fills it in. */
export interface Settings {
  /** `kubeGuide.preset`: which rules are on (`minimal` ⊂ `recommended` ⊂ `strict`); `rules` overrides single ones. */
  preset: Preset;
  hover: {
    /** Show the Korean study notes in hover. */
    notes: boolean;
    /** Show the official (English) Kubernetes / Dockerfile docs in hover. */
    docs: boolean;
  };
  /** Open documents larger than `fullAnalysis` characters get only syntax checks; above `syntaxCheck`, nothing (limits.ts). */
  limits: { fullAnalysis: number; syntaxCheck: number };
  /** The workspace index (cross-document checks): how many files, how large, it reads. */
  workspace: { maxFiles: number; maxFileSize: number };
  notes: {
    /** Further Markdown notes (absolute, `~/…`, or relative to the workspace folder). */
    paths: string[];
  };
  /** Per-rule severity by rule id (`dockerfile/latest-tag`), or `off`; absent ids keep their default. */
  rules: Record<string, RuleLevel>;
}

export type RuleLevel = 'off' | 'error' | 'warning' | 'information' | 'hint';
const RULE_LEVELS: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'];

export const defaultSettings: Settings = {
  preset: 'recommended',
  limits: { fullAnalysis: 1_000_000, syntaxCheck: 5_000_000 },
  workspace: { maxFiles: 5000, maxFileSize: 1_000_000 },
  hover: { notes: true, docs: true },
  notes: { paths: [] },
  rules: {},
};

/** Merges a partial (e.g. from `workspace/configuration`) over the defaults, ignoring junk. */
export function resolveSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const hover = r.hover && typeof r.hover === 'object' ? r.hover : {};
  const notes = r.notes && typeof r.notes === 'object' ? r.notes : {};
  return {
    preset: PRESETS.includes(r.preset) ? r.preset : defaultSettings.preset,
    limits: {
      fullAnalysis: positive(r.limits?.fullAnalysis) ?? defaultSettings.limits.fullAnalysis,
      syntaxCheck: positive(r.limits?.syntaxCheck) ?? defaultSettings.limits.syntaxCheck,
    },
    workspace: {
      maxFiles: positive(r.workspace?.maxFiles) ?? defaultSettings.workspace.maxFiles,
      maxFileSize: positive(r.workspace?.maxFileSize) ?? defaultSettings.workspace.maxFileSize,
    },
    hover: {
      notes: typeof hover.notes === 'boolean' ? hover.notes : defaultSettings.hover.notes,
      docs: typeof hover.docs === 'boolean' ? hover.docs : defaultSettings.hover.docs,
    },
    notes: {
      paths: Array.isArray(notes.paths) ? notes.paths.filter((p: unknown): p is string => typeof p === 'string' && p.trim() !== '') : [],
    },
    rules: resolveRules(r.rules),
  };
}

function resolveRules(raw: unknown): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [id, level] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof level === 'string' && RULE_LEVELS.includes(level)) out[id] = level as RuleLevel;
  }
  return out;
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : undefined;
}
