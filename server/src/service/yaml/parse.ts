/**
 * The YAML layer: text → documents with ranges. Parsing never fails: it returns the trees the
 * `yaml` package recovers and the problems it found, each with file offsets.
 *
 * A stream is split at its `---` / `...` lines into chunks, each parsed on its own, so an edit
 * re-parses only the chunks whose text changed: `parseYaml(text, options, previous)` reuses the
 * previous result's chunks (shifting their offsets when they moved). Every range in the returned
 * trees is a file offset, whatever the reuse.
 *
 * Values are read as Kubernetes reads them: YAML 1.1 (`yes`/`on`/`y` are booleans, `0644` is
 * octal, `<<` merges), as sigs.k8s.io/yaml (go-yaml v2) does, with timestamps kept as strings.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type Tags,
  type YAMLMap,
} from 'yaml';
import { LineIndex, lineStartsOf } from '../../common/text';
import { boundDocument } from './bounds';
import { isToolConfig } from './toolConfigs';

export interface YamlProblem {
  code: string;
  message: string;
  /** File offsets. */
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

export interface YamlDoc {
  /** Position of the document in the stream, from 0. */
  index: number;
  /** File offsets of the document, including its `---` marker and trailing comments. */
  start: number;
  end: number;
  tree: Document.Parsed;
  problems: YamlProblem[];
  /** Set when the document is a Kubernetes manifest (top-level `apiVersion` and `kind`). */
  manifest: ManifestHead | null;
  /**
   * A Helm (Go) template: its `{{ … }}` actions were blanked out before parsing. Syntax problems
   * of templates are not reported, and manifests features skip them.
   */
  template: boolean;
  /** Each alias's target (see bounds.ts): features look it up, never search the document. */
  aliases: Map<Alias, Node>;
  /**
   * Per-document results of features (validation, symbols…), kept while the document's text is
   * unchanged. Store offsets relative to `start` here, never absolute ones: the document may move.
   */
  memo: Map<string, unknown>;
  /**
   * A List document (`kind: List`, what `kubectl get -o yaml` prints, or a typed list such as
   * `PodList`): one document per map item of its `items`, whose tree's root is the item. Features
   * treat each as the manifest it is; `file.objects` lists them in place of the List.
   */
  items?: YamlDoc[];
  /** An item of a List document: that document and the item's index in `items`. */
  list?: { doc: YamlDoc; index: number };
}

export interface ManifestHead {
  apiVersion: string;
  kind: string;
  /** The `apiVersion` and `kind` pairs, for ranges. */
  apiVersionPair: Pair<Node, Node>;
  kindPair: Pair<Node, Node>;
  /**
   * A typed List's item without `apiVersion` and `kind`: both come from the List (`PodList` in
   * `v1` → `v1` `Pod`), as kubectl decodes it; the pairs are the List's.
   */
  inferred?: boolean;
}

export interface YamlFile {
  text: string;
  lines: LineIndex;
  docs: YamlDoc[];
  /**
   * The Kubernetes objects of the stream, in order: each document, a List document replaced by
   * its items. Per-object features (rules, workspace facts, simulation) iterate these.
   */
  objects: YamlDoc[];
  /** JSON text (a `.json` file): one chunk, no `---` splitting. */
  json: boolean;
  /**
   * The file holds patches (kustomize `patchesStrategicMerge`, `patches/…`): partial manifests,
   * so missing fields and names are not reported.
   */
  patch: boolean;
  /** @internal the chunks, for reuse by the next parse. */
  chunks: Chunk[];
}

export interface ParseOptions {
  /** The file is JSON (parsed as YAML flow, never split). */
  json?: boolean;
  /** The file lives in a Helm chart's `templates/` folder: any `{{` makes a document a template. */
  helmTemplates?: boolean;
  /** The file holds partial manifests (patches). */
  patch?: boolean;
}

/** @internal A piece of the stream between document markers, parsed on its own. */
export interface Chunk {
  text: string;
  /** File offset where the chunk starts now. */
  offset: number;
  docs: YamlDoc[];
  /** Where its lines start, relative to the chunk (a chunk always starts at a line start). */
  lineStarts: number[];
}

// go-yaml v2 has no sexagesimal numbers and keeps timestamps as strings; omap/pairs/set are rare.
const DROPPED_TAGS = /:(timestamp|omap|pairs|set)$/;
const customTags = (tags: Tags): Tags =>
  tags.filter((t) => !(typeof t === 'object' && (DROPPED_TAGS.test(t.tag) || (t as { format?: string }).format === 'TIME')));
