/** Go int64 arithmetic on JS numbers: exact while values are safe integers, BigInt beyond. */

const SAFE = Number.MAX_SAFE_INTEGER;

/** floor(a * m / b) for non-negative integers, exactly (Go's `a * m / b` on int64). */
export function mulDiv(a: number, m: number, b: number): number {
  const x = a * m;
  if (x <= SAFE && b <= SAFE) {
    let q = Math.floor(x / b);
    // The float quotient may round up across an integer; correct it.
    if (q * b > x) q--;
    else if ((q + 1) * b <= x) q++;
    return q;
  }
  return Number((BigInt(a) * BigInt(m)) / BigInt(b));
}
