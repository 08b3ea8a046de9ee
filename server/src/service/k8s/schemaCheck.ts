/**
 * Strict schema validation of one manifest, as the API server decodes it: unknown fields
 * (strict field validation), types (Go's JSON decoding: a number is not a string), required
 * fields, enums the server enforces, quantities. Checks of the server's own validation code hook
 * in per object type and per field (`apiServerChecks.ts`).
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseQuantity } from '../../common/quantity';
import { entries, formatPath, resolveAlias, type Path } from '../yaml/nav';
import { headNode } from '../yaml/parse';
import { FIELD_HOOKS, OBJECT_HOOKS } from './apiServerChecks';
import { report, shapeOf, sourceOf, span, type CheckContext } from './checkContext';
import type { Finding } from './rules';
import { typeLabel, type Field, type ObjectType, type SchemaType } from './schema';
import { closest } from './suggest';

/**
 * Checks `node` against `type`. `keyNode` is the key whose value it is (missing required fields
 * are reported there); `field` is the schema field it fills, when it fills one.
 */
export function checkNode(ctx: CheckContext, node: Node | null, type: SchemaType, path: Path, keyNode: Node | null, field: Field | undefined): void {
  if (!node) return;
  if (isAlias(node)) {
    const target = resolveAlias(ctx.doc, node);
    if (target) checkNode(ctx, target, type, path, keyNode, field);
    return;
  }
  if (ctx.seen.has(node)) return;
  ctx.seen.add(node);
  // Go decodes null into the zero value: accepted anywhere.
  if (isScalar(node) && node.value === null) return;
  checkValue(ctx, node, type, path, keyNode, field);
  if (field) FIELD_HOOKS[`${field.owner}.${field.name}`]?.(ctx, node, path);
}

function checkValue(ctx: CheckContext, node: Node, type: SchemaType, path: Path, keyNode: Node | null, field: Field | undefined): void {
  switch (type.kind) {
    case 'scalar':
      checkScalar(ctx, node, type.name, field);
      break;
    case 'union': {
      const want = isMap(node) ? ['object', 'map'] : isSeq(node) ? ['array'] : ['scalar'];
      const option = type.options.find((o) => want.includes(o.kind) || (o.kind === 'scalar' && o.name === 'any'));
      if (option) checkValue(ctx, node, option, path, keyNode, field);
      else wrongType(ctx, node, typeLabel(type));
      break;
    }
    case 'array':
      if (!isSeq(node)) {
        wrongType(ctx, node, typeLabel(type), listFix(ctx, node, type));
        break;
      }
      (node.items as Node[]).forEach((item, i) => {
        // A missing field of a list item is reported on the item's first key.
        const first = isMap(item) ? ((item.items[0]?.key as Node | undefined) ?? null) : null;
        checkNode(ctx, item, type.items, [...path, i], first, undefined);
        if (field?.enum && field.enumEnforced) checkEnum(ctx, item, field);
      });
      break;
    case 'map':
      if (!isMap(node)) {
        wrongType(ctx, node, typeLabel(type));
        break;
      }
      for (const [k, p] of entries(ctx.doc, node)) checkNode(ctx, p.value as Node | null, type.values, [...path, k], p.key as Node, undefined);
      break;
    case 'object':
      if (!isMap(node)) {
        wrongType(ctx, node, typeLabel(type));
        break;
      }
      checkObject(ctx, node, type, path, keyNode);
      break;
  }
}

function checkObject(ctx: CheckContext, map: YAMLMap, type: ObjectType, path: Path, keyNode: Node | null): void {
  const present = new Set<string>();
  for (const [k, p] of entries(ctx.doc, map)) {
    present.add(k);
    const field = type.fields.get(k);
    const value = p.value as Node | null;
    if (!field) {
      unknownField(ctx, p, k, type, path);
      continue;
    }
    // Read-only fields (status, uid…) are set by the system and dropped on create: nothing to check.
    if (field.readOnly) continue;
    checkNode(ctx, value, field.type, [...path, k], p.key as Node, field);
    if (field.enum && field.enumEnforced && field.type.kind === 'scalar') checkEnum(ctx, value, field);
  }
  const missing = type.required.filter((r) => !present.has(r));
  const at = keyNode ?? headNode(ctx.doc);
  if (missing.length && at?.range) {
    const fields = missing.map((m) => `\`${m}\``).join(', ');
    report(ctx, { rule: 'k8s/missing-field', ...span(at), message: missing.length === 1 ? 'k8s.missingField' : 'k8s.missingFields', params: { fields, type: typeLabel(type) } });
  }
  OBJECT_HOOKS[type.name]?.(ctx, map, path);
}