// `uniqueKeys: false`: the package compares each key with every earlier one (quadratic: a 50,000-key
// map took minutes); `duplicateKeys` finds the same duplicates with one set per map.
const YAML_OPTIONS = { version: '1.1' as const, merge: true, customTags, prettyErrors: false, keepSourceTokens: false, uniqueKeys: false };

/** Parses a stream, reusing the chunks of `previous` whose text is unchanged. */
export function parseYaml(text: string, options: ParseOptions = {}, previous?: YamlFile): YamlFile {
  const json = !!options.json;
  const compatible = previous && previous.json === json && previous.patch === !!options.patch;
  if (compatible && !json && previous.chunks.length > 2) {
    const local = reparseAround(text, options, previous);
    if (local) return local;
  }
  const spans = json ? [[0, text.length] as [number, number]] : splitChunks(text);
  // Unused chunks of the previous parse, by text; each is reused at most once.
  const pool = new Map<string, Chunk[]>();
  if (compatible) {
    for (const c of previous.chunks) {
      const list = pool.get(c.text);
      if (list) list.push(c);
      else pool.set(c.text, [c]);
    }
  }
  const chunks: Chunk[] = [];
  for (const [start, end] of spans) {
    const src = text.slice(start, end);
    let chunk = pool.get(src)?.shift();
    if (chunk) {
      if (chunk.offset !== start) shiftChunk(chunk, start - chunk.offset);
    } else {
      chunk = parseChunk(src, start, !!options.helmTemplates);
    }
    chunks.push(chunk);
  }
  // The file's line starts, from the chunks' (no second scan of the whole text).
  const starts: number[] = [];
  for (const c of chunks) for (const s of c.lineStarts) if (s > 0 || c.offset === 0) starts.push(c.offset + s);
  return assemble(text, chunks, starts.length ? starts : [0], json, !!options.patch);
}

function assemble(text: string, chunks: Chunk[], lineStarts: number[], json: boolean, patch: boolean): YamlFile {
  const docs: YamlDoc[] = [];
  const objects: YamlDoc[] = [];
  for (const c of chunks) {
    for (const d of c.docs) {
      d.index = docs.length;
      docs.push(d);
      if (d.items) {
        for (const item of d.items) {
          item.index = d.index;
          objects.push(item);
        }
      } else objects.push(d);
    }
  }
  return { text, lines: new LineIndex(text, lineStarts), docs, objects, json, patch, chunks };
}

/**
 * An edit touches a few neighbouring chunks: keep the chunks before it as they are, the chunks
 * after it shifted, and split and parse again only the region between (one more chunk on each
 * side, so a `---` typed or deleted at the edge is seen). Undefined when the edit is not local.
 */
function reparseAround(text: string, options: ParseOptions, prev: YamlFile): YamlFile | undefined {
  const old = prev.chunks;
  const n = old.length;
  const delta = text.length - prev.text.length;
  const p = commonPrefix(prev.text, text);
  if (p === text.length && delta === 0) return prev;
  const q = commonSuffix(prev.text, text, Math.min(prev.text.length, text.length) - p);
  // The chunks holding the first and the last changed character (old coordinates).
  const a = chunkAt(old, p);
  const b = chunkAt(old, Math.max(p, prev.text.length - q - 1));
  const lo = Math.max(0, a - 1);
  let hi = Math.min(n - 1, b + 1);
  const regionStart = old[lo].offset;
  for (;;) {
    const regionEnd = hi + 1 < n ? old[hi + 1].offset + delta : text.length;
    if (regionEnd < regionStart) return undefined;
    // The next chunk must still start at a document marker (an edit can turn `...` into text).
    if (hi + 1 < n && !isBoundary(text, regionEnd)) {
      hi++;
      continue;
    }
    const spans = splitChunks(text.slice(regionStart, regionEnd));
    const last = spans[spans.length - 1];
    // A region ending in comments only belongs with the next document: take it in too.
    if (last && hi + 1 < n && isPreamble(text, regionStart + last[0], regionStart + last[1])) {
      hi++;
      continue;
    }
    const reusable = new Map<string, Chunk>();
    for (let i = lo; i <= hi; i++) reusable.set(old[i].text, old[i]);
    const region: Chunk[] = spans.map(([s, e]) => {
      const start = regionStart + s;
      const src = text.slice(start, regionStart + e);
      const hit = reusable.get(src);
      if (hit) {
        reusable.delete(src);
        if (hit.offset !== start) shiftChunk(hit, start - hit.offset);
        return hit;
      }
      return parseChunk(src, start, !!options.helmTemplates);
    });
    const tail = old.slice(hi + 1);
    if (delta !== 0) for (const c of tail) shiftChunk(c, delta);
    // Line starts: the previous ones before the region, the region's, the previous ones after (moved).
    const prevStarts = prev.lines.lineStarts;
    const before = prevStarts.slice(0, lowerBound(prevStarts, regionStart));
    const starts = before;
    region.forEach((c, i) => {
      for (const s of c.lineStarts) if (s > 0 || i === 0) starts.push(c.offset + s);
    });
    if (tail.length) {
      const oldTailStart = tail[0].offset - delta;
      for (let i = lowerBound(prevStarts, oldTailStart + 1); i < prevStarts.length; i++) starts.push(prevStarts[i] + delta);
    }
    return assemble(text, [...old.slice(0, lo), ...region, ...tail], starts, false, !!options.patch);
  }
}

