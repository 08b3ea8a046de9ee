/** Label selectors as the API server evaluates them (apimachinery labels.Selector). */

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A LabelSelector from its JS value (junk entries dropped). */
export function labelSelector(value: unknown): LabelSelector | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const out: LabelSelector = {};
  if (v.matchLabels && typeof v.matchLabels === 'object') {
    out.matchLabels = {};
    for (const [k, x] of Object.entries(v.matchLabels as object)) if (x !== null && typeof x !== 'object') out.matchLabels[k] = String(x);
  }
  if (Array.isArray(v.matchExpressions)) {
    out.matchExpressions = [];
    for (const e of v.matchExpressions) {
      if (!e || typeof e !== 'object' || typeof e.key !== 'string' || typeof e.operator !== 'string') continue;
      out.matchExpressions.push({ key: e.key, operator: e.operator, values: Array.isArray(e.values) ? e.values.map(String) : undefined });
    }
  }
  return out;
}

/** True when the selector has no requirement (it selects everything; Services: nothing). */
export function isEmptySelector(s: LabelSelector): boolean {
  return !Object.keys(s.matchLabels ?? {}).length && !(s.matchExpressions ?? []).length;
}

export function selectorMatches(s: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of s.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[e.key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false; // the API server rejects an unknown operator
    }
  }
  return true;
}

/** A Service selector (a plain map) selects labels that carry every pair. An empty one selects nothing. */
export function mapSelects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}