function unknownField(ctx: CheckContext, pair: Pair<Node, Node>, key: string, type: ObjectType, path: Path): void {
  const keyNode = pair.key as Node;
  if (!keyNode?.range) return;
  const suggestion = closest(key, [...type.fields.keys()].filter((f) => !type.fields.get(f)!.readOnly));
  // Not a typo? Maybe the right field at the wrong level (`image` under a Deployment's spec).
  const below = suggestion ? undefined : findBelow(type, key);
  let deeper = below && [formatPath(path), below].filter(Boolean).join('.');
  // Resource names are map keys, not fields: `cpu` right under a container goes in its resources.
  if (!suggestion && !deeper && ['cpu', 'memory', 'ephemeral-storage'].includes(key) && type.fields.has('resources')) {
    deeper = `${formatPath(path)}.resources.requests.${key}`;
  }
  if (!suggestion && !deeper && ctx.root && ctx.root !== type) {
    const fromRoot = findBelow(ctx.root, key, false);
    if (fromRoot) deeper = fromRoot;
  }
  report(ctx, {
    rule: 'k8s/unknown-field',
    ...span(keyNode),
    message: 'k8s.unknownField',
    params: { field: key, type: typeLabel(type) },
    details: suggestion ? [{ key: 'k8s.didYouMean', params: { suggestion } }] : deeper ? [{ key: 'k8s.belongsBelow', params: { field: key, path: deeper } }] : undefined,
    fixes: suggestion ? [{ title: 'k8s.fix.rename', params: { from: key, to: suggestion }, edits: [{ ...span(keyNode), newText: suggestion }], preferred: true }] : undefined,
  });
}

/**
 * The shortest path below `type` to a field named `key` (at most six levels down, read-only
 * fields left out): `spec.template.spec.containers[].image` for `image` under a Deployment.
 */