/** The index of the chunk holding `offset` (the last chunk for the end of the text). */
function chunkAt(chunks: Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const BLOCK = 2048;

/** Length of the common prefix; equal blocks are compared as strings (memcmp), then characters. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Does a chunk start at `pos`: a `---` line there, or a `...` line just before? */
function isBoundary(text: string, pos: number): boolean {
  if (pos === 0 || pos === text.length) return true;
  if (/^---(?:[ \t\r\n]|$)/.test(text.slice(pos, pos + 4))) return true;
  const c = text.charCodeAt(pos - 1);
  if (c !== 10 && c !== 13) return false;
  let lineStart = pos - 1;
  if (c === 10 && text.charCodeAt(lineStart - 1) === 13) lineStart--;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return /^\.\.\.(?:[ \t]|$)/.test(text.slice(lineStart, pos).replace(/[\r\n]+$/, ''));
}

/** The first index whose value is ≥ x (values ascending). */
function lowerBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Chunk boundaries: a line starting with `---` (then a space, tab or line end) starts a chunk; a
 * line starting with `...` ends one. YAML forbids both markers inside content at column 0, so a
 * split never cuts a node. A chunk of only comments, blanks and directives joins the next one.
 */
export function splitChunks(text: string): [number, number][] {
  const cuts: number[] = [0];
  const re = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === '---') {
      if (m.index > 0) cuts.push(m.index);
    } else {
      const nl = text.indexOf('\n', m.index);
      cuts.push(nl < 0 ? text.length : nl + 1);
    }
  }
  cuts.push(text.length);
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < cuts.length; i++) {
    const end = cuts[i];
    if (end <= start) continue;
    if (i < cuts.length - 1 && isPreamble(text, start, end)) continue; // joins the next chunk
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

function isPreamble(text: string, start: number, end: number): boolean {
  return /^(?:[ \t]*(?:[#%].*)?(?:\r\n|\r|\n|$))*$/.test(text.slice(start, end));
}

const HELM_HINT = /\{\{-|-\}\}|\{\{\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include\b|template\b|toYaml\b|if\b|else\b|end\b|range\b|with\b|define\b|\$|\/\*)|\|\s*(?:nindent|indent|quote|toYaml|default)\b/;

/** A document holding Helm actions; in a chart's templates folder any `{{` is one. */
export function isHelmTemplate(src: string, inTemplatesFolder: boolean): boolean {
  const at = src.indexOf('{{');
  return at >= 0 && (inTemplatesFolder || HELM_HINT.test(src));
}

/** A path that names patches: `patch-replicas.yaml`, `deployment.patch.yaml`, `patches/…`. */
export function isPatchPath(uri: string): boolean {
  return /(^|[/._-])patch(es)?([/._-]|$)/i.test(uri.replace(/^.*?:\/\/[^/]*/, ''));
}

/** Blanks `{{ … }}` actions (keeping line breaks) so the YAML around them parses with its ranges. */
export function maskTemplateActions(src: string): string {
  return src.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\r\n]/g, ' '));
}

function parseChunk(src: string, base: number, helmFolder: boolean): Chunk {
  const template = isHelmTemplate(src, helmFolder);
  const source = template ? maskTemplateActions(src) : src;
  const parsed = parseAllDocuments(source, YAML_OPTIONS);
  // An empty stream yields an `EmptyStream` (an array with `empty: true`).
  const trees = Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [];
  let lines: LineIndex | undefined;
  const docs = trees.map((tree): YamlDoc => {
    const [start, , end] = tree.range;
    // Before anything walks the tree: resolve aliases, drop cycles, bombs and excess depth.
    const bounds = boundDocument(tree);
    const problems: YamlProblem[] = template
      ? []
      : [
          ...withDuplicateKeys(tree.errors.map((e) => problem(e, 'error', source.length)), tree),
          ...bounds.problems.map((p): YamlProblem => ({ ...p, severity: 'error' })),
          ...tree.warnings.map((e) => problem(e, 'warning', source.length)),
        ];
    if (problems.length) refineProblems(tree, problems, (lines ??= new LineIndex(source)));
    const doc: YamlDoc = { index: 0, start, end, tree, problems, manifest: manifestHead(tree), template, aliases: bounds.aliases, memo: new Map() };
    const items = listItems(doc);
    if (items) doc.items = items;
    return doc;
  });
  const chunk: Chunk = { text: src, offset: 0, docs, lineStarts: lineStartsOf(src) };
  if (base !== 0) shiftChunk(chunk, base);
  return chunk;
}

/** Moves every offset of a chunk's documents by `delta` (the chunk moved in the file). */
function shiftChunk(chunk: Chunk, delta: number): void {
  chunk.offset += delta;
  for (const d of chunk.docs) {
    d.start += delta;
    d.end += delta;
    for (const p of d.problems) {
      p.start += delta;
      p.end += delta;
    }
    for (const item of d.items ?? []) {
      item.start += delta;
      item.end += delta;
    }
    const r = d.tree.range;
    r[0] += delta;
    r[1] += delta;
    r[2] += delta;
    shiftNode(d.tree.contents, delta, new Set());
  }
}

function shiftNode(node: unknown, delta: number, seen: Set<unknown>): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const n = node as Node;
  const r = n.range;
  if (r) {
    r[0] += delta;
    r[1] += delta;
    r[2] += delta;
  }
  if (isCollection(n)) {
    for (const item of n.items as unknown[]) {
      if (isScalar(item) || isCollection(item) || isAlias(item)) shiftNode(item, delta, seen);
      else if (item && typeof item === 'object' && 'key' in item) {
        shiftNode((item as Pair).key, delta, seen);
        shiftNode((item as Pair).value, delta, seen);
      }
    }
  }
}

function problem(e: { code: string; message: string; pos: [number, number] }, severity: YamlProblem['severity'], max: number): YamlProblem {
  const start = Math.min(e.pos[0], max);
  const end = Math.min(Math.max(e.pos[1], start), max);
  // The parser catches its own stack overflow on deep nesting and says so in JavaScript's words.
  if (e.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(e.message)) return { code: 'TOO_DEEP', message: 'Collections are nested too deep to parse', start, end, severity };
  return { code: e.code, message: e.message, start, end, severity };
}

/**
 * The parser's errors with a DUPLICATE_KEY error at each key equal to an earlier key of its map
 * (scalars with the same value, as the `yaml` package compares them), in offset order.
 */
function withDuplicateKeys(errors: YamlProblem[], tree: Document.Parsed): YamlProblem[] {
  const dups: YamlProblem[] = [];
  // Iterative: trees can be as deep as the parser's stack allowed.
  const stack: unknown[] = [tree.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const p of node.items) {
        const key = p.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) dups.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', start: key.range[0], end: key.range[0], severity: 'error' });
          seen.add(key.value);
        }
        stack.push(p.key, p.value);
      }
    } else if (isCollection(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  if (!dups.length) return errors;
  dups.sort((a, b) => a.start - b.start);
  const out: YamlProblem[] = [];
  let i = 0;
  for (const e of errors) {
    while (i < dups.length && dups[i].start <= e.start) out.push(dups[i++]);
    out.push(e);
  }
  return out.concat(dups.slice(i));
}

/**
 * Top-level `apiVersion` and `kind`, both plain strings, make a document a Kubernetes manifest;
 * tool configuration files that borrow the shape (kubeconfig, kustomization, kind, skaffold…) do not.
 */
export function manifestHead(tree: Document.Parsed): ManifestHead | null {
  const root = tree.contents;
  if (!isMap(root)) return null;
  const apiVersionPair = findPair(root, 'apiVersion');
  const kindPair = findPair(root, 'kind');
  if (!apiVersionPair || !kindPair) return null;
  const apiVersion = scalarString(apiVersionPair.value);
  const kind = scalarString(kindPair.value);
  if (apiVersion === null || kind === null || !apiVersion || !kind) return null;
  if (isToolConfig(apiVersion, kind)) return null;
  return { apiVersion, kind, apiVersionPair, kindPair };
}

/**
 * A List document's items, each a document of its own (undefined for other documents). A List
 * is what kubectl reads as one: a kind ending in `List` with `items`. Items that are not maps
 * stay the List's (its schema reports them); the tree nodes are shared, so ranges are file offsets.
 */
function listItems(doc: YamlDoc): YamlDoc[] | undefined {
  const head = doc.manifest;
  const root = doc.tree.contents;
  if (!head || !head.kind.endsWith('List') || !isMap(root)) return undefined;
  const pair = findPair(root, 'items');
  if (!pair) return undefined;
  const seq = pair.value;
  if (!isSeq(seq)) return isScalar(seq) && seq.value === null ? [] : undefined;
  const items: YamlDoc[] = [];
  seq.items.forEach((node, index) => {
    if (!isMap(node) || !node.range) return;
    // A view of the stream's document with the item as its root: the same options and schema.
    const tree = Object.create(doc.tree, { contents: { value: node, writable: true } }) as Document.Parsed;
    const item: YamlDoc = { index: doc.index, start: node.range[0], end: node.range[1], tree, problems: [], manifest: itemHead(head, tree), template: doc.template, aliases: doc.aliases, memo: new Map(), list: { doc, index } };
    items.push(item);
  });
  return items;
}

/** An item's own head; in a typed List (`PodList`), an item with neither key is of the List's kind. */
function itemHead(list: ManifestHead, tree: Document.Parsed): ManifestHead | null {
  const own = manifestHead(tree);
  if (own || list.kind === 'List') return own;
  const root = tree.contents as YAMLMap;
  if (findPair(root, 'apiVersion') || findPair(root, 'kind')) return null;
  return { apiVersion: list.apiVersion, kind: list.kind.slice(0, -'List'.length), apiVersionPair: list.apiVersionPair, kindPair: list.kindPair, inferred: true };
}

/**
 * The node that stands for a manifest as a whole (a finding about the object, a symbol, a fact's
 * span when it has no name): its `kind` value; for an item whose head is inferred, its first key.
 */
export function headNode(doc: YamlDoc): Node | null {
  const head = doc.manifest;
  if (head && !head.inferred) return head.kindPair.value as Node | null;
  const root = doc.tree.contents;
  return isMap(root) ? ((root.items[0]?.key as Node | undefined) ?? root) : null;
}

export function findPair(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  for (const item of map.items as Pair<Node, Node>[]) {
    if (isScalar(item.key) && keyString(item.key) === key) return item;
  }
  return undefined;
}

/** A map key as the API server reads it (go-yaml turns `true`/`1` keys into "true"/"1"). */
export function keyString(key: unknown): string | null {
  if (!isScalar(key)) return null;
  const v = key.value;
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'symbol') return '<<'; // the merge key, with `merge: true`
  return String(v);
}

export function scalarString(node: unknown): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

/**
 * The parser often points at one character (or none) past the fault. Widen such spans to what the
 * user has to fix: the whole duplicate key, or an unclosed quoted string up to the end of its line.
 */
function refineProblems(tree: Document.Parsed, problems: YamlProblem[], lines: LineIndex): void {
  const scalars: Scalar[] = [];
  visit(tree, { Scalar: (_k, node) => void scalars.push(node) });
  for (const p of problems) {
    if (p.code === 'DUPLICATE_KEY') {
      const key = scalars.find((n) => n.range?.[0] === p.start);
      if (key?.range) p.end = key.range[1];
    } else if (p.code === 'MISSING_CHAR' && /quote/i.test(p.message)) {
      const open = scalars.find((n) => (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range?.[1] === p.start);
      if (open?.range) {
        p.start = open.range[0];
        p.end = lines.lineEnd(lines.lineOf(p.start));
      }
    } else if (p.code === 'TAB_AS_INDENT') {
      // The whole run of tabs and spaces that indents the line, so the quick fix can replace it.
      const line = lines.lineOf(p.start);
      const from = lines.lineStarts[line];
      const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
      if (indent.includes('\t')) {
        p.start = from;
        p.end = from + indent.length;
      }
    }
  }
}
