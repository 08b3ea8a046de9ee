/** Container image references (`[registry/]name[:tag][@digest]`) with the offsets of their parts. */
import { isScalar, type Node } from 'yaml';
import type { YamlFile } from '../yaml/parse';

export interface ImageRef {
  /** Repository without tag or digest. */
  name: string;
  tag: string | null;
  digest: string | null;
  /** Index of the tag in the reference text (after the `:`), when there is one. */
  tagAt: number;
}

export function parseImage(ref: string): ImageRef | null {
  const s = ref.trim();
  if (!s || /\s/.test(s)) return null;
  const at = s.indexOf('@');
  const digest = at >= 0 ? s.slice(at + 1) : null;
  const rest = at >= 0 ? s.slice(0, at) : s;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon before the last slash is a registry port (localhost:5000/app), not a tag.
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, tagAt: colon + 1 };
  return { name: rest, tag: null, digest, tagAt: -1 };
}

/** Values that are filled in later (`$(VAR)`, `${VAR}`, Helm or Jinja actions): nothing to judge. */
export function isPlaceholder(value: string): boolean {
  return /\$\(|\$\{|\{\{|<[A-Za-z_]|^\s*$|^ko:\/\//.test(value);
}

/**
 * File offsets of `[from, to)` of a scalar's value, when its source spells the value verbatim
 * (plain, or quoted without escapes); otherwise the whole scalar.
 */
export function scalarSubRange(file: YamlFile, node: Node, from: number, to: number): [number, number] {
  const r = node.range!;
  if (!isScalar(node) || typeof node.value !== 'string') return [r[0], r[1]];
  const src = file.text.slice(r[0], r[1]);
  const value = node.value;
  let base = -1;
  if (src === value) base = r[0];
  else if ((src.startsWith('"') || src.startsWith("'")) && src.slice(1, -1) === value) base = r[0] + 1;
  return base < 0 ? [r[0], r[1]] : [base + from, base + to];
}
