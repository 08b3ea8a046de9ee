/**
 * Completion in manifests: keys valid at the cursor (required first, present ones left out, each
 * with its type and doc), enum and boolean values, apiVersion ↔ kind, label and selector values
 * and names of other resources taken from the file's other documents, and whole-resource snippets.
 *
 * Where the cursor is comes from YAML itself: a placeholder key (or value) is put at the cursor
 * and the one document is parsed again, so indentation, list dashes and flow style are read as
 * YAML reads them.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
} from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { t, type Locale } from '../../l10n';
import { entries, getPair, holds, locateInDocument, nodeAt, objectPath, walk, type Path } from '../yaml/nav';
import { keyString, parseYaml, type YamlDoc, type YamlFile } from '../yaml/parse';
import { apiChange } from './apiLifecycle';
import { allApiVersions, allResources, apiVersionsOf, childType, kindsOf, objectOf, objectType, schemaFor, typeAtPath, typeLabel, type Field, type ObjectType, type SchemaType } from './schema';
import { SNIPPETS } from './snippets';

const KEY = '__kg_key__';
const VALUE = '__kg_value__';

/** What the cursor is completing, read from the line and from a re-parse with a placeholder. */
interface Context {
  file: YamlFile;
  /** The real document (for apiVersion, kind and siblings), if the cursor is in one. */
  doc: YamlDoc | undefined;
  /** The document re-parsed with the placeholder. */
  probe: YamlDoc;
  mode: 'key' | 'value';
  /** Path of the map that gets the key, or of the value. */
  path: Path;
  /** File offsets of the word to replace. */
  start: number;
  end: number;
  /** Indentation (columns) of the line's key. */
  indent: number;
  /** The map that gets the key (in the probe). */
  map: YAMLMap | null;
  /** The word under the cursor is a key that already has `:` (and maybe a value) after it. */
  hasColon: boolean;
  /** The key being replaced (it is not "present": the completion replaces it). */
  exclude?: string;
  /** JSON: keys and strings are quoted, objects and lists are braces and brackets. */
  json?: boolean;
  /** JSON: a comma to add after the previous member, and one to add after the inserted one (JSON and flow). */
  commaBefore?: number;
  commaAfter?: boolean;
  /** Inside a YAML flow collection (`{…}`, `[…]`): values are written inline. */
  flow?: boolean;
}

export function doManifestComplete(file: YamlFile, offset: number, locale: Locale): CompletionList | null {
  const found = file.json ? jsonContext(file, offset) : context(file, offset);
  if (!found) return null;
  const ctx = inObject(found);
  const items = ctx.mode === 'key' ? keyItems(ctx, locale) : valueItems(ctx, locale);
  return { isIncomplete: false, items };
}

// ---- where the cursor is ----