function findBelow(type: ObjectType, key: string, skipTop = true): string | undefined {
  type Step = { t: ObjectType; path: string };
  let frontier: Step[] = [{ t: type, path: '' }];
  const seen = new Set<string>([type.name]);
  for (let depth = 0; depth < 6 && frontier.length; depth++) {
    const next: Step[] = [];
    for (const { t, path } of frontier) {
      for (const f of t.fields.values()) {
        if (f.readOnly || (depth === 0 && t === type && skipTop)) continue;
        if (f.name === key) return `${path}.${f.name}`.replace(/^\./, '');
      }
      for (const f of t.fields.values()) {
        if (f.readOnly) continue;
        let ft = f.type;
        let suffix = '';
        if (ft.kind === 'array') {
          ft = ft.items;
          suffix = '[]';
        }
        if (ft.kind === 'object' && !seen.has(ft.name)) {
          seen.add(ft.name);
          next.push({ t: ft, path: `${path}.${f.name}${suffix}` });
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

function wrongType(ctx: CheckContext, node: Node, expected: string, fixes?: Finding['fixes']): void {
  if (!node.range) return;
  report(ctx, { rule: 'k8s/wrong-type', ...span(node), message: 'k8s.wrongType', params: { expected }, details: [{ key: shapeOf(node) }], fixes });
}

function checkScalar(ctx: CheckContext, node: Node, name: string, field: Field | undefined): void {
  if (name === 'any') return;
  if (!isScalar(node)) {
    wrongType(ctx, node, scalarLabel(name));
    return;
  }
  const v = node.value;
  const text = sourceOf(ctx, node);
  // Quote the text as written (`1.0` stays "1.0", `yes` stays "yes").
  const quote = (): Finding['fixes'] => [{ title: 'k8s.fix.quote', params: { value: text }, edits: [{ ...span(node), newText: JSON.stringify(text) }], preferred: true }];
  switch (name) {
    case 'string':
    case 'time':
      if (typeof v !== 'string') wrongType(ctx, node, scalarLabel(name), typeof v === 'number' || typeof v === 'boolean' ? quote() : undefined);
      break;
    case 'integer':
      if (typeof v === 'number' && Number.isInteger(v)) break;
      wrongType(ctx, node, scalarLabel(name), typeof v === 'string' && /^-?[0-9]+$/.test(v) ? [{ title: 'k8s.fix.unquote', params: { value: v }, edits: [{ ...span(node), newText: v }], preferred: true }] : undefined);
      break;
    case 'number':
      if (typeof v !== 'number') wrongType(ctx, node, scalarLabel(name));
      break;
    case 'boolean':
      if (typeof v === 'boolean') break;
      wrongType(ctx, node, scalarLabel(name), typeof v === 'string' && /^(true|false)$/i.test(v) ? [{ title: 'k8s.fix.unquote', params: { value: v.toLowerCase() }, edits: [{ ...span(node), newText: v.toLowerCase() }], preferred: true }] : undefined);
      break;
    case 'int-or-string':
      if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) break;
      wrongType(ctx, node, scalarLabel(name));
      break;
    case 'quantity': {
      if (typeof v !== 'string' && typeof v !== 'number') {
        wrongType(ctx, node, scalarLabel(name));
        break;
      }
      // A number is read from its source text, as Quantity.UnmarshalJSON does.
      const q = typeof v === 'string' ? v : text;
      if (!parseQuantity(q)) {
        report(ctx, {
          rule: 'k8s/invalid-quantity',
          ...span(node),
          message: 'k8s.invalidQuantity',
          params: { value: q },
          details: quantityHint(q, field),
          fixes: quantityFix(q, node),
        });
      }
      break;
    }
  }
}

/** What people write instead of a quantity: `1GB`, `512mb`, `0.5 cpu`, `100 m`. */
function quantityHint(q: string, _field: Field | undefined): Finding['details'] {
  const m = /^\s*([0-9.]+)\s*([A-Za-z]+)\s*$/.exec(q);
  if (m && suffixFix(m[2])) return [{ key: 'k8s.quantity.suffix', params: { suffix: m[2], fixed: suffixFix(m[2])! } }];
  return [{ key: 'k8s.quantity.grammar' }];
}

function suffixFix(s: string): string | undefined {
  const map: Record<string, string> = { kb: 'k', mb: 'M', gb: 'G', tb: 'T', kib: 'Ki', mib: 'Mi', gib: 'Gi', tib: 'Ti', b: '', K: 'k', g: 'G', t: 'T' };
  if (s in map) return map[s];
  const lower = s.toLowerCase();
  return lower in map && !['m', 'k'].includes(s) ? map[lower] : undefined;
}

function quantityFix(q: string, node: Node): Finding['fixes'] {
  const m = /^\s*([0-9.]+)\s*([A-Za-z]*)\s*$/.exec(q);
  if (!m) return undefined;
  const suffix = m[2] === '' ? '' : suffixFix(m[2]) ?? m[2];
  const fixed = m[1] + suffix;
  if (fixed === q || !parseQuantity(fixed)) return undefined;
  return [{ title: 'k8s.fix.replace', params: { to: fixed }, edits: [{ ...span(node), newText: fixed }], preferred: true }];
}

/** `command: sleep 3600` → `command: ["sleep", "3600"]` when the words are plain. */
function listFix(ctx: CheckContext, node: Node, type: SchemaType): Finding['fixes'] {
  if (!isScalar(node) || type.kind !== 'array' || type.items.kind !== 'scalar' || type.items.name !== 'string') return undefined;
  const text = sourceOf(ctx, node);
  const words = String(node.value).split(/\s+/).filter(Boolean);
  if (!words.length || /["'\\$`|&;<>(){}]/.test(text)) return undefined;
  const list = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return [{ title: 'k8s.fix.replace', params: { to: list }, edits: [{ ...span(node), newText: list }], preferred: true }];
}

function scalarLabel(name: string): string {
  return name === 'quantity' ? 'Quantity' : name === 'time' ? 'Time' : name === 'int-or-string' ? 'IntOrString' : name;
}

function checkEnum(ctx: CheckContext, node: Node | null, field: Field): void {
  if (!node || !isScalar(node) || typeof node.value !== 'string' || node.value === '') return;
  const values = field.enum!;
  if (values.includes(node.value)) return;
  const suggestion = closest(node.value, values);
  report(ctx, {
    rule: 'k8s/invalid-enum',
    ...span(node),
    message: 'k8s.invalidEnum',
    params: { value: node.value, field: field.name, values: values.join(', ') },
    details: suggestion ? [{ key: 'k8s.didYouMean', params: { suggestion } }] : undefined,
    fixes: (suggestion ? [suggestion] : values).map((v, i) => ({ title: 'k8s.fix.replace', params: { to: v }, edits: [{ ...span(node), newText: v }], preferred: i === 0 && !!suggestion })),
  });
}
