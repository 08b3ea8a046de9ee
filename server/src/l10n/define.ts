import type { Localized } from './index';

/** Typed helper for a messages table; every value must have both `en` and `ko`. */
export function defineMessages<T extends Record<string, Localized>>(table: T): T {
  return table;
}
