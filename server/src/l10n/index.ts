/**
 * The one message catalogue: every user-facing string of the server and CLI, in English and Korean.
 * Each feature area keeps its table in `messages/<area>.ts`; `catalog.ts` joins them.
 */
import { catalog, type MessageKey } from './catalog';

export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** A localized text: both languages are required, so a missing translation fails type-checking. */
export interface Localized {
  en: string;
  ko: string;
}

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → Korean; anything else (or nothing) → English. */
export function resolveLocale(tag: string | undefined | null): Locale {
  return tag && /^ko(?:$|[-_.@])/i.test(tag.trim()) ? 'ko' : 'en';
}

/** The CLI's locale, POSIX order: the first non-empty of LC_ALL, LC_MESSAGES, LANG. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v) return resolveLocale(v);
  }
  return 'en';
}

export type Params = Record<string, string | number>;

/** Replaces `{name}` with params.name; unknown placeholders stay visible so a mistake shows. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function localize(locale: Locale, text: Localized, params?: Params): string {
  return format(text[locale], params);
}

/** The catalogue message `key` in `locale`. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  return localize(locale, catalog[key], params);
}

export type { MessageKey };
