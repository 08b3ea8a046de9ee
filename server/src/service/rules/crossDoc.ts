/** Shared by the cross-document rules: this document's facts, near-miss names, rename fixes. */
import { isScalar, type Node } from 'yaml';
import { decodeName } from '../documents';
import { distance } from '../k8s/suggest';
import type { ObjectFact, Span } from '../workspace/facts';
import { locate } from '../yaml/nav';
import type { YamlFile } from '../yaml/parse';
import type { Fix, Place, RuleContext } from './rule';
import { replaceScalar } from './yamlEdit';

/** The workspace facts of the document being checked (always fresh: the facade indexes it first). */
export function selfFact(ctx: RuleContext): ObjectFact | undefined {
  return ctx.workspace.objectAt(ctx.uri, ctx.doc.index, ctx.doc.list?.index);
}

/** Names close enough to `name` to be what was meant, nearest first (at most three). */
export function nearMisses(name: string, names: Iterable<string>): string[] {
  const limit = Math.max(1, Math.floor(name.length / 4));
  const scored = [...new Set(names)].map((n) => [n, distance(name, n)] as const).filter(([n, d]) => n !== name && d <= limit);
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([n]) => n);
}

/** "Change to `x`" for the scalar at `span`, one fix per candidate (the nearest preferred). */
export function renameFixes(file: YamlFile, span: Span, candidates: string[]): Fix[] {
  const at = locate(file, span[0]);
  // The scalar that starts at `span`: a key (an unknown field) or a value (a name).
  const node = at?.on === 'key' ? (at.pair?.key as Node | undefined) : at?.node;
  if (!node || !isScalar(node)) return [];
  const fixes: Fix[] = [];
  candidates.forEach((name, i) => {
    const e = replaceScalar(file, node, name);
    if (e) fixes.push({ title: 'rules.fix.rename', params: { name }, edits: [e], preferred: i === 0 });
  });
  return fixes;
}

/** A place in another file (or this one) for related information. */
export function placeOf(ctx: RuleContext, fact: { uri: string }, span: Span): Place {
  return fact.uri === ctx.uri ? { start: span[0], end: span[1] } : ctx.workspace.location(fact.uri, span);
}

/** `other` as a path relative to the folder of `from` (both URIs), for messages. */
export function relativeTo(from: string, other: string): string {
  const a = from.split('/').slice(0, -1);
  const b = other.split('/');
  let n = 0;
  while (n < a.length && n < b.length - 1 && a[n] === b[n]) n++;
  return [...a.slice(n).map(() => '..'), ...b.slice(n)].map(decodeName).join('/');
}

/** `name` or `namespace/name`, for messages. */
export function displayName(o: ObjectFact): string {
  return o.namespace ? `${o.namespace}/${o.name}` : (o.name ?? '?');
}

/** `app=web, tier=front`. */
export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
