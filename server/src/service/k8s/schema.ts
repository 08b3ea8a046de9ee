/**
 * Typed access to the Kubernetes schema generated from `kubernetes-types`
 * (server/data/k8s-schema.json, written by scripts/gen-k8s-schema.ts). Types are built lazily
 * from the data and memoized, so startup costs one JSON load.
 */
import type { Path } from '../yaml/nav';

interface FieldData {
  t: string;
  d?: number;
  r?: 1;
  ro?: 1;
  e?: string[];
  ev?: 1;
  def?: string;
}
interface SchemaData {
  source: string;
  docs: string[];
  kinds: [string, string, string][];
  groups: Record<string, string>;
  types: Record<string, { d?: number; f: Record<string, FieldData> }>;
}

// A plain require keeps tsc from typing the 600 KB JSON; esbuild inlines it into the bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DATA: SchemaData = require('../../../data/k8s-schema.json');

export type ScalarName = 'string' | 'integer' | 'number' | 'boolean' | 'quantity' | 'time' | 'int-or-string' | 'any';

export type SchemaType = ObjectType | ArrayType | MapType | ScalarType | UnionType;

export interface ObjectType {
  kind: 'object';
  /** `core/v1.PodSpec` */
  name: string;
  description: string;
  fields: ReadonlyMap<string, Field>;
  /** Required field names, in declaration order. */
  required: readonly string[];
}
export interface ArrayType {
  kind: 'array';
  items: SchemaType;
}
export interface MapType {
  kind: 'map';
  values: SchemaType;
}
export interface ScalarType {
  kind: 'scalar';
  name: ScalarName;
}
export interface UnionType {
  kind: 'union';
  options: SchemaType[];
}

export interface Field {
  name: string;
  /** The type expression from the data (`[]core/v1.Container`, `{}quantity`, `int-or-string`). */
  typeExpr: string;
  readonly type: SchemaType;
  required: boolean;
  /** Set by the system (status, uid, resourceVersion…). */
  readOnly: boolean;
  description: string;
  /** Values the field takes; `enumEnforced` when the API server rejects any other non-empty value. */
  enum?: readonly string[];
  enumEnforced: boolean;
  /** The default as the description states it. */
  default?: string;
  /** The object type that declares the field. */
  owner: string;
}

export interface ResourceSchema {
  apiVersion: string;
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
  type: ObjectType;
}

const objects = new Map<string, ObjectType>();
const parsedExprs = new Map<string, SchemaType>();
const SCALARS = new Set<string>(['string', 'integer', 'number', 'boolean', 'quantity', 'time', 'int-or-string', 'any']);

/** Where the schema comes from: `kubernetes-types@1.30.0`. */
export const SCHEMA_SOURCE = DATA.source;
/** The Kubernetes minor version of the schema: `1.30`. */
export const SCHEMA_VERSION = /@(\d+\.\d+)/.exec(DATA.source)?.[1] ?? '';

export function typeFromExpr(expr: string): SchemaType {
  let t = parsedExprs.get(expr);
  if (t) return t;
  if (expr.includes('|')) t = { kind: 'union', options: splitUnion(expr).map(typeFromExpr) };
  else if (expr.startsWith('[]')) t = { kind: 'array', items: typeFromExpr(expr.slice(2)) };
  else if (expr.startsWith('{}')) t = { kind: 'map', values: typeFromExpr(expr.slice(2)) };
  else if (SCALARS.has(expr)) t = { kind: 'scalar', name: expr as ScalarName };
  else t = objectType(expr) ?? { kind: 'scalar', name: 'any' };
  parsedExprs.set(expr, t);
  return t;
}

/** `A|[]A` → ['A', '[]A'] (unions only appear at the top of an expression). */
function splitUnion(expr: string): string[] {
  return expr.split('|');
}

/** The object type `core/v1.PodSpec`, or undefined. */
export function objectType(name: string): ObjectType | undefined {
  let o = objects.get(name);
  if (o) return o;
  const data = DATA.types[name];
  if (!data) return undefined;
  const fields = new Map<string, Field>();
  const required: string[] = [];
  for (const [fname, f] of Object.entries(data.f)) {
    let type: SchemaType | undefined;
    fields.set(fname, {
      name: fname,
      typeExpr: f.t,
      get type() {
        return (type ??= typeFromExpr(f.t));
      },
      required: !!f.r,
      readOnly: !!f.ro,
      description: f.d === undefined ? '' : DATA.docs[f.d],
      enum: f.e,
      enumEnforced: !!f.ev,
      default: f.def,
      owner: name,
    });
    if (f.r) required.push(fname);
  }
  o = { kind: 'object', name, description: data.d === undefined ? '' : DATA.docs[data.d], fields, required };
  objects.set(name, o);
  return o;
}

// ---- resources ----

