/** Helpers shared by score plugins (kube-scheduler's plugins/helper). */
import { MAX_NODE_SCORE } from '../framework/interface';

/** `DefaultNormalizeScore`: scale to 0..max by the largest score; `reverse` flips (max − score). */
export function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: number[] | Float64Array): void {
  let maxCount = 0;
  for (const s of scores) if (s > maxCount) maxCount = s;
  if (maxCount === 0) {
    if (reverse) scores.fill(maxPriority);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    let s = Math.trunc((maxPriority * scores[i]) / maxCount);
    if (reverse) s = maxPriority - s;
    scores[i] = s;
  }
}

