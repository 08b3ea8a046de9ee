#!/usr/bin/env -S node --import tsx
/**
 * Generates server/data/k8s-schema.json from the `kubernetes-types` declarations with the
 * TypeScript compiler API: every interface (fields, types, required, read-only, descriptions),
 * the apiVersion/kind literals of each resource, enum values and defaults stated in descriptions
 * (plus the reviewed table in k8s-schema-facts.ts). The server loads the JSON; it never parses TypeScript.
 *
 *   node --import tsx scripts/gen-k8s-schema.ts          # writes the file
 *   node --import tsx scripts/gen-k8s-schema.ts --check  # exits 1 when the file is stale
 *
 * Type expressions in the output (a small grammar the server reads in k8s/schema.ts):
 *   string | number | integer | boolean | quantity | time | int-or-string | any
 *   <module>.<Name>   an object type, e.g. core/v1.PodSpec
 *   []T  a list of T;  {}T  a map from string to T;  A|B  either
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { ENUMS, EXTRA_FIELDS, FLOAT_FIELDS, FREE_FORM_TYPES, NOT_REQUIRED, REQUIRED } from './k8s-schema-facts';

const root = join(__dirname, '..');
const typesDir = join(root, 'node_modules', 'kubernetes-types');
export const SCHEMA_FILE = join(root, 'server', 'data', 'k8s-schema.json');

export interface FieldOut {
  /** Type expression. */
  t: string;
  /** Index of the description in `docs`. */
  d?: number;
  /** Required. */
  r?: 1;
  /** Read-only (set by the system). */
  ro?: 1;
  /** Enum values. */
  e?: string[];
  /** 1 when the API server rejects values outside `e`; otherwise `e` only feeds completion and hover. */
  ev?: 1;
  /** The default, as the description states it. */
  def?: string;
}

export interface TypeOut {
  d?: number;
  f: Record<string, FieldOut>;
}

export interface SchemaOut {
  $generatedBy: string;
  source: string;
  docs: string[];
  /** [apiVersion, kind, type] for every resource kind. */
  kinds: [string, string, string][];
  /** Module → API group, for reference links (`core/v1` → `core`, `rbac/v1` → `rbac.authorization.k8s.io`). */
  groups: Record<string, string>;
  types: Record<string, TypeOut>;
}

