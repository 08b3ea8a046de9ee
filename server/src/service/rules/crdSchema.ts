/**
 * Validation of a custom resource against the `openAPIV3Schema` of its CustomResourceDefinition,
 * as the API server does it (structural schemas, apiextensions.k8s.io): types (with nullable and
 * x-kubernetes-int-or-string), required fields, unknown fields (unless preserved:
 * x-kubernetes-preserve-unknown-fields, additionalProperties, embedded resources, v1beta1's
 * preserveUnknownFields), enum, pattern, numeric and length bounds, allOf/anyOf/oneOf/not.
 * Works on the YAML tree so every problem has the exact range of its key or value.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { MessageKey, Params } from '../../l10n';
import { keyString, type YamlDoc } from '../yaml/parse';
import { formatPath, nodeRange, resolveAlias, toValue, type Path } from '../yaml/nav';

export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  nullable?: boolean;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
}

export interface SchemaProblem {
  start: number;
  end: number;
  message: MessageKey;
  params: Params;
  /** An unknown key: its nearest known sibling, for "did you mean". */
  suggestion?: string;
}

interface Walk {
  doc: YamlDoc;
  out: SchemaProblem[];
  /** Unknown fields are kept (v1beta1 default). */
  preserve: boolean;
}

/** Problems of a whole custom resource (apiVersion, kind and metadata are the API server's own). */
export function validateResource(doc: YamlDoc, schema: Schema, preserveUnknown: boolean): SchemaProblem[] {
  const root = resolveAlias(doc, doc.tree.contents as Node | null);
  const w: Walk = { doc, out: [], preserve: preserveUnknown };
  if (!isMap(root) || !schema || typeof schema !== 'object') return w.out;
  const rootSchema: Schema = { ...schema, properties: { ...schema.properties } };
  for (const k of ['apiVersion', 'kind', 'metadata']) rootSchema.properties![k] = { 'x-kubernetes-preserve-unknown-fields': true };
  check(w, root, rootSchema, [], null);
  return w.out;
}

function typeOf(doc: YamlDoc, node: Node): string {
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  const v = isScalar(node) ? node.value : toValue(doc, node);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'bigint') return 'integer';
  return typeof v; // string, boolean
}

const span = (node: Node | null | undefined, fallback: [number, number]) => nodeRange(node ?? undefined) ?? fallback;

/** Validates `node` at `path`; `keyNode` is its key (for findings about what it lacks). */
function check(w: Walk, raw: Node, schema: Schema, path: Path, keyNode: Node | null): void {
  const node = resolveAlias(w.doc, raw);
  if (!node || !schema || typeof schema !== 'object') return;
  const at = span(node, [0, 0]);
  const where = formatPath(path) || '(root)';
  const t = typeOf(w.doc, node);
  if (t === 'null') return; // null is pruned or defaulted, never rejected for its type
  // Combinators check the value as a whole.
  for (const sub of schema.allOf ?? []) check(w, node, sub, path, keyNode);
  for (const [list, exactlyOne] of [[schema.anyOf, false], [schema.oneOf, true]] as const) {
    if (!list?.length) continue;
    const passing = list.filter((sub) => quietly(w, node, sub, path)).length;
    if (exactlyOne ? passing !== 1 : passing === 0) w.out.push({ start: at[0], end: at[1], message: exactlyOne ? 'rules.crd.oneOf' : 'rules.crd.anyOf', params: { path: where, count: list.length } });
  }
  if (schema.not && quietly(w, node, schema.not, path)) w.out.push({ start: at[0], end: at[1], message: 'rules.crd.not', params: { path: where } });

  const expected = schema['x-kubernetes-int-or-string'] ? 'int-or-string' : schema.type;
  if (expected && !typeMatches(expected, t)) {
    w.out.push({ start: at[0], end: at[1], message: 'rules.crd.type', params: { path: where, expected, actual: t } });
    return;
  }
  const value = isScalar(node) ? node.value : undefined;
  if (schema.enum && isScalar(node) && !schema.enum.some((e) => e === value || (typeof e === 'number' && Number(value) === e && typeof value === 'number'))) {
    w.out.push({ start: at[0], end: at[1], message: 'rules.crd.enum', params: { path: where, value: String(value), allowed: schema.enum.map((e) => JSON.stringify(e)).join(', ') } });
  }
  if (typeof value === 'string') {
    if (schema.pattern !== undefined) {
      const re = compile(schema.pattern);
      if (re && !re.test(value)) w.out.push({ start: at[0], end: at[1], message: 'rules.crd.pattern', params: { path: where, value, pattern: schema.pattern } });
    }
    const n = [...value].length;
    if (schema.minLength !== undefined && n < schema.minLength) w.out.push({ start: at[0], end: at[1], message: 'rules.crd.minLength', params: { path: where, limit: schema.minLength } });
    if (schema.maxLength !== undefined && n > schema.maxLength) w.out.push({ start: at[0], end: at[1], message: 'rules.crd.maxLength', params: { path: where, limit: schema.maxLength } });
  }
  if (typeof value === 'number') {
    const low = schema.minimum !== undefined && (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum);
    const high = schema.maximum !== undefined && (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum);
    if (low) w.out.push({ start: at[0], end: at[1], message: schema.exclusiveMinimum ? 'rules.crd.exclusiveMinimum' : 'rules.crd.minimum', params: { path: where, value, limit: schema.minimum! } });
    if (high) w.out.push({ start: at[0], end: at[1], message: schema.exclusiveMaximum ? 'rules.crd.exclusiveMaximum' : 'rules.crd.maximum', params: { path: where, value, limit: schema.maximum! } });
  }
  if (isSeq(node)) {
    const n = node.items.length;
    if (schema.minItems !== undefined && n < schema.minItems) w.out.push({ start: at[0], end: at[1], message: 'rules.crd.minItems', params: { path: where, limit: schema.minItems } });
    if (schema.maxItems !== undefined && n > schema.maxItems) w.out.push({ start: at[0], end: at[1], message: 'rules.crd.maxItems', params: { path: where, limit: schema.maxItems } });
    if (schema.items) (node.items as Node[]).forEach((item, i) => check(w, item, schema.items!, [...path, i], null));
  }
  if (isMap(node)) checkObject(w, node, schema, path, keyNode);
}

