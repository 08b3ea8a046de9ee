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
  parseAllDocuments,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type Tags,
  type YAMLMap,
} from 'yaml';
import { LineIndex } from '../../common/text';
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
  /**
   * Per-document results of features (validation, symbols…), kept while the document's text is
   * unchanged. Store offsets relative to `start` here, never absolute ones: the document may move.
   */
  memo: Map<string, unknown>;
}

export interface ManifestHead {
  apiVersion: string;
  kind: string;
  /** The `apiVersion` and `kind` pairs, for ranges. */
  apiVersionPair: Pair<Node, Node>;
  kindPair: Pair<Node, Node>;
}

export interface YamlFile {
  text: string;
  lines: LineIndex;
  docs: YamlDoc[];
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
}

// go-yaml v2 has no sexagesimal numbers and keeps timestamps as strings; omap/pairs/set are rare.
const DROPPED_TAGS = /:(timestamp|omap|pairs|set)$/;
const customTags = (tags: Tags): Tags =>
  tags.filter((t) => !(typeof t === 'object' && (DROPPED_TAGS.test(t.tag) || (t as { format?: string }).format === 'TIME')));
const YAML_OPTIONS = { version: '1.1' as const, merge: true, customTags, prettyErrors: false, keepSourceTokens: false, uniqueKeys: true };

/** Parses a stream, reusing the chunks of `previous` whose text is unchanged. */
export function parseYaml(text: string, options: ParseOptions = {}, previous?: YamlFile): YamlFile {
  const lines = new LineIndex(text);
  const json = !!options.json;
  const spans = json ? [[0, text.length] as [number, number]] : splitChunks(text);
  // Unused chunks of the previous parse, by text; each is reused at most once.
  const pool = new Map<string, Chunk[]>();
  if (previous && previous.json === json && previous.patch === !!options.patch) {
    for (const c of previous.chunks) {
      const list = pool.get(c.text);
      if (list) list.push(c);
      else pool.set(c.text, [c]);
    }
  }
  const chunks: Chunk[] = [];
  const docs: YamlDoc[] = [];
  for (const [start, end] of spans) {
    const src = text.slice(start, end);
    let chunk = pool.get(src)?.shift();
    if (chunk) {
      if (chunk.offset !== start) shiftChunk(chunk, start - chunk.offset);
    } else {
      chunk = parseChunk(src, start, !!options.helmTemplates);
    }
    chunks.push(chunk);
    for (const d of chunk.docs) {
      d.index = docs.length;
      docs.push(d);
    }
  }
  return { text, lines, docs, json, patch: !!options.patch, chunks };
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
  const lines = new LineIndex(source);
  const docs = trees.map((tree): YamlDoc => {
    const [start, , end] = tree.range;
    const problems: YamlProblem[] = template
      ? []
      : [...tree.errors.map((e) => problem(e, 'error', source.length)), ...tree.warnings.map((e) => problem(e, 'warning', source.length))];
    if (problems.length) refineProblems(tree, problems, lines);
    return { index: 0, start, end, tree, problems, manifest: manifestHead(tree), template, memo: new Map() };
  });
  const chunk: Chunk = { text: src, offset: 0, docs };
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
    const r = d.tree.range;
    d.tree.range = [r[0] + delta, r[1] + delta, r[2] + delta];
    shiftNode(d.tree.contents, delta, new Set());
  }
}

function shiftNode(node: unknown, delta: number, seen: Set<unknown>): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const n = node as Node;
  if (n.range) n.range = [n.range[0] + delta, n.range[1] + delta, n.range[2] + delta];
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
  return { code: e.code, message: e.message, start, end, severity };
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