function context(file: YamlFile, offset: number): Context | undefined {
  // An empty file has no chunk: complete in an empty one.
  const chunk = file.chunks.find((c) => offset >= c.offset && offset <= c.offset + c.text.length) ?? (file.text === '' ? { text: '', offset: 0, docs: [], lineStarts: [0] } : undefined);
  if (!chunk) return undefined;
  const line = file.lines.lineOf(offset);
  const lineStart = file.lines.lineStarts[line];
  const lineText = file.lines.lineText(line);
  const col = offset - lineStart;
  const before = lineText.slice(0, col);
  const after = lineText.slice(col);
  if (/^(---|\.\.\.)/.test(lineText) || before.includes('#')) return undefined;

  const realDoc = chunk.docs.find((d) => d.start <= offset && offset <= d.end) ?? chunk.docs[0];
  let mode: 'key' | 'value';
  let start: number;
  let end: number;
  let replacement: string;
  let hasColon = false;
  const flow = realDoc && !realDoc.template ? flowContext(file.text, realDoc, offset) : undefined;
  if (flow === null) return undefined;
  if (flow) return placeholderContext(file, chunk, realDoc, flow.mode, flow.start, flow.end, flow.replacement, flow.hasColon, { flow: true, commaAfter: flow.commaAfter });
  const keyLine = /^(\s*)((?:-\s+)*)([^\s:#'"{}[\],&*!|>%@`][^:#]*)?$/.exec(before);
  const valueLine = /^(\s*)((?:-\s+)*)([^\s#'"{}[\],][^#]*?):[ \t]+([^\s#'"{}[\],]*)$/.exec(before);
  if (valueLine) {
    mode = 'value';
    const partial = valueLine[4];
    const rest = /^[^\s#,\]}]*/.exec(after)![0];
    start = offset - partial.length;
    end = offset + rest.length;
    replacement = VALUE;
  } else if (keyLine) {
    mode = 'key';
    const partial = keyLine[3] ?? '';
    const rest = /^[^\s:#]*/.exec(after)![0];
    start = offset - partial.length;
    end = offset + rest.length;
    // An existing `key: value` keeps its value; a bare word becomes a key.
    hasColon = /^\s*:/.test(after.slice(rest.length));
    replacement = hasColon ? KEY : `${KEY}:`;
  } else {
    return undefined;
  }
  return placeholderContext(file, chunk, realDoc, mode, start, end, replacement, hasColon, { indent: start - lineStart });
}

/** The path at `start`…`end` (the word to replace): from the real tree, else from a re-parse with the placeholder. */
function placeholderContext(
  file: YamlFile,
  chunk: Pick<YamlFile['chunks'][number], 'text' | 'offset'>,
  realDoc: YamlDoc | undefined,
  mode: 'key' | 'value',
  start: number,
  end: number,
  replacement: string,
  hasColon: boolean,
  extra: Partial<Context>,
): Context | undefined {
  const indent = extra.indent ?? 0;
  // Fast path: the word is already a key with its colon, or a value: the real tree knows the path.
  if (realDoc && !realDoc.template && ((mode === 'key' && hasColon) || (mode === 'value' && end > start))) {
    const at = locateInDocument(realDoc, start);
    if (at && at.on === mode && (mode === 'value' ? isScalar(at.node) : isMap(at.parent))) {
      const path = mode === 'key' ? at.path.slice(0, -1) : at.path;
      return { ...extra, file, doc: realDoc, probe: realDoc, mode, path, start, end, indent, map: mode === 'key' ? (at.parent as YAMLMap) : null, hasColon, exclude: mode === 'key' ? String(at.path[at.path.length - 1]) : undefined };
    }
  }
  const rel = chunk.offset;
  const probeText = chunk.text.slice(0, start - rel) + replacement + chunk.text.slice(end - rel);
  let probe: YamlDoc | undefined;
  let found: { path: Path; map: YAMLMap | null } | undefined;
  for (const d of parseYaml(probeText).docs) {
    found = findPlaceholder(d, mode === 'key' ? KEY : VALUE);
    if (found) {
      probe = d;
      break;
    }
  }
  if (!probe || !found) return undefined;
  return { ...extra, file, doc: realDoc, probe, mode, path: found.path, start, end, indent, map: found.map, hasColon };
}

/** Characters of a plain word in a flow collection (what the completion replaces). */
const FLOW_WORD = /[^\s,{}[\]:#"']/;

/**
 * Where the cursor is inside a flow collection (`metadata: {name: x, |}`, `[{name: a, |}]`,
 * `accessModes: [|]`), from the real tree: a key after `{` or `,` of a map, a value after `:`, a
 * list item after `[` or `,`. Undefined outside flow collections (block style decides); null
 * inside one where nothing is completed (in a quoted string, after a value).
 */
function flowContext(text: string, doc: YamlDoc, offset: number): { mode: 'key' | 'value'; start: number; end: number; replacement: string; hasColon: boolean; commaAfter: boolean } | null | undefined {
  let inner: YAMLMap | YAMLSeq | undefined;
  let node = doc.tree.contents as Node | null;
  // Down through the nodes holding the offset; the last flow collection opened before it wins.
  while (node) {
    const r = node.range;
    if (!r || offset < r[0] || offset > r[1]) break;
    if ((isMap(node) || isSeq(node)) && node.flow) {
      const close = isMap(node) ? '}' : ']';
      const closed = text[r[1] - 1] === close;
      if (offset > r[0] && (offset < r[1] || !closed)) inner = node;
    }
    if (isScalar(node)) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && offset > r[0] && offset < r[1]) return inner ? null : undefined;
      break;
    }
    node = childAt(node, offset);
  }
  if (!inner) return undefined;
  let start = offset;
  while (start > 0 && FLOW_WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && FLOW_WORD.test(text[end])) end++;
  let p = start - 1;
  while (p >= 0 && /\s/.test(text[p])) p--;
  const prev = text[p];
  let n = end;
  while (n < text.length && /[ \t]/.test(text[n])) n++;
  const next = text[n];
  if (isMap(inner)) {
    if (prev === ':' && p > inner.range![0]) return { mode: 'value', start, end, replacement: VALUE, hasColon: false, commaAfter: false };
    if (prev !== '{' && prev !== ',') return null;
    const hasColon = next === ':';
    // A member follows on the line without a comma in between: the new one needs one.
    const commaAfter = !hasColon && next !== undefined && !/[,}\r\n#]/.test(next);
    return { mode: 'key', start, end, replacement: commaAfter ? `${KEY}, ` : KEY, hasColon, commaAfter };
  }
  if (prev !== '[' && prev !== ',') return null;
  return { mode: 'value', start, end, replacement: VALUE, hasColon: false, commaAfter: false };
}

/** The child of a collection (a key, a value or an item) whose range holds `offset`. */
function childAt(node: Node, offset: number): Node | null {
  const at = (n: unknown): n is Node => !!n && typeof n === 'object' && holds(n as Node, offset);
  if (isMap(node)) {
    for (const p of node.items as Pair<Node, Node>[]) {
      if (at(p.key)) return p.key;
      if (at(p.value)) return p.value;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (at(item)) return item;
  }
  return null;
}

/**
 * The context inside the object the cursor is in: in an item of a List (`items[i]…`), that item
 * (of the probe, and of the real document when it has it) with the path from the item's root.
 */
function inObject(ctx: Context): Context {
  const probe = objectPath(ctx.probe, ctx.path);
  if (probe.doc === ctx.probe) return ctx;
  const real = ctx.doc ? objectPath(ctx.doc, ctx.path) : undefined;
  return { ...ctx, probe: probe.doc, path: probe.path, doc: real && real.doc !== ctx.doc ? real.doc : undefined };
}

function findPlaceholder(doc: YamlDoc, marker: string): { path: Path; map: YAMLMap | null } | undefined {
  let hit: { path: Path; map: YAMLMap | null } | undefined;
  walk(doc, (node, path) => {
    if (hit) return false;
    if (isMap(node)) {
      for (const p of node.items as Pair<Node, Node>[]) {
        if (keyString(p.key) === KEY && marker === KEY) {
          hit = { path, map: node };
          return false;
        }
      }
    }
    if (marker === VALUE && isScalar(node) && node.value === VALUE) {
      hit = { path, map: null };
      return false;
    }
    return true;
  });
  return hit;
}

/**
 * Where the cursor is in a JSON manifest: in (or at) a key of an object, or a value. The same
 * placeholder re-parse settles the path; JSON strings do not span lines, so the line tells the rest.
 */
function jsonContext(file: YamlFile, offset: number): Context | undefined {
  const text = file.text;
  const line = file.lines.lineOf(offset);
  const lineStart = file.lines.lineStarts[line];
  const lineEnd = file.lines.lineEnd(line);
  // Inside a string? Count unescaped quotes from the line start.
  let quote = -1;
  for (let i = lineStart; i < offset; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') quote = quote < 0 ? i : -1;
  }
  let start = offset;
  let end = offset;
  if (quote >= 0) {
    start = quote;
    let i = offset;
    while (i < lineEnd && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    end = i < lineEnd ? i + 1 : i;
  }
  // The structure around: a forward scan to `start` keeps the open brackets (outside strings).
  const stack: string[] = [];
  let prev = '';
  let prevAt = -1;
  for (let i = 0, inString = false; i < start; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        prev = '"';
        prevAt = i;
      }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') stack.pop();
    if (!/\s/.test(c) && c !== '"') {
      prev = c;
      prevAt = i;
    }
  }
  const inObject = stack[stack.length - 1] === '{';
  const after = text.slice(end, lineEnd);
  let mode: 'key' | 'value';
  let commaBefore: number | undefined;
  if (prev === ':' || (!inObject && stack.length)) mode = 'value';
  else if (inObject) {
    mode = 'key';
    // A new member after a value that has no comma yet.
    if (prev !== '{' && prev !== ',' && prevAt >= 0) commaBefore = prevAt + 1;
  } else return undefined;
  const hasColon = mode === 'key' && /^\s*:/.test(after);
  // Another member follows on the line: the inserted one needs a comma.
  const rest = text.slice(end).replace(/^\s+/, '');
  const commaAfter = mode === 'key' && !hasColon && rest.startsWith('"');
  const placeholder = mode === 'key' ? (hasColon ? `"${KEY}"` : `"${KEY}": null`) : `"${VALUE}"`;
  const probeText = text.slice(0, commaBefore ?? start) + (commaBefore !== undefined ? ',' + text.slice(commaBefore, start) : '') + placeholder + (commaAfter ? ',' : '') + text.slice(end);
  const [probe] = parseYaml(probeText, { json: true }).docs;
  if (!probe) return undefined;
  const found = findPlaceholder(probe, mode === 'key' ? KEY : VALUE);
  if (!found) return undefined;
  return { file, doc: file.docs[0], probe, mode, path: found.path, start, end, indent: 0, map: found.map, hasColon, json: true, commaBefore, commaAfter };
}

// ---- the document's type ----

interface Head {
  apiVersion?: string;
  kind?: string;
}

function headOf(ctx: Context): Head {
  const root = ctx.probe.tree.contents;
  if (!isMap(root)) return {};
  const str = (k: string) => {
    const v = getPair(ctx.probe, root, k)?.value;
    return isScalar(v) && typeof v.value === 'string' && v.value !== VALUE ? v.value : undefined;
  };
  const own = { apiVersion: str('apiVersion'), kind: str('kind') };
  // An item of a typed List without its own apiVersion and kind is of the List's kind.
  const inferred = ctx.probe.manifest?.inferred ? ctx.probe.manifest : undefined;
  return inferred && !own.apiVersion && !own.kind ? { apiVersion: inferred.apiVersion, kind: inferred.kind } : own;
}

function rootType(head: Head): ObjectType | undefined {
  if (!head.apiVersion || !head.kind) return undefined;
  const direct = schemaFor(head.apiVersion, head.kind)?.type;
  if (direct) return direct;
  // A removed API whose successor has the same fields completes as the successor.
  const change = apiChange(head.apiVersion, head.kind);
  if (change?.mechanical && change.replacement) return schemaFor(change.replacement, head.kind)?.type;
  return undefined;
}

// ---- keys ----

function keyItems(ctx: Context, locale: Locale): CompletionItem[] {
  const head = headOf(ctx);
  const items: CompletionItem[] = [];
  const atRoot = ctx.path.length === 0;
  const type = rootType(head);
  if (atRoot && !type) {
    // Not a known resource yet: the head keys, and whole resources when the document is empty.
    if (!head.apiVersion) items.push(headKey('apiVersion', ctx, locale));
    if (!head.kind) items.push(headKey('kind', ctx, locale));
    if (!head.apiVersion && !head.kind && onlyPlaceholder(ctx) && !ctx.json && !ctx.flow) items.push(...snippetItems(ctx, locale));
    return items;
  }
  // A custom resource still has standard metadata.
  const containerType = type ? typeAtPath(type, ctx.path) : ctx.path[0] === 'metadata' ? typeAtPath(objectType('meta/v1.ObjectMeta'), ctx.path.slice(1)) : undefined;
  // A list of scalars (`accessModes:\n  - |`): the word is a value.
  if (containerType?.kind === 'scalar' && typeof ctx.path[ctx.path.length - 1] === 'number') return valueItems(ctx, locale);
  const target = containerType && unwrapKeyTarget(containerType);
  if (!target) return items;
  const present = new Set(ctx.map ? entries(ctx.probe, ctx.map).map(([k]) => k).filter((k) => k !== KEY && k !== ctx.exclude) : []);
  if (target.kind === 'object') {
    for (const field of target.fields.values()) {
      if (field.readOnly || present.has(field.name)) continue;
      items.push(fieldItem(field, ctx, locale));
    }
    return items;
  }
  if (target.kind === 'map') {
    const names = type ? resourceNamesFor(fieldOfPath(type, ctx.path)) : undefined;
    return names ? resourceNameItems(ctx, names, present, locale) : labelKeyItems(ctx, present, locale);
  }
  return items;
}

const CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage', 'hugepages-2Mi', 'hugepages-1Gi'];
const QUOTA_RESOURCES = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'requests.storage', 'pods', 'services', 'persistentvolumeclaims', 'configmaps', 'secrets'];

/** Resource lists (`map[string]Quantity`): the names the API server knows there, with an example quantity. */
const RESOURCE_LISTS: Record<string, string[]> = {
  'core/v1.ResourceRequirements.requests': CONTAINER_RESOURCES,
  'core/v1.ResourceRequirements.limits': CONTAINER_RESOURCES,
  'core/v1.VolumeResourceRequirements.requests': ['storage'],
  'core/v1.VolumeResourceRequirements.limits': ['storage'],
  'core/v1.LimitRangeItem.default': [...CONTAINER_RESOURCES.slice(0, 3), 'storage'],
  'core/v1.LimitRangeItem.defaultRequest': [...CONTAINER_RESOURCES.slice(0, 3), 'storage'],
  'core/v1.LimitRangeItem.max': [...CONTAINER_RESOURCES.slice(0, 3), 'storage'],
  'core/v1.LimitRangeItem.min': [...CONTAINER_RESOURCES.slice(0, 3), 'storage'],
  'core/v1.LimitRangeItem.maxLimitRequestRatio': ['cpu', 'memory'],
  'core/v1.ResourceQuotaSpec.hard': QUOTA_RESOURCES,
};
const RESOURCE_EXAMPLES: Record<string, string> = { cpu: '500m', memory: '256Mi', 'ephemeral-storage': '1Gi', storage: '10Gi', 'hugepages-2Mi': '64Mi', 'hugepages-1Gi': '1Gi', pods: '10', services: '5', persistentvolumeclaims: '5', configmaps: '10', secrets: '10' };

function resourceNamesFor(field: Field | undefined): string[] | undefined {
  return field ? RESOURCE_LISTS[`${field.owner}.${field.name}`] : undefined;
}

function resourceNameItems(ctx: Context, names: string[], present: Set<string>, locale: Locale): CompletionItem[] {
  return names
    .filter((n) => !present.has(n))
    .map((name, i) => {
      const example = RESOURCE_EXAMPLES[name] ?? RESOURCE_EXAMPLES[name.replace(/^(requests|limits)\./, '')] ?? '1';
      return {
        label: name,
        kind: CompletionItemKind.Property,
        detail: 'quantity',
        documentation: { kind: MarkupKind.Markdown, value: t(locale, 'k8s.complete.resourceName', { name, example }) },
        sortText: `0${String(i).padStart(2, '0')}`,
        insertTextFormat: InsertTextFormat.Snippet,
        ...edits(ctx, ctx.json ? (ctx.hasColon ? `"${name}"` : `"${name}": "\${1:${example}}"`) : ctx.hasColon ? name : `${name}: \${1:${example}}`),
      };
    });
}

/** The object (or map) a key goes into; a union of object and list is the object. */
function unwrapKeyTarget(t: SchemaType): SchemaType | undefined {
  if (t.kind === 'object' || t.kind === 'map') return t;
  if (t.kind === 'union') return t.options.find((o) => o.kind === 'object' || o.kind === 'map');
  return undefined;
}

function onlyPlaceholder(ctx: Context): boolean {
  const root = ctx.probe.tree.contents;
  return isMap(root) && root.items.length === 1;
}

function headKey(name: 'apiVersion' | 'kind', ctx: Context, locale: Locale): CompletionItem {
  return {
    label: name,
    kind: CompletionItemKind.Property,
    detail: 'string (required)',
    documentation: { kind: MarkupKind.Markdown, value: t(locale, name === 'apiVersion' ? 'hover.apiVersion.body' : 'hover.kind.body') },
    sortText: `0${name}`,
    ...edits(ctx, ctx.json ? (ctx.hasColon ? `"${name}"` : `"${name}": "$1"`) : ctx.hasColon ? name : `${name}: `),
    insertTextFormat: InsertTextFormat.Snippet,
    command: { title: 'suggest', command: 'editor.action.triggerSuggest' },
  };
}

/** The main edit, and in JSON the commas a new member needs around it. */
function edits(ctx: Context, newText: string): Pick<CompletionItem, 'textEdit' | 'additionalTextEdits'> {
  const range = ctx.file.lines.range(ctx.start, ctx.end);
  const spaced = ctx.json || /\s/.test(ctx.file.text[ctx.end] ?? '');
  const text = ctx.commaAfter && !ctx.hasColon ? `${newText},${spaced ? '' : ' '}` : newText;
  if (ctx.json && ctx.commaBefore !== undefined && !ctx.hasColon) {
    return { textEdit: { range, newText: text }, additionalTextEdits: [{ range: ctx.file.lines.range(ctx.commaBefore), newText: ',' }] };
  }
  return { textEdit: { range, newText: text } };
}

function fieldItem(field: Field, ctx: Context, locale: Locale): CompletionItem {
  const type = field.type;
  const label = typeLabel(type);
  const newText = ctx.json
    ? ctx.hasColon
      ? `"${field.name}"`
      : `"${field.name}": ${jsonValueSnippet(field, type)}`
    : ctx.hasColon
      ? field.name
      : ctx.flow
        ? `${field.name}: ${flowValueSnippet(field, type)}`
        : `${field.name}:${valueSnippet(field, type, ctx.indent)}`;
  const docs = [field.description];
  if (field.enum?.length) docs.push(t(locale, 'k8s.complete.values', { values: field.enum.map((v) => `\`${v}\``).join(', ') }));
  if (field.default) docs.push(t(locale, 'k8s.complete.default', { value: field.default }));
  return {
    label: field.name,
    kind: type.kind === 'scalar' ? CompletionItemKind.Property : CompletionItemKind.Module,
    detail: field.required ? `${label} (${t(locale, 'k8s.complete.required')})` : label,
    documentation: { kind: MarkupKind.Markdown, value: docs.filter(Boolean).join('\n\n') },
    sortText: `${field.required ? '0' : '1'}${field.name}`,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    ...edits(ctx, newText),
  };
}

/** A JSON value to fill in after `"key": `. */
function jsonValueSnippet(field: Field, type: SchemaType): string {
  if (field.enum?.length) return `"\${1|${field.enum.map(escapeChoice).join(',')}|}"`;
  switch (type.kind) {
    case 'object':
    case 'map':
      return '{$0}';
    case 'array':
      return '[$0]';
    case 'union':
      return '$0';
    case 'scalar':
      if (type.name === 'boolean') return '${1|true,false|}';
      if (type.name === 'integer' || type.name === 'number' || type.name === 'int-or-string' || type.name === 'any') return '$0';
      return '"$1"';
  }
}

/** A value inside a flow collection: `{…}` and `[…]` for objects and lists, a choice for enums. */
function flowValueSnippet(field: Field, type: SchemaType): string {
  if (field.enum?.length) return `\${1|${field.enum.map(escapeChoice).join(',')}|}`;
  switch (type.kind) {
    case 'object':
    case 'map':
      return '{$0}';
    case 'array':
      return '[$0]';
    case 'union':
      return '$0';
    case 'scalar':
      return type.name === 'boolean' ? '${1|true,false|}' : '$0';
  }
}

/** What follows `key:` — a value placeholder, or a new indented block for objects and lists. */
function valueSnippet(field: Field, type: SchemaType, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  if (field.enum?.length) return ` \${1|${field.enum.map(escapeChoice).join(',')}|}`;
  switch (type.kind) {
    case 'object':
    case 'map':
      return `\n${pad}$0`;
    case 'array':
      return `\n${pad}- $0`;
    case 'union':
      return ' $0';
    case 'scalar':
      if (type.name === 'boolean') return ' ${1|true,false|}';
      return ' $0';
  }
}

function escapeChoice(v: string): string {
  return v.replace(/[,|\\$}]/g, (c) => `\\${c}`);
}

// ---- values ----

function valueItems(ctx: Context, locale: Locale): CompletionItem[] {
  const head = headOf(ctx);
  const range = ctx.file.lines.range(ctx.start, ctx.end);
  const path = ctx.path;
  const value = (label: string, detail?: string, sort = label): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    detail,
    sortText: sort,
    textEdit: { range, newText: ctx.json ? (label === 'true' || label === 'false' ? label : JSON.stringify(label)) : ctx.flow && /[,[\]{}]/.test(label) ? JSON.stringify(label) : yamlScalar(label) },
  });
  if (path.length === 1 && path[0] === 'apiVersion') {
    const versions = head.kind ? apiVersionsOf(head.kind) : allApiVersions();
    return [...versions].map((v) => value(v, head.kind ? `${head.kind}` : undefined));
  }
  if (path.length === 1 && path[0] === 'kind') {
    const kinds = head.apiVersion && kindsOf(head.apiVersion).length ? kindsOf(head.apiVersion) : [...new Set(allResources().map((r) => r.kind))];
    return kinds.filter((k) => !k.endsWith('List')).map((k) => value(k, head.apiVersion ?? apiVersionsOf(k).join(', ')));
  }
  const type = rootType(head);
  if (!type) return [];
  const parentType = typeAtPath(type, path.slice(0, -1));
  const last = path[path.length - 1];
  const field = typeof last === 'string' ? objectOf(parentType)?.fields.get(last) : undefined;
  // A list item: its enum comes from the list's field.
  const listField = typeof last === 'number' ? fieldOfPath(type, path.slice(0, -1)) : undefined;
  const enumField = field ?? listField;
  const items: CompletionItem[] = [];
  if (enumField?.enum?.length) items.push(...enumField.enum.map((v) => value(v, enumField.name)));
  const t1 = childType(parentType, last);
  if (!enumField?.enum && t1?.kind === 'scalar' && t1.name === 'boolean') items.push(value('true'), value('false'));
  // Label values and names of other resources, from the file's other documents.
  if (typeof last === 'string' && isLabelMapPath(path.slice(0, -1)) && parentType?.kind === 'map') {
    for (const v of labelValues(ctx.file, ctx.doc, last)) items.push(value(v, t(locale, 'k8s.complete.fromFile')));
  }
  const refKind = field ? referenceKind(field, ctx, path) : undefined;
  if (refKind) for (const n of resourceNames(ctx.file, ctx.doc, refKind)) items.push(value(n, refKind));
  return dedupe(items);
}

function fieldOfPath(type: ObjectType, path: Path): Field | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  return objectOf(typeAtPath(type, path.slice(0, -1)))?.fields.get(last);
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.label) ? false : (seen.add(i.label), true)));
}

