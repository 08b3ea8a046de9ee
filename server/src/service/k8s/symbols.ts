/**
 * The outline of a manifest file: one symbol per document, `Kind/name` (with the apiVersion and
 * namespace as detail), and under it the document's keys, nested as in the file.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { nodeAt, nodeRange } from '../yaml/nav';
import { headNode, keyString, type YamlDoc, type YamlFile } from '../yaml/parse';

/** Nested key symbols per file, beyond which documents list no children (huge files stay quick). */
const MAX_CHILDREN = 20000;

export function documentSymbols(file: YamlFile): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const budget = { left: MAX_CHILDREN };
  for (const doc of file.docs) {
    if (!doc.manifest) continue;
    out.push(objectSymbol(file, doc, contentRange(file, doc), budget));
  }
  return out;
}

/**
 * A manifest's symbol, `Kind/name`, with its keys below; the items of a List are manifests too:
 * under its `items` key, each is `Kind/name` with its own keys.
 */
function objectSymbol(file: YamlFile, doc: YamlDoc, full: [number, number], budget: Budget): DocumentSymbol {
  const head = doc.manifest;
  const nameNode = nodeAt(doc, ['metadata', 'name']);
  const name = isScalar(nameNode) && nameNode.value !== null ? String(nameNode.value) : undefined;
  const nsNode = nodeAt(doc, ['metadata', 'namespace']);
  const ns = isScalar(nsNode) && nsNode.value !== null ? String(nsNode.value) : undefined;
  const select = within(full, nodeRange((isScalar(nameNode) ? nameNode : headNode(doc)) as Node) ?? full);
  const children: DocumentSymbol[] = [];
  const items = doc.items?.length ? new Map(doc.items.map((i) => [i.tree.contents as Node, i])) : undefined;
  if (budget.left > 0) collect(file, doc.tree.contents as Node | null, children, budget, full, items);
  // An item of a List without apiVersion and kind is still an entry (kubectl rejects it: validation says so).
  const kind = head?.kind ?? '?';
  return {
    name: shown(name !== undefined ? `${kind}/${name}` : kind),
    detail: head ? (ns ? `${head.apiVersion} · ${ns}` : head.apiVersion) : undefined,
    kind: SymbolKind.Class,
    range: file.lines.range(full[0], full[1]),
    // Inside the range, as VS Code requires: a scalar can run past the content (an unclosed quote takes the rest).
    selectionRange: file.lines.range(clamp(select[0], full[0], full[1]), clamp(select[1], full[0], full[1])),
    children,
  };
}

interface Budget {
  left: number;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

/** The document without its trailing comments and blank lines. */
function contentRange(file: YamlFile, doc: YamlDoc): [number, number] {
  const end = (doc.tree.contents as Node | null)?.range?.[1] ?? doc.end;
  let e = Math.max(doc.start, end);
  while (e > doc.start && /\s/.test(file.text[e - 1])) e--;
  return [doc.start, e];
}

/**
 * Symbols of `node`'s entries; each lies inside `bounds` (its parent's range), as outlines expect.
 * `items`: the item nodes of a List document, which become object symbols.
 */
function collect(file: YamlFile, node: Node | null, out: DocumentSymbol[], budget: Budget, bounds: [number, number], items?: Map<Node, YamlDoc>): void {
  if (!node) return;
  if (isMap(node)) {
    for (const p of node.items as Pair<Node, Node>[]) {
      if (budget.left <= 0) return;
      const k = keyString(p.key);
      const key = p.key as Node;
      if (k === null || !key?.range) continue;
      // A broken key can run past its value (a multi-line implicit key): the entry holds both.
      const value = p.value as Node | null;
      const range = within(bounds, [key.range[0], trimEnd(file, Math.max(value?.range?.[1] ?? 0, key.range[1]), key.range[0])]);
      const select = within(range, [key.range[0], key.range[1]]);
      const children: DocumentSymbol[] = [];
      budget.left--;
      collect(file, value, children, budget, range, items);
      out.push({
        name: shown(k),
        kind: isMap(value) ? SymbolKind.Module : isSeq(value) ? SymbolKind.Array : SymbolKind.Property,
        detail: isScalar(value) && value.value !== null ? String(value.value).slice(0, 80) : undefined,
        range: file.lines.range(range[0], range[1]),
        selectionRange: file.lines.range(select[0], select[1]),
        children: children.length ? children : undefined,
      });
    }
  } else if (isSeq(node)) {
    (node.items as Node[]).forEach((item, i) => {
      if (budget.left <= 0 || !item?.range || (!isMap(item) && !isSeq(item))) return;
      const range = within(bounds, [item.range[0], trimEnd(file, item.range[1], item.range[0])]);
      budget.left--;
      const object = items?.get(item);
      if (object) {
        out.push(objectSymbol(file, object, range, budget));
        return;
      }
      const children: DocumentSymbol[] = [];
      collect(file, item, children, budget, range);
      // A list item is named by its `name` when it has one (containers, ports, volumes).
      const named = isMap(item) ? (item.items as Pair<Node, Node>[]).find((p) => keyString(p.key) === 'name') : undefined;
      const label = named && isScalar(named.value) && named.value.value !== null ? `${i}: ${String(named.value.value)}` : String(i);
      out.push({
        name: label,
        kind: SymbolKind.Object,
        range: file.lines.range(range[0], range[1]),
        selectionRange: file.lines.range(range[0], range[0]),
        children: children.length ? children : undefined,
      });
    });
  }
}

/** `inner` cut to `outer`: VS Code rejects a symbol whose selection range leaves its range. */
function within(outer: [number, number], inner: [number, number]): [number, number] {
  const clamp = (o: number) => Math.max(outer[0], Math.min(o, outer[1]));
  return [clamp(inner[0]), clamp(inner[1])];
}

/** VS Code rejects a whole outline with one empty or blank name: show such a key quoted (`""`). */
function shown(name: string): string {
  return name.trim() ? name : JSON.stringify(name);
}

function trimEnd(file: YamlFile, end: number, min: number): number {
  let e = end;
  while (e > min && /\s/.test(file.text[e - 1])) e--;
  return e;
}