const byApiVersionKind = new Map<string, ResourceSchema>();
const kindsByApiVersion = new Map<string, string[]>();
const apiVersionsByKind = new Map<string, string[]>();
const groupVersions = new Map<string, string[]>();
for (const [apiVersion, kind, type] of DATA.kinds) {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const entry = { apiVersion, group, version, kind, typeName: type };
  byApiVersionKind.set(`${apiVersion}/${kind}`, entry as unknown as ResourceSchema);
  push(kindsByApiVersion, apiVersion, kind);
  push(apiVersionsByKind, kind, apiVersion);
  const gv = groupVersions.get(group) ?? [];
  if (!gv.includes(version)) gv.push(version);
  groupVersions.set(group, gv);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The schema of a resource kind, e.g. `schemaFor('apps/v1', 'Deployment')`; undefined when unknown. */
export function schemaFor(apiVersion: string, kind: string): ResourceSchema | undefined {
  const e = byApiVersionKind.get(`${apiVersion}/${kind}`) as (ResourceSchema & { typeName?: string }) | undefined;
  if (!e) return undefined;
  if (!e.type) e.type = objectType(e.typeName!)!;
  return e;
}

/** Every resource kind the schema knows, sorted by kind. */
export function allResources(): ResourceSchema[] {
  return DATA.kinds.map(([a, k]) => schemaFor(a, k)!);
}

/** Kinds served at an apiVersion (`apps/v1` → Deployment, …). */
export function kindsOf(apiVersion: string): readonly string[] {
  return kindsByApiVersion.get(apiVersion) ?? [];
}

/** apiVersions that serve a kind (`Deployment` → apps/v1). */
export function apiVersionsOf(kind: string): readonly string[] {
  return apiVersionsByKind.get(kind) ?? [];
}

/** Every apiVersion the schema knows. */
export function allApiVersions(): string[] {
  return [...kindsByApiVersion.keys()];
}

/** True when the group is served by the API server itself (not a custom resource group). */
export function isBuiltinGroup(group: string): boolean {
  return groupVersions.has(group);
}

/** Versions of a built-in group in the schema. */
export function versionsOfGroup(group: string): readonly string[] {
  return groupVersions.get(group) ?? [];
}

// ---- paths ----

/** Follows one path segment: a field of an object, an entry of a map, an item of an array. */
export function childType(type: SchemaType | undefined, seg: string | number): SchemaType | undefined {
  if (!type) return undefined;
  switch (type.kind) {
    case 'object':
      return typeof seg === 'string' ? type.fields.get(seg)?.type : undefined;
    case 'map':
      return typeof seg === 'string' ? type.values : undefined;
    case 'array':
      return typeof seg === 'number' ? type.items : undefined;
    case 'scalar':
      return type.name === 'any' ? type : undefined;
    case 'union':
      for (const o of type.options) {
        const c = childType(o, seg);
        if (c) return c;
      }
      return undefined;
  }
}

/** The type at `path` below `type` (undefined when the path leaves the schema). */
export function typeAtPath(type: SchemaType | undefined, path: Path): SchemaType | undefined {
  let t = type;
  for (const seg of path) {
    t = childType(t, seg);
    if (!t) return undefined;
  }
  return t;
}

/**
 * The field that the last segment of `path` names (`['spec', 'replicas']` → DeploymentSpec.replicas);
 * undefined when the path ends in a map entry or an array item, or leaves the schema.
 */
export function fieldAtPath(type: SchemaType | undefined, path: Path): Field | undefined {
  if (!path.length) return undefined;
  const parent = typeAtPath(type, path.slice(0, -1));
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  return objectOf(parent)?.fields.get(last);
}

/** The field at `path` of a resource: `fieldAt('apps/v1', 'Deployment', ['spec', 'replicas'])`. */
export function fieldAt(apiVersion: string, kind: string, path: Path): Field | undefined {
  return fieldAtPath(schemaFor(apiVersion, kind)?.type, path);
}

/** The type at `path` of a resource. */
export function typeAt(apiVersion: string, kind: string, path: Path): SchemaType | undefined {
  return typeAtPath(schemaFor(apiVersion, kind)?.type, path);
}

/** The object type of `t`, looking into unions (JSONSchemaProps | []JSONSchemaProps). */
export function objectOf(t: SchemaType | undefined): ObjectType | undefined {
  if (!t) return undefined;
  if (t.kind === 'object') return t;
  if (t.kind === 'union') return t.options.find((o): o is ObjectType => o.kind === 'object');
  return undefined;
}

/** Human form of a type: `[]Container`, `map[string]Quantity`, `integer | string`. */
export function typeLabel(t: SchemaType): string {
  switch (t.kind) {
    case 'object':
      return t.name.slice(t.name.lastIndexOf('.') + 1);
    case 'array':
      return `[]${typeLabel(t.items)}`;
    case 'map':
      return `map[string]${typeLabel(t.values)}`;
    case 'union':
      return t.options.map(typeLabel).join(' | ');
    case 'scalar':
      return t.name === 'quantity' ? 'Quantity' : t.name === 'time' ? 'Time' : t.name === 'int-or-string' ? 'IntOrString' : t.name === 'any' ? 'object' : t.name;
  }
}

/** The module of an object type: `core/v1.PodSpec` → `core/v1`. */
function moduleOf(typeName: string): string {
  return typeName.slice(0, typeName.lastIndexOf('.'));
}

/**
 * The API reference page for an object type, at its anchor:
 * https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#podspec-v1-core
 */
export function referenceUrl(typeName: string): string {
  const mod = moduleOf(typeName);
  const name = typeName.slice(mod.length + 1);
  const version = mod.slice(mod.lastIndexOf('/') + 1);
  const group = (DATA.groups[mod] ?? mod.split('/')[0]).replace(/\./g, '-');
  return `https://kubernetes.io/docs/reference/generated/kubernetes-api/v${SCHEMA_VERSION}/#${name.toLowerCase()}-${version}-${group}`;
}
