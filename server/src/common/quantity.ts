/**
 * Kubernetes resource quantities, as apimachinery's `resource.ParseQuantity` reads them.
 *
 * Values are exact rationals (BigInt numerator over a power of ten or one), so `1.5Gi`, `100m`
 * and `1e-3` compare and add without floating-point error. Like Go: a non-zero value is rounded
 * up to a whole nano unit, the magnitude is capped at 2^63-1, `Value()` and `MilliValue()` round up.
 */

export interface Quantity {
  /** Exact value = num / den (den > 0). */
  num: bigint;
  den: bigint;
  /** The text it was parsed from. */
  text: string;
}

const MAX = (1n << 63n) - 1n;
const NANO = 1_000_000_000n;

const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

/** Splits like Go's parseQuantityString: sign, digits, optional `.digits`, then the suffix. */
const SHAPE = /^([+-]?)([0-9]*)(?:\.([0-9]*))?([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/** The quantity, or null when the API server would reject the text. */
export function parseQuantity(text: string): Quantity | null {
  if (text.length === 0) return null;
  const m = SHAPE.exec(text);
  if (!m) return null;
  const [, sign, whole, frac = '', suffix] = m;
  // Go reads a bare sign or "." as zero; an empty string has no number at all.
  const digits = whole + frac;
  let num = digits.length ? BigInt(digits) : 0n;
  let den = 10n ** BigInt(frac.length);

  if (suffix in DECIMAL_SUFFIX) {
    ({ num, den } = scale10(num, den, DECIMAL_SUFFIX[suffix]));
  } else if (suffix in BINARY_SUFFIX) {
    num <<= BigInt(BINARY_SUFFIX[suffix]);
  } else if (/^[eE][-+]?[0-9]+$/.test(suffix)) {
    const exp = Number(suffix.slice(1));
    // Go's interpret() reads the exponent as int32; a larger one is a bad suffix.
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 2 ** 31 - 1) return null;
    if (exp > 1000) {
      // Anything this large is capped anyway; avoid building a huge BigInt.
      if (num !== 0n) return { num: sign === '-' ? -MAX : MAX, den: 1n, text };
    } else if (exp < -1000) {
      if (num !== 0n) return { num: sign === '-' ? -1n : 1n, den: NANO, text };
    } else {
      ({ num, den } = scale10(num, den, exp));
    }
  } else {
    return null;
  }

  if (num !== 0n) {
    // Round up (away from zero) to a whole nano, then cap the magnitude.
    num = ceilDiv(num * NANO, den);
    den = NANO;
    if (num > MAX * NANO) num = MAX * NANO;
    ({ num, den } = reduce(num, den));
  } else {
    den = 1n;
  }
  return { num: sign === '-' ? -num : num, den, text };
}

export function isValidQuantity(text: string): boolean {
  return parseQuantity(text) !== null;
}

/** Go's `Value()`: the integer value, rounded up. */
export function quantityValue(q: Quantity): bigint {
  return ceilDivSigned(q.num, q.den);
}

/** Go's `MilliValue()`: value × 1000, rounded up (CPU in millicores). */
export function quantityMilliValue(q: Quantity): bigint {
  return ceilDivSigned(q.num * 1000n, q.den);
}

/** Compares two quantities exactly: negative, zero or positive. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Millicores as people write them: `4`, `250m`, `1500m`. */
export function formatMilli(milli: bigint): string {
  return milli % 1000n === 0n ? String(milli / 1000n) : `${milli}m`;
}

/** Bytes as people write them: the largest binary suffix that divides exactly (`16Gi`, `200Mi`), else decimal. */
export function formatBytes(bytes: bigint): string {
  if (bytes === 0n) return '0';
  for (const [suffix, exp] of Object.entries(BINARY_SUFFIX).reverse()) {
    const unit = 1n << BigInt(exp);
    if (bytes % unit === 0n) return `${bytes / unit}${suffix}`;
  }
  for (const [suffix, exp] of [['E', 18], ['P', 15], ['T', 12], ['G', 9], ['M', 6], ['k', 3]] as const) {
    const unit = 10n ** BigInt(exp);
    if (bytes % unit === 0n) return `${bytes / unit}${suffix}`;
  }
  return String(bytes);
}

function scale10(num: bigint, den: bigint, exp: number): { num: bigint; den: bigint } {
  return exp >= 0 ? { num: num * 10n ** BigInt(exp), den } : { num, den: den * 10n ** BigInt(-exp) };
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

function ceilDivSigned(a: bigint, b: bigint): bigint {
  if (a >= 0n) return ceilDiv(a, b);
  return a / b; // toward zero = up for negatives
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

function reduce(num: bigint, den: bigint): { num: bigint; den: bigint } {
  const g = gcd(num < 0n ? -num : num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