function checkObject(w: Walk, node: YAMLMap, schema: Schema, path: Path, keyNode: Node | null): void {
  const pairs = (node.items as Pair<Node, Node>[]).filter((p) => keyString(p.key) !== null && keyString(p.key) !== '<<');
  const present = new Set(pairs.map((p) => keyString(p.key)!));
  const where = formatPath(path) || '(root)';
  const parentAt = span(keyNode, span(node, [0, 0]));
  for (const req of schema.required ?? []) {
    if (!present.has(req)) w.out.push({ start: parentAt[0], end: parentAt[1], message: 'rules.crd.required', params: { path: where, field: req } });
  }
  if (schema.minProperties !== undefined && present.size < schema.minProperties) w.out.push({ start: parentAt[0], end: parentAt[1], message: 'rules.crd.minProperties', params: { path: where, limit: schema.minProperties } });
  if (schema.maxProperties !== undefined && present.size > schema.maxProperties) w.out.push({ start: parentAt[0], end: parentAt[1], message: 'rules.crd.maxProperties', params: { path: where, limit: schema.maxProperties } });
  const props = schema.properties ?? {};
  const additional = schema.additionalProperties;
  const keepsUnknown = w.preserve || schema['x-kubernetes-preserve-unknown-fields'] === true || additional === true;
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  for (const p of pairs) {
    const key = keyString(p.key)!;
    const sub = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : typeof additional === 'object' ? additional : undefined;
    if (sub) {
      if (p.value) check(w, p.value as Node, sub, [...path, key], p.key as Node);
      continue;
    }
    if (keepsUnknown || (embedded && ['apiVersion', 'kind', 'metadata'].includes(key))) continue;
    // Combinators may name the field (allOf of property sets): known if any branch has it.
    if ([...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((s) => s?.properties && key in s.properties)) continue;
    const r = span(p.key as Node, [0, 0]);
    const names = Object.keys(props);
    w.out.push({ start: r[0], end: r[1], message: names.length ? 'rules.crd.unknownField' : 'rules.crd.noFields', params: { path: where, key, fields: names.slice(0, 12).join(', ') }, suggestion: nearest(key, names) });
  }
}

/** Whether `node` passes `schema` (for anyOf / oneOf / not), without reporting. */
function quietly(w: Walk, node: Node, schema: Schema, path: Path): boolean {
  const probe: Walk = { ...w, out: [] };
  check(probe, node, schema, path, null);
  return probe.out.length === 0;
}

function typeMatches(expected: string, actual: string): boolean {
  if (expected === 'int-or-string') return actual === 'integer' || actual === 'string';
  if (expected === 'number') return actual === 'number' || actual === 'integer';
  return expected === actual;
}

const compiled = new Map<string, RegExp | null>();
/** The pattern as a JavaScript RegExp (ECMA 262, as the schema says); null when it does not compile here. */
function compile(pattern: string): RegExp | null {
  if (!compiled.has(pattern)) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      try {
        re = new RegExp(pattern);
      } catch {
        re = null;
      }
    }
    compiled.set(pattern, re);
  }
  return compiled.get(pattern)!;
}

function nearest(key: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const n of names) {
    const d = lev(key.toLowerCase(), n.toLowerCase());
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best;
}

function lev(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
