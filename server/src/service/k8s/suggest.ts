/** "Did you mean …": the closest candidate to a misspelt word, or nothing when none is close. */

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const cl = c.toLowerCase();
    // Lengths that differ by more than the largest limit cannot be close: spare the table.
    if (Math.abs(cl.length - lower.length) > 3) continue;
    // Same letters, different case (`containerport`, `ImagePullPolicy`): the likeliest slip.
    const score = cl === lower ? 0 : distance(lower, cl);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  return bestScore <= limit ? best : undefined;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions): the typo measure
 * of "did you mean" here and of the cross-document rules' near misses.
 */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
