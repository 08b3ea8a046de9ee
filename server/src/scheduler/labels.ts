/**
 * Label and field selectors as apimachinery evaluates them: `metav1.LabelSelectorAsSelector`
 * (matchLabels + In/NotIn/Exists/DoesNotExist), node selector requirements (plus Gt/Lt) and
 * `metadata.name` field requirements. Selectors are compiled once; matching allocates nothing.
 */
import type { NodeSelectorRequirement, NodeSelectorTerm } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';

export type Labels = Readonly<Record<string, string>>;

type Op = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';

interface Requirement {
  key: string;
  op: Op;
  values: readonly string[];
  /** Gt/Lt bound. */
  bound: number;
}

export interface Selector {
  /** No requirements: matches everything (Go's `Empty()`), unless `nothing`. */
  readonly empty: boolean;
  /** `labels.Nothing()`: matches no set (a nil `*LabelSelector`). */
  readonly nothing: boolean;
  matches(labels: Labels | undefined): boolean;
  /** A canonical text, equal for equal selectors: a cache key. */
  readonly key: string;
  /** A label every matching set has one of: `{key, values}` of the first In requirement (for indexes); null if none. */
  readonly hint: { key: string; values: readonly string[] } | null;
}

const hasOwn = Object.prototype.hasOwnProperty;

function get(labels: Labels | undefined, key: string): string | undefined {
  return labels !== undefined && hasOwn.call(labels, key) ? labels[key] : undefined;
}

function reqMatches(r: Requirement, labels: Labels | undefined): boolean {
  const v = get(labels, r.key);
  switch (r.op) {
    case 'In':
      return v !== undefined && r.values.includes(v);
    case 'NotIn':
      return v === undefined || !r.values.includes(v);
    case 'Exists':
      return v !== undefined;
    case 'DoesNotExist':
      return v === undefined;
    case 'Gt':
    case 'Lt': {
      if (v === undefined || !/^[+-]?\d+$/.test(v)) return false;
      const n = Number(v);
      return r.op === 'Gt' ? n > r.bound : n < r.bound;
    }
  }
}

class RequirementSelector implements Selector {
  readonly empty: boolean;
  readonly nothing = false;
  readonly key: string;
  readonly hint: { key: string; values: readonly string[] } | null;
  constructor(private readonly reqs: readonly Requirement[]) {
    this.empty = reqs.length === 0;
    const inReq = reqs.find((r) => r.op === 'In');
    this.hint = inReq ? { key: inReq.key, values: inReq.values } : null;
    this.key = reqs.map((r) => `${r.key}\u0000${r.op}\u0000${r.values.join('\u0001')}`).join('\u0002');
  }
  matches(labels: Labels | undefined): boolean {
    const reqs = this.reqs;
    for (let i = 0; i < reqs.length; i++) if (!reqMatches(reqs[i], labels)) return false;
    return true;
  }
  /** The requirements, for merging selectors (DefaultSelector, matchLabelKeys). */
  requirements(): readonly Requirement[] {
    return this.reqs;
  }
}

export const NOTHING: Selector = Object.freeze({ empty: false, nothing: true, key: '\u0000nothing', hint: { key: '\u0000nothing', values: [] }, matches: () => false });
export const EVERYTHING: Selector = new RequirementSelector([]);

export class SelectorError extends Error {}

function sortReqs(reqs: Requirement[]): Requirement[] {
  // apimachinery sorts requirements by key; values are a sorted set.
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function makeReq(key: string, op: Op, values: readonly string[] | undefined): Requirement {
  const vals = [...new Set(values ?? [])].sort();
  if ((op === 'In' || op === 'NotIn') && vals.length === 0) throw new SelectorError(`values: must be specified when operator is "${op}"`);
  if ((op === 'Exists' || op === 'DoesNotExist') && vals.length > 0) throw new SelectorError(`values: may not be specified when operator is "${op}"`);
  let bound = 0;
  if (op === 'Gt' || op === 'Lt') {
    if (vals.length !== 1 || !/^[+-]?\d+$/.test(vals[0])) throw new SelectorError(`values: for "${op}" operator, exactly one integer value is required`);
    bound = Number(vals[0]);
  }
  return { key, op, values: vals, bound };
}

/** `metav1.LabelSelectorAsSelector`: nil → nothing, `{}` → everything. Throws SelectorError. */
export function labelSelector(sel: LabelSelector | null | undefined): Selector {
  if (sel === null || sel === undefined) return NOTHING;
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push(makeReq(k, 'In', [String(v)]));
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator;
    if (op !== 'In' && op !== 'NotIn' && op !== 'Exists' && op !== 'DoesNotExist') throw new SelectorError(`"${op}" is not a valid label selector operator`);
    reqs.push(makeReq(e.key, op, e.values?.map(String)));
  }
  return new RequirementSelector(sortReqs(reqs));
}

/** `labels.SelectorFromSet` (nodeSelector, Service and RC selectors). An empty set selects everything. */
export function setSelector(set: Record<string, string> | null | undefined): Selector {
  return new RequirementSelector(sortReqs(Object.entries(set ?? {}).map(([k, v]) => makeReq(k, 'In', [String(v)]))));
}

/** A selector that requires all of `a` and all of `b` (Go's `selector.Add(reqs...)`). */
export function andSelectors(a: Selector, b: Selector): Selector {
  if (a.nothing || b.nothing) return NOTHING;
  const ra = a instanceof RequirementSelector ? a.requirements() : [];
  const rb = b instanceof RequirementSelector ? b.requirements() : [];
  return new RequirementSelector(sortReqs([...ra, ...rb]));
}

/** One node selector term: labels (In/NotIn/Exists/DoesNotExist/Gt/Lt) and `metadata.name` fields. */
export interface NodeTermMatcher {
  matches(labels: Labels | undefined, nodeName: string): boolean;
}

function fieldReqs(fields: readonly NodeSelectorRequirement[]): Array<{ key: string; eq: boolean; value: string }> {
  return fields.map((f) => {
    if (f.operator !== 'In' && f.operator !== 'NotIn') throw new SelectorError(`"${f.operator}" is not a valid field selector operator`);
    if (!f.values || f.values.length !== 1) throw new SelectorError('values: must have one element');
    return { key: f.key, eq: f.operator === 'In', value: String(f.values[0]) };
  });
}

/** Compiles a term; `null` when the term is empty (ignored, as Go does). Throws SelectorError. */
export function nodeSelectorTerm(term: NodeSelectorTerm): NodeTermMatcher | null {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return null;
  const labelReqs = exprs.map((e) => {
    const op = e.operator as Op;
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'].includes(op)) throw new SelectorError(`"${e.operator}" is not a valid node selector operator`);
    return makeReq(e.key, op, e.values?.map(String));
  });
  const fieldSel = fieldReqs(fields);
  return {
    matches(labels, nodeName) {
      for (const r of labelReqs) if (!reqMatches(r, labels)) return false;
      // Go skips field matching when the node has no fields (an empty name); ours always have one.
      for (const f of fieldSel) {
        const v = f.key === 'metadata.name' ? nodeName : undefined;
        if (f.eq ? v !== f.value : v === f.value) return false;
      }
      return true;
    },
  };
}
