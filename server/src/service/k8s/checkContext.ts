/** What every manifest check shares: the file, the document, where findings go. */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { MessageKey } from '../../l10n';
import type { YamlDoc, YamlFile } from '../yaml/parse';
import type { Finding } from './rules';
import type { ObjectType } from './schema';

export interface CheckContext {
  file: YamlFile;
  doc: YamlDoc;
  out: Finding[];
  /** Nodes already checked (an anchor used through several aliases is checked once). */
  seen: Set<Node>;
  /** The document's type, for "this field belongs elsewhere" hints. */
  root?: ObjectType;
}

/** What a patch (a partial manifest) legitimately leaves out. */
const PARTIAL_SKIPS = new Set<Finding['rule']>(['k8s/missing-field', 'k8s/missing-name', 'k8s/empty-selector', 'k8s/selector-mismatch', 'k8s/restart-policy', 'k8s/port-name-required']);

export function report(ctx: CheckContext, f: Finding): void {
  if (ctx.file.patch && PARTIAL_SKIPS.has(f.rule)) return;
  ctx.out.push(f);
}

/** The source text of a node (without trailing comments). */
export function sourceOf(ctx: CheckContext, node: Node): string {
  const r = node.range!;
  return ctx.file.text.slice(r[0], r[1]);
}

export function span(node: Node): { start: number; end: number } {
  const r = node.range!;
  return { start: r[0], end: r[1] };
}

/** What a YAML node holds, in the words of the messages. */
export function shapeOf(node: Node): MessageKey {
  if (isMap(node)) return 'k8s.shape.object';
  if (isSeq(node)) return 'k8s.shape.list';
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number') return Number.isInteger(v) ? 'k8s.shape.integer' : 'k8s.shape.number';
    if (typeof v === 'boolean') return 'k8s.shape.boolean';
    if (v === null) return 'k8s.shape.null';
    return 'k8s.shape.string';
  }
  return 'k8s.shape.object';
}

