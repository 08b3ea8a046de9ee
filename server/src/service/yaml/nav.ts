/**
 * The navigation model: from a file offset to what is there (document, path, node, key or value),
 * and from a path to the node and the exact ranges of its key and value. Every offset in and out
 * is a file offset (UTF-16 code units); turn them into LSP ranges with `file.lines.range(a, b)`.
 *
 * Paths go from the document root: strings index maps, numbers index sequences —
 * `['spec', 'template', 'spec', 'containers', 0, 'image']`.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { keyString, type YamlDoc, type YamlFile } from './parse';

export type PathSegment = string | number;
export type Path = PathSegment[];

export interface NodeLocation {
  doc: YamlDoc;
  /** Path to the node; on a key, the path of that key's entry. */
  path: Path;
  /** On a map key, or on a value (a scalar, or inside a collection but on none of its entries). */
  on: 'key' | 'value';
  /** The value at `path`: the pair's value on a key; null for `key:` with nothing after it. */
  node: Node | null;
  /** The map entry holding the value, when its parent is a map. */
  pair: Pair<Node, Node> | null;
  /** The collection holding the entry (null at the root). */
  parent: YAMLMap | YAMLSeq | null;
}

export type OffsetRange = [start: number, end: number];

/**
 * The document that holds `offset`: the stream's document (its range includes its `---` line),
 * or, inside an item of a List document, that item (`YamlDoc.items`): the object there.
 */
export function documentAt(file: YamlFile, offset: number): YamlDoc | undefined {
  const doc = streamDocumentAt(file.docs, offset);
  if (!doc?.items?.length) return doc;
  const item = streamDocumentAt(doc.items, offset);
  return item && offset >= item.start && offset <= item.end ? item : doc;
}

/** Binary search of documents in offset order whose ranges do not overlap. */
function streamDocumentAt(docs: YamlDoc[], offset: number): YamlDoc | undefined {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid];
    if (offset < d.start) hi = mid - 1;
    else if (offset > d.end) lo = mid + 1;
    else {
      // Ranges of neighbours touch at one offset: prefer the later document there.
      if (offset === d.end && mid + 1 < docs.length && docs[mid + 1].start === offset) return docs[mid + 1];
      return d;
    }
  }
  return undefined;
}

/** What is at `offset`: the deepest key or value whose range holds it (its end included). */
export function locate(file: YamlFile, offset: number): NodeLocation | null {
  const doc = documentAt(file, offset);
  return doc ? locateInDocument(doc, offset) : null;
}

/**
 * A path of a stream document as the object it lies in: inside a List's item (`items[i]…`), that
 * item's document and the path from its root; else the same document and path.
 */
export function objectPath(doc: YamlDoc, path: Path): { doc: YamlDoc; path: Path } {
  if (doc.items && path[0] === 'items' && typeof path[1] === 'number') {
    const item = doc.items.find((i) => i.list!.index === path[1]);
    if (item) return { doc: item, path: path.slice(2) };
  }
  return { doc, path };
}

export function locateInDocument(doc: YamlDoc, offset: number): NodeLocation | null {
  const root = doc.tree.contents as Node | null;
  if (!root || !holds(root, offset)) return null;
  return descend(doc, root, [], null, null, offset);
}

function descend(doc: YamlDoc, node: Node, path: Path, parent: YAMLMap | YAMLSeq | null, pair: Pair<Node, Node> | null, offset: number): NodeLocation {
  if (isMap(node)) {
    for (const p of node.items as Pair<Node, Node>[]) {
      const k = keyString(p.key);
      if (k === null) continue;
      if (holds(p.key as Node, offset)) return { doc, path: [...path, k], on: 'key', node: nodeOf(p.value), pair: p, parent: node };
      const v = p.value as Node | null;
      if (v && holds(v, offset) && !isEmptyScalar(v)) return descend(doc, v, [...path, k], node, p, offset);
    }
  } else if (isSeq(node)) {
    const items = node.items as Node[];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item && holds(item, offset) && !isEmptyScalar(item)) return descend(doc, item, [...path, i], node, null, offset);
    }
  }
  return { doc, path, on: 'value', node, pair, parent };
}

/** The node's range holds `offset` (both ends included: the cursor may sit just after it). */
export function holds(node: Node, offset: number): boolean {
  const r = node.range;
  return !!r && offset >= r[0] && offset <= r[1];
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range![0] === node.range![1];
}

function nodeOf(v: unknown): Node | null {
  return v && typeof v === 'object' ? (v as Node) : null;
}

/** Follows an alias to the node it names (one step; the parser layer dropped aliases that loop). */
export function resolveAlias(doc: YamlDoc, node: Node | null | undefined): Node | null {
  if (node && isAlias(node)) return doc.aliases.get(node) ?? null;
  return node ?? null;
}