/** A value as YAML reads it back as the same string (quoted when it would read as a number or boolean). */
function yamlScalar(v: string): string {
  if (/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(v) || /^[-+.]?[0-9]/.test(v) || /[:#]\s|^[\s&*!|>'"%@`{[\]},?-]|\s$/.test(v) || v === '') return JSON.stringify(v);
  return v;
}

// ---- labels and references across documents ----

/** Paths whose value is a label map: metadata.labels, matchLabels, a Service selector, nodeSelector. */
function isLabelMapPath(path: Path): boolean {
  const last = path[path.length - 1];
  if (last === 'labels' && path[path.length - 2] === 'metadata') return true;
  if (last === 'matchLabels' || last === 'nodeSelector') return true;
  return last === 'selector' && path.length === 2 && path[0] === 'spec';
}

interface LabelIndex {
  /** label key → values seen */
  labels: Map<string, Set<string>>;
  /** kind → names */
  names: Map<string, string[]>;
}

/** The labels and names a document holds (memoized per document). */
function indexOf(doc: YamlDoc): LabelIndex {
  const hit = doc.memo.get('k8s.complete.index') as LabelIndex | undefined;
  if (hit) return hit;
  const idx: LabelIndex = { labels: new Map(), names: new Map() };
  if (doc.manifest && !doc.template) {
    const name = nodeAt(doc, ['metadata', 'name']);
    if (isScalar(name) && typeof name.value === 'string') idx.names.set(doc.manifest.kind, [name.value]);
    walk(doc, (node, path) => {
      if (isMap(node) && isLabelMapPath(path)) {
        for (const [k, p] of entries(doc, node)) {
          const v = p.value;
          if (!isScalar(v) || v.value === null || typeof v.value === 'object') continue;
          const set = idx.labels.get(k) ?? new Set<string>();
          set.add(String(v.value));
          idx.labels.set(k, set);
        }
        return false;
      }
      return true;
    });
  }
  doc.memo.set('k8s.complete.index', idx);
  return idx;
}

function labelValues(file: YamlFile, current: YamlDoc | undefined, key: string): string[] {
  const out = new Set<string>();
  for (const d of file.objects) {
    if (d === current) continue;
    for (const v of indexOf(d).labels.get(key) ?? []) out.add(v);
  }
  return [...out];
}

function labelKeyItems(ctx: Context, present: Set<string>, locale: Locale): CompletionItem[] {
  const parentPath = ctx.path;
  if (!isLabelMapPath(parentPath)) return [];
  const pairs = new Map<string, Set<string>>();
  for (const d of ctx.file.objects) {
    if (d === ctx.doc) continue;
    for (const [k, vs] of indexOf(d).labels) {
      if (present.has(k)) continue;
      const set = pairs.get(k) ?? new Set<string>();
      for (const v of vs) set.add(v);
      pairs.set(k, set);
    }
  }
  const items: CompletionItem[] = [];
  for (const [k, vs] of pairs) {
    for (const v of vs) {
      items.push({
        label: `${k}: ${v}`,
        kind: CompletionItemKind.Value,
        detail: t(locale, 'k8s.complete.fromFile'),
        filterText: k,
        sortText: `0${k}`,
        ...edits(ctx, ctx.json ? `${JSON.stringify(k)}: ${JSON.stringify(v)}` : `${k}: ${yamlScalar(v)}`),
      });
    }
  }
  return items;
}

/** Fields that name another resource: the kind they name. */
const REFERENCES: Record<string, string> = {
  'core/v1.ConfigMapKeySelector.name': 'ConfigMap',
  'core/v1.ConfigMapEnvSource.name': 'ConfigMap',
  'core/v1.ConfigMapVolumeSource.name': 'ConfigMap',
  'core/v1.ConfigMapProjection.name': 'ConfigMap',
  'core/v1.SecretKeySelector.name': 'Secret',
  'core/v1.SecretEnvSource.name': 'Secret',
  'core/v1.SecretVolumeSource.secretName': 'Secret',
  'core/v1.SecretProjection.name': 'Secret',
  'core/v1.PodSpec.serviceAccountName': 'ServiceAccount',
  'core/v1.PodSpec.priorityClassName': 'PriorityClass',
  'core/v1.PersistentVolumeClaimVolumeSource.claimName': 'PersistentVolumeClaim',
  'core/v1.PersistentVolumeClaimSpec.storageClassName': 'StorageClass',
  'core/v1.PersistentVolumeSpec.storageClassName': 'StorageClass',
  'networking/v1.IngressServiceBackend.name': 'Service',
  'networking/v1.IngressSpec.ingressClassName': 'IngressClass',
  'networking/v1.IngressTLS.secretName': 'Secret',
  'apps/v1.StatefulSetSpec.serviceName': 'Service',
};

function referenceKind(field: Field, ctx: Context, path: Path): string | undefined {
  const key = `${field.owner}.${field.name}`;
  if (REFERENCES[key]) return REFERENCES[key];
  // scaleTargetRef / roleRef / subjects name the kind beside the name.
  if (field.name === 'name' && /CrossVersionObjectReference|RoleRef|Subject$/.test(field.owner)) {
    const sibling = nodeAt(ctx.probe, [...path.slice(0, -1), 'kind']);
    return isScalar(sibling) && typeof sibling.value === 'string' ? sibling.value : undefined;
  }
  return undefined;
}

function resourceNames(file: YamlFile, current: YamlDoc | undefined, kind: string): string[] {
  const out = new Set<string>();
  for (const d of file.objects) if (d !== current) for (const n of indexOf(d).names.get(kind) ?? []) out.add(n);
  return [...out];
}

// ---- snippets ----

function snippetItems(ctx: Context, locale: Locale): CompletionItem[] {
  const range = ctx.file.lines.range(ctx.start, ctx.end);
  // A new item of a List (`- |`): the snippet's lines go under its first one.
  const indent = (body: string) => (ctx.indent ? body.replace(/\n(?=.)/g, `\n${' '.repeat(ctx.indent)}`) : body);
  return SNIPPETS.map((s) => ({
    label: s.kind,
    kind: CompletionItemKind.Snippet,
    detail: `${s.apiVersion} ${s.kind}`,
    documentation: { kind: MarkupKind.Markdown, value: `${t(locale, 'k8s.complete.snippet')}\n\n\`\`\`yaml\n${s.body.replace(/\$\{\d+(?::([^}]*)|\|([^,|]*)[^}]*\|)\}/g, (_m, a, b) => a ?? b).replace(/\$\d+/g, '')}\`\`\`` },
    sortText: `2${s.kind}`,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText: indent(s.body) },
  }));
}

