/**
 * What the cursor is on in a YAML document: the path from the root, whether it is a key or a
 * value, the scalar value, and the scalar's range. Shared by the features that need a field path
 * (the notes hover on any YAML with `apiVersion` and `kind`; manifests' own hover may use it too).
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { YamlDoc } from './parse';

export interface YamlPathAt {
  path: (string | number)[];
  on: 'key' | 'value';
  /** The scalar under the cursor, as text (for a key: the key). */
  value?: string;
  /** File offsets of the scalar under the cursor. */
  start: number;
  end: number;
}

export function yamlPathAt(doc: YamlDoc, offset: number): YamlPathAt | null {
  const path: (string | number)[] = [];
  let node: unknown = doc.tree.contents;
  for (let depth = 0; depth < 1000 && node; depth++) {
    if (isMap(node)) {
      const pair = (node.items as Pair<Node, Node>[]).find((p) => within(p.key, offset) || within(p.value, offset));
      if (!pair || !isScalar(pair.key)) return null;
      const key = String(pair.key.value);
      path.push(key);
      if (within(pair.key, offset)) return { path, on: 'key', value: key, start: pair.key.range![0], end: pair.key.range![1] };
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(isPair(item) ? item.key : item, offset) || (isPair(item) && within(item.value, offset)));
      if (index < 0) return null;
      path.push(index);
      node = node.items[index];
    } else if (isScalar(node)) {
      if (!within(node, offset)) return null;
      const v = node.value;
      return { path, on: 'value', value: v === null ? undefined : String(v), start: node.range![0], end: node.range![1] };
    } else {
      return null;
    }
  }
  return null;
}

/** The cursor touches the node (its end included, so a cursor right after a word still counts). */
function within(node: unknown, offset: number): boolean {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}
