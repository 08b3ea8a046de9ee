/**
 * Names and identifiers the controllers would generate, made deterministic: the same manifest
 * always gives the same pod names, so results can be compared and tested.
 */

/** `utilrand` alphabet: no vowels, no confusable digits. */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** FNV-1a 32-bit over the UTF-16 code units (stable; not Go's hash of the Go struct). */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `rand.SafeEncodeString`: each character mapped into the alphabet. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/** A pod-template-hash / controller-revision-hash look-alike: `SafeEncodeString(fmt.Sprint(fnv32a))`. */
export function templateHash(value: unknown): string {
  return safeEncodeString(String(fnv32a(stableStringify(value))));
}

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: string): () => number {
  let a = fnv32a(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `utilrand.String(n)`: the suffix a `generateName` gets. */
export function randomSuffix(rand: () => number, n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHANUMS[Math.floor(rand() * ALPHANUMS.length)];
  return s;
}

/** A UUID-shaped uid derived from a seed. */
export function uidFor(seed: string): string {
  const r = seededRandom(`uid:${seed}`);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(r() * 4)]}${hex(3)}-${hex(12)}`;
}

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
}
