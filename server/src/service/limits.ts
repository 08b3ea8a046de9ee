/**
 * How much analysis a document gets for its size. Every feature is linear or close to it, but
 * an editor asks again on every keystroke and cursor move: on a huge file (a generated bundle, a
 * log pasted into a `.yaml`) full analysis would keep the server busy, and requests would queue
 * behind it. Above `limits.fullAnalysis` characters only syntax is checked (and the outline,
 * folding and selection, which come from the same parse); above `limits.syntaxCheck` nothing is.
 * The file then carries one information diagnostic that says so and names the setting.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { t, type Locale } from '../l10n';
import type { Settings } from './settings';

export type AnalysisLevel = 'full' | 'syntax' | 'none';

export const TOO_LARGE_CODE = 'kube-guide/too-large';

/**
 * Dockerfiles get a fifth of the limits: dockerfile-ast takes 1–2 µs a character (a 1 MB RUN line
 * is seconds of parsing), and a real Dockerfile is a few KB, so 200 KB is already not one.
 */
export const DOCKERFILE_LIMIT_SHARE = 5;

/** The limits for a kind of file. */
export function limitsFor(limits: Settings['limits'], dockerfile: boolean): Settings['limits'] {
  if (!dockerfile) return limits;
  return { fullAnalysis: Math.floor(limits.fullAnalysis / DOCKERFILE_LIMIT_SHARE), syntaxCheck: Math.floor(limits.syntaxCheck / DOCKERFILE_LIMIT_SHARE) };
}

export function analysisLevel(size: number, limits: Settings['limits']): AnalysisLevel {
  if (size > limits.syntaxCheck) return 'none';
  if (size > limits.fullAnalysis) return 'syntax';
  return 'full';
}

/** `3.4 MB`, `870 KB`: a size as people read it (characters, close to bytes for manifests). */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(chars / 1000))} KB`;
}

/** The notice at the top of a file that gets less than full analysis. */
export function tooLargeDiagnostic(level: Exclude<AnalysisLevel, 'full'>, size: number, settingLimits: Settings['limits'], locale: Locale, dockerfile = false): Diagnostic {
  const limits = limitsFor(settingLimits, dockerfile);
  const key = dockerfile ? (level === 'syntax' ? 'limits.syntaxOnlyDockerfile' : 'limits.nothingDockerfile') : level === 'syntax' ? 'limits.syntaxOnly' : 'limits.nothing';
  const limit = level === 'syntax' ? limits.fullAnalysis : limits.syntaxCheck;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'Kube Guide',
    code: TOO_LARGE_CODE,
    message: t(locale, key, { size: formatSize(size), limit: formatSize(limit), setting: level === 'syntax' ? 'kubeGuide.limits.fullAnalysis' : 'kubeGuide.limits.syntaxCheck' }),
  };
}

/**
 * Whether a file too large to parse looks like a manifest (a top-level `apiVersion:` and `kind:`
 * near the top): only then is the notice ours to give. Reads at most the first 64 KB.
 */
export function looksLikeManifest(text: string): boolean {
  const head = text.slice(0, 65536);
  return /^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head);
}