function listDts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listDts(p));
    else if (name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** `…/kubernetes-types/apps/v1.d.ts` → `apps/v1`. */
function moduleId(file: string): string {
  return relative(typesDir, file).replace(/\\/g, '/').replace(/\.d\.ts$/, '');
}

function jsDocText(node: ts.Node): string {
  const parts: string[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (ts.isJSDoc(doc)) {
      const c = ts.getTextOfJSDocComment(doc.comment);
      if (c) parts.push(c);
    }
  }
  return parts.join('\n').trim();
}

/**
 * "Defaults to X." / "Default is X." → X, when X reads as a value of the field: a number, a quoted
 * string, a boolean, a path, or a word of the right kind (descriptions also say "defaults to the …").
 */
export function defaultFrom(doc: string, type: string, values?: string[]): string | undefined {
  const m = /\b(?:Defaults? (?:to|is)|Default value is|defaults to|default is|The default is|The default value is)\s+("[^"]*"|'[^']*'|`[^`]*`|[^\s.,;()]+(?:\.[0-9]+)?)/.exec(doc);
  if (!m) return undefined;
  const v = m[1].replace(/^['`]|['`]$/g, '"');
  if (/^"/.test(v) || /^-?[0-9]/.test(v) || /^\//.test(v)) return v;
  if (v === 'true' || v === 'false') return type === 'boolean' ? v : undefined;
  if (values?.includes(v)) return v;
  if (type === 'string' && /^[A-Za-z][A-Za-z0-9-]*$/.test(v) && !/^(to|no|empty|user|the|nil|none|unset|a|an|all)$/.test(v)) return v;
  return undefined;
}

/** Enum values a description states ("One of A, B, C.", "Must be A, B, or C.", "Valid values are …"). */
export function enumFrom(doc: string): string[] | undefined {
  const m =
    /\b(?:One of|one of|Must be one of|must be one of|Must be|Valid values are|valid values are|Valid options are|Can be|Supports|Acceptable values are:?|Supported values:|allowed values are)\s+((?:["'`]?[A-Za-z][A-Za-z0-9-]*["'`]?)(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:["'`]?[A-Za-z][A-Za-z0-9-]*["'`]?))+)\s*[.(]/.exec(doc);
  if (!m) return undefined;
  const values = m[1]
    .split(/,?\s+(?:and|or)\s+|,\s*/)
    .map((v) => v.replace(/^["'`]|["'`]$/g, ''))
    .filter((v) => v && !/^(the|a|an|either|empty|set|specified)$/i.test(v));
  return values.length >= 2 ? values : undefined;
}

export function generateSchema(): SchemaOut {
  const files = listDts(typesDir).filter((f) => !/(^|\/)(version)\.d\.ts$/.test(moduleId(f)));
  const docs: string[] = [];
  const docIndex = new Map<string, number>();
  const doc = (text: string): number | undefined => {
    if (!text) return undefined;
    let i = docIndex.get(text);
    if (i === undefined) {
      i = docs.length;
      docs.push(text);
      docIndex.set(text, i);
    }
    return i;
  };

  // First pass: which names each module declares, and what aliases mean.
  const declared = new Map<string, Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>>();
  const sources = new Map<string, ts.SourceFile>();
  for (const file of files) {
    const id = moduleId(file);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    sources.set(id, sf);
    const names = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
    for (const st of sf.statements) {
      if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) names.set(st.name.text, st);
    }
    declared.set(id, names);
  }

  const types: Record<string, TypeOut> = {};
  const kinds: [string, string, string][] = [];
  const groups: Record<string, string> = { 'core/v1': 'core', 'meta/v1': 'meta' };

  for (const [id, sf] of sources) {
    // Imported names → their module.
    const scope = new Map<string, string>();
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
        const target = join(dirname(id), st.moduleSpecifier.text).replace(/\\/g, '/');
        for (const el of st.importClause.namedBindings.elements) scope.set(el.name.text, target);
      }
    }
    for (const name of declared.get(id)!.keys()) scope.set(name, id);

    const typeExpr = (node: ts.TypeNode): string => {
      if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
      if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
      if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
      if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return 'string';
      if (ts.isArrayTypeNode(node)) return '[]' + typeExpr(node.elementType);
      if (ts.isParenthesizedTypeNode(node)) return typeExpr(node.type);
      if (ts.isUnionTypeNode(node)) {
        const parts = node.types.map(typeExpr);
        if (parts.length === 2 && parts.includes('number') && parts.includes('string')) return 'int-or-string';
        return parts.join('|');
      }
      if (ts.isTypeLiteralNode(node)) {
        const index = node.members.find(ts.isIndexSignatureDeclaration);
        if (index && node.members.length === 1) return '{}' + typeExpr(index.type);
        throw new Error(`${id}: unsupported inline object type: ${node.getText()}`);
      }
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
        const n = node.typeName.text;
        if (n === 'Array' && node.typeArguments?.length === 1) return '[]' + typeExpr(node.typeArguments[0]);
        const mod = scope.get(n);
        if (!mod) throw new Error(`${id}: unknown type ${n}`);
        return refExpr(mod, n);
      }
      throw new Error(`${id}: unsupported type node ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
    };

    /** A named type: aliases are inlined, empty interfaces are free-form. */
    const refExpr = (mod: string, name: string): string => {
      const full = `${mod}.${name}`;
      if (full === 'api/resource.Quantity') return 'quantity';
      if (full === 'meta/v1.Time' || full === 'meta/v1.MicroTime') return 'time';
      if (FREE_FORM_TYPES.includes(full)) return 'any';
      const decl = declared.get(mod)?.get(name);
      if (!decl) throw new Error(`${id}: ${full} is not declared`);
      if (ts.isTypeAliasDeclaration(decl)) {
        // Only the JSONSchemaProps unions are aliases besides the scalars above; their module is the same.
        if (mod !== id) throw new Error(`${id}: alias ${full} from another module`);
        return typeExpr(decl.type);
      }
      if (decl.members.length === 0) return 'any';
      return full;
    };

    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st) || st.members.length === 0) continue;
      const full = `${id}.${st.name.text}`;
      if (FREE_FORM_TYPES.includes(full)) continue;
      const out: TypeOut = { f: {} };
      const d = doc(jsDocText(st));
      if (d !== undefined) out.d = d;
      let apiVersion: string | undefined;
      let kind: string | undefined;
      for (const m of st.members) {
        if (!ts.isPropertySignature(m) || !m.type) throw new Error(`${full}: unsupported member ${m.getText()}`);
        const fname = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
        const text = jsDocText(m);
        let t = typeExpr(m.type);
        if (t === 'number' && !FLOAT_FIELDS.includes(`${full}.${fname}`)) t = 'integer';
        const f: FieldOut = { t };
        const di = doc(text);
        if (di !== undefined) f.d = di;
        if ((!m.questionToken && !NOT_REQUIRED.includes(`${full}.${fname}`)) || REQUIRED.includes(`${full}.${fname}`)) f.r = 1;
        if (m.modifiers?.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword)) f.ro = 1;
        const known = ENUMS[`${full}.${fname}`];
        const stated = enumFrom(text);
        if (known) {
          f.e = known.values;
          if (known.enforced) f.ev = 1;
        } else if (stated && (t === 'string' || t === '[]string')) {
          f.e = stated;
        }
        const def = defaultFrom(text, t, f.e);
        if (def !== undefined) f.def = def;
        out.f[fname] = f;
        if (fname === 'apiVersion' && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal)) apiVersion = m.type.literal.text;
        if (fname === 'kind' && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal)) kind = m.type.literal.text;
      }
      for (const [fname, extra] of Object.entries(EXTRA_FIELDS[full] ?? {})) {
        if (out.f[fname]) throw new Error(`k8s-schema-facts: ${full}.${fname} exists now; drop it from EXTRA_FIELDS`);
        out.f[fname] = { t: extra.t, d: doc(extra.doc) };
      }
      out.f = Object.fromEntries(Object.entries(out.f).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      types[full] = out;
      if (apiVersion && kind) {
        kinds.push([apiVersion, kind, full]);
        groups[id] ??= apiVersion.includes('/') ? apiVersion.split('/')[0] : 'core';
      }
    }
  }
  for (const name of [...NOT_REQUIRED, ...REQUIRED]) {
    const i = name.lastIndexOf('.');
    if (!types[name.slice(0, i)]?.f[name.slice(i + 1)]) throw new Error(`k8s-schema-facts: ${name} is not a field`);
  }
  for (const [name, facts] of Object.entries(ENUMS)) {
    const i = name.lastIndexOf('.');
    if (!types[name.slice(0, i)]?.f[name.slice(i + 1)]) throw new Error(`k8s-schema-facts: ${name} is not a field`);
    void facts;
  }
  kinds.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  const pkg = JSON.parse(readFileSync(join(typesDir, 'package.json'), 'utf8')) as { version: string };
  return {
    $generatedBy: 'scripts/gen-k8s-schema.ts from kubernetes-types; do not edit, run `npm run gen:schema`',
    source: `kubernetes-types@${pkg.version}`,
    docs,
    kinds,
    groups: Object.fromEntries(Object.entries(groups).sort()),
    types: Object.fromEntries(Object.entries(types).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** The file's text: one type per line, so diffs stay readable. */
export function renderSchema(s: SchemaOut): string {
  const lines = ['{'];
  lines.push(`"$generatedBy": ${JSON.stringify(s.$generatedBy)},`);
  lines.push(`"source": ${JSON.stringify(s.source)},`);
  lines.push(`"groups": ${JSON.stringify(s.groups)},`);
  lines.push('"kinds": [');
  lines.push(s.kinds.map((k) => JSON.stringify(k)).join(',\n'));
  lines.push('],');
  lines.push('"types": {');
  lines.push(Object.entries(s.types).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'));
  lines.push('},');
  lines.push('"docs": [');
  lines.push(s.docs.map((d) => JSON.stringify(d)).join(',\n'));
  lines.push(']');
  lines.push('}');
  return lines.join('\n') + '\n';
}

if (require.main === module) {
  const text = renderSchema(generateSchema());
  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {}
    if (old !== text) {
      console.error(`${relative(root, SCHEMA_FILE)} is stale: run npm run gen:schema`);
      process.exit(1);
    }
    console.log(`${relative(root, SCHEMA_FILE)} is up to date`);
  } else {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${relative(root, SCHEMA_FILE)} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
