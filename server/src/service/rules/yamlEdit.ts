/**
 * Text edits for quick fixes on YAML: add entries at the end of a block map with its indentation,
 * replace a value. Flow collections (`{a: 1}`) are left alone: no fix is better than a broken one.
 */
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { getPair, nodeAt, type Path } from '../yaml/nav';
import type { YamlDoc, YamlFile } from '../yaml/parse';
import type { Edit } from './rule';

export type YamlValue = string | number | boolean | YamlObject | YamlValue[];
export interface YamlObject {
  [key: string]: YamlValue;
}

/** The file's line break (CRLF files keep CRLF). */
export function eol(file: YamlFile): string {
  return file.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The column of a block map's keys, or null for a flow or empty map. */
export function mapIndent(file: YamlFile, map: YAMLMap): number | null {
  if (map.flow || !map.items.length) return null;
  const first = (map.items as Pair<Node, Node>[])[0].key as Node | null;
  const at = first?.range?.[0];
  return at === undefined ? null : file.lines.positionAt(at).character;
}

/** Where the last entry of a block map ends: the end of its last line of content. */
function mapContentEnd(file: YamlFile, map: YAMLMap): number | null {
  const last = (map.items as Pair<Node, Node>[])[map.items.length - 1];
  let end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node | null)?.range?.[1];
  if (end === undefined) return null;
  while (end > 0 && /\s/.test(file.text[end - 1])) end--;
  return file.lines.lineEnd(file.lines.lineOf(Math.max(0, end - 1)));
}

/** Renders `value` under `key` as block YAML lines (no indentation of their own). */
export function yamlLines(key: string, value: YamlValue, unit = 2): string[] {
  const pad = ' '.repeat(unit);
  if (Array.isArray(value)) {
    const out = [`${key}:`];
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const inner = Object.entries(item).flatMap(([k, v]) => yamlLines(k, v, unit));
        inner.forEach((l, i) => out.push((i === 0 ? '- ' : '  ') + l));
      } else out.push(`- ${scalar(item)}`);
    }
    return out;
  }
  if (value && typeof value === 'object') {
    return [`${key}:`, ...Object.entries(value).flatMap(([k, v]) => yamlLines(k, v, unit).map((l) => pad + l))];
  }
  return [`${key}: ${scalar(value)}`];
}

function scalar(v: YamlValue): string {
  if (typeof v === 'string') return /^[\w./-]+$/.test(v) && !/^(true|false|yes|no|on|off|null|~|y|n|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(v) ? v : JSON.stringify(v);
  return String(v);
}

/** Adds entries (`key: value` pairs, rendered as block YAML) at the end of a block map. */
export function appendToMap(file: YamlFile, map: YAMLMap, values: YamlObject): Edit | null {
  const indent = mapIndent(file, map);
  if (indent === null) return null; // a flow or empty map: no block to extend
  const at = mapContentEnd(file, map);
  if (at === null) return null;
  const nl = eol(file);
  const text = Object.entries(values)
    .flatMap(([k, v]) => yamlLines(k, v))
    .map((l) => nl + ' '.repeat(indent) + l)
    .join('');
  return { start: at, end: at, newText: text };
}

/**
 * Adds `values` under `key` of `map`: into the block map already there (only what is missing,
 * recursively), or as a new entry. Null when something in the way is not a block map.
 */
export function mergeIntoMap(file: YamlFile, doc: YamlDoc, map: YAMLMap, key: string, values: YamlObject): Edit[] | null {
  const pair = getPair(doc, map, key);
  if (!pair) {
    const e = appendToMap(file, map, { [key]: values });
    return e ? [e] : null;
  }
  const v = pair.value as Node | null;
  if (!isMap(v)) return null;
  const edits: Edit[] = [];
  const missing: YamlObject = {};
  for (const [k, val] of Object.entries(values)) {
    const existing = getPair(doc, v, k);
    if (!existing) missing[k] = val;
    else if (val && typeof val === 'object' && !Array.isArray(val)) {
      const inner = mergeIntoMap(file, doc, v, k, val);
      if (inner === null) return null;
      edits.push(...inner);
    }
  }
  if (Object.keys(missing).length) {
    const e = appendToMap(file, v, missing);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}

/**
 * Sets the integer field `key` of the map at `path`: its value replaced, unquoted (a quoted number
 * is a string to the API server), else the key added to the block map; null when neither can be.
 */
export function setInteger(file: YamlFile, doc: YamlDoc, path: Path, key: string, value: number): Edit | null {
  const node = nodeAt(doc, [...path, key]);
  if (node) {
    const e = replaceScalar(file, node, String(value));
    return e && { ...e, newText: String(value) };
  }
  const map = nodeAt(doc, path);
  return isMap(map) && !getPair(doc, map, key) ? appendToMap(file, map, { [key]: value }) : null;
}

/** Replaces a scalar's text, keeping its quotes when it had some. */
export function replaceScalar(file: YamlFile, node: Node, value: string): Edit | null {
  if (!isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  const raw = file.text.slice(start, end);
  const quote = raw.startsWith('"') ? '"' : raw.startsWith("'") ? "'" : '';
  const text = quote === '"' ? JSON.stringify(value) : quote ? `'${value.replace(/'/g, "''")}'` : scalar(value);
  return { start, end, newText: text };
}