/** The entry of `map` for `key` (also through `<<` merge keys), or undefined. */
export function getPair(doc: YamlDoc, map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  let merged: Pair<Node, Node> | undefined;
  for (const p of map.items as Pair<Node, Node>[]) {
    const k = keyString(p.key);
    if (k === key) return p;
    if (k === '<<' && !merged) {
      for (const src of mergeSources(doc, p.value as Node | null)) {
        const hit = getPair(doc, src, key);
        if (hit) {
          merged = hit;
          break;
        }
      }
    }
  }
  return merged;
}

function mergeSources(doc: YamlDoc, value: Node | null): YAMLMap[] {
  const v = resolveAlias(doc, value);
  if (isMap(v)) return [v];
  if (isSeq(v)) return (v.items as Node[]).map((i) => resolveAlias(doc, i)).filter((i): i is YAMLMap => isMap(i));
  return [];
}

/** The map's entries by key, in order, with merge keys expanded (an explicit key wins). */
export function entries(doc: YamlDoc, map: YAMLMap): [string, Pair<Node, Node>][] {
  const out: [string, Pair<Node, Node>][] = [];
  const seen = new Set<string>();
  const merges: Pair<Node, Node>[] = [];
  for (const p of map.items as Pair<Node, Node>[]) {
    const k = keyString(p.key);
    if (k === null) continue;
    if (k === '<<' && p.value && (isAlias(p.value) || isSeq(p.value))) {
      merges.push(p);
      continue;
    }
    if (!seen.has(k)) {
      seen.add(k);
      out.push([k, p]);
    }
  }
  for (const m of merges) {
    for (const src of mergeSources(doc, m.value as Node | null)) {
      for (const [k, p] of entries(doc, src)) {
        if (!seen.has(k)) {
          seen.add(k);
          out.push([k, p]);
        }
      }
    }
  }
  return out;
}

/**
 * The value at `path`: a node; null when the key is there with no value (`key:`); undefined when
 * the path does not exist. Aliases are followed.
 */
export function nodeAt(doc: YamlDoc, path: Path): Node | null | undefined {
  let node: Node | null = resolveAlias(doc, doc.tree.contents as Node | null);
  for (const seg of path) {
    if (node === null) return undefined;
    if (typeof seg === 'string') {
      if (!isMap(node)) return undefined;
      const p = getPair(doc, node, seg);
      if (!p) return undefined;
      node = resolveAlias(doc, nodeOf(p.value));
    } else {
      if (!isSeq(node) || seg < 0 || seg >= node.items.length) return undefined;
      node = resolveAlias(doc, nodeOf(node.items[seg]));
    }
    if (node && isScalar(node) && node.value === null) node = isEmptyScalar(node) ? null : node;
  }
  return node;
}

/** The map entry whose key ends `path` (a path ending with a string). */
export function pairAt(doc: YamlDoc, path: Path): Pair<Node, Node> | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  return parent && isMap(parent) ? getPair(doc, parent, last) : undefined;
}

/**
 * Exact file ranges at `path`: `key` (when the path ends in a map key) and `value` (absent for
 * `key:` with no value). Undefined when the path does not exist.
 */
export function rangesAt(doc: YamlDoc, path: Path): { key?: OffsetRange; value?: OffsetRange } | undefined {
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    const p = pairAt(doc, path);
    if (!p) return undefined;
    const v = nodeOf(p.value);
    return { key: nodeRange(p.key as Node), value: v && !isEmptyScalar(v) ? nodeRange(v) : undefined };
  }
  const node = path.length === 0 ? (doc.tree.contents as Node | null) : nodeAt(doc, path);
  if (node === undefined) return undefined;
  return { value: node ? nodeRange(node) : undefined };
}

/** A node's range without trailing comments: [start, end of its value]. */
export function nodeRange(node: Node | null | undefined): OffsetRange | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** A pair's key range. */
export function keyRange(pair: Pair<unknown, unknown>): OffsetRange | undefined {
  return nodeRange(nodeOf(pair.key));
}

/** The JS value of a node, as the API server would decode it (aliases and merges resolved). */
export function toValue(doc: YamlDoc, node: Node | null | undefined): unknown {
  if (!node) return null;
  // The parser layer bounded what aliases expand to (bounds.ts): no count limit here to throw.
  return node.toJS(doc.tree as Document, { maxAliasCount: -1 });
}

/** A scalar's value when it is a string (never a number or boolean). */
export function stringValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Calls `visit` for every node of the document with its path; return false to skip a subtree. */
export function walk(doc: YamlDoc, visit: (node: Node, path: Path, pair: Pair<Node, Node> | null) => boolean | void): void {
  const go = (node: Node | null, path: Path, pair: Pair<Node, Node> | null): void => {
    if (!node) return;
    if (visit(node, path, pair) === false) return;
    if (isMap(node)) {
      for (const p of node.items as Pair<Node, Node>[]) {
        const k = keyString(p.key);
        if (k !== null) go(nodeOf(p.value), [...path, k], p);
      }
    } else if (isSeq(node)) {
      (node.items as Node[]).forEach((item, i) => go(nodeOf(item), [...path, i], null));
    }
  };
  go(doc.tree.contents as Node | null, [], null);
}

/** `spec.template.spec.containers[0].image`, for messages. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export type { Scalar };
