/**
 * Bounds on what a parsed document can cost the features that walk it. Every feature recurses
 * into trees and follows aliases and `<<` merges; hostile or broken input would make that
 * unbounded: an alias inside the node it names (a cycle), aliases of aliases that expand to
 * billions of nodes ("billion laughs"), merge chains that double at each step, nesting deep
 * enough to overflow the stack. Here, once per parsed document and without recursion:
 *
 * - every alias is resolved (the last node with its anchor before it, as YAML and the `yaml`
 *   package say), so features look targets up instead of searching the document each time;
 * - an alias whose target contains it is reported (ALIAS_CYCLE) and dropped, and so is one without
 *   a target (the parser reported that one);
 * - expansion is counted node by node, and an alias that would take the document over
 *   `maxExpandedNodes` is reported (RESOURCE_EXHAUSTION) and dropped;
 * - a collection nested deeper than `maxDepth` is reported (TOO_DEEP) and emptied;
 * - a `<<` merge of anything but maps is reported (BAD_MERGE, as go-yaml rejects it) and becomes
 *   an empty map (the `yaml` package would throw when converting it).
 *
 * "Dropped" means replaced in the tree by a null scalar with the same range, so that nothing
 * downstream can reach it, and the document keeps every other node.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Scalar, YAMLMap, type Alias, type Document, type Node, type Pair } from 'yaml';

export interface BoundsProblem {
  code: 'ALIAS_CYCLE' | 'RESOURCE_EXHAUSTION' | 'TOO_DEEP' | 'BAD_MERGE';
  message: string;
  start: number;
  end: number;
}

export interface BoundsOptions {
  /** Nested collections allowed (manifests nest 10–20 deep). */
  maxDepth: number;
  /** Nodes the document may expand to through aliases and merges. */
  maxExpandedNodes: number;
}

export const DEFAULT_BOUNDS: BoundsOptions = { maxDepth: 200, maxExpandedNodes: 1_000_000 };

/** Where a node sits, so that it can be replaced. */
type Slot = { pair: Pair; side: 'key' | 'value' } | { items: unknown[]; index: number } | { doc: Document.Parsed };

interface Frame {
  node: Node;
  slot: Slot;
  children: [Node, Slot][];
  next: number;
  /** Expanded size: this node plus its children's (aliases count their target's). */
  size: number;
}

/** Resolves aliases and enforces the bounds on `tree` in place; returns the alias targets and problems. */
export function boundDocument(tree: Document.Parsed, options: BoundsOptions = DEFAULT_BOUNDS): { aliases: Map<Alias, Node>; problems: BoundsProblem[] } {
  const aliases = new Map<Alias, Node>();
  const problems: BoundsProblem[] = [];
  const root = tree.contents as Node | null;
  if (!root) return { aliases, problems };
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const onPath = new Set<Node>();
  let expanded = 0;
  let dropped = 0;
  let firstDrop: BoundsProblem | null = null;
  const stack: Frame[] = [];
  const merges: Pair[] = [];
  /** The nulls put in place of dropped nodes: already reported. */
  const placeholders = new Set<Node>();

  /** Puts a null scalar with the same range in the node's place; an anchor on it now names the null. */
  const drop = (node: Node, slot: Slot) => {
    const r = node.range ?? [0, 0, 0];
    const empty = new Scalar(null);
    empty.range = [r[0], r[1], r[2]];
    if ('pair' in slot) slot.pair[slot.side] = empty as never;
    else if ('items' in slot) slot.items[slot.index] = empty;
    else slot.doc.contents = empty as never;
    if (node.anchor) anchors.set(node.anchor, empty);
    sizes.set(empty, 1);
    placeholders.add(empty);
  };

  const enter = (node: Node, slot: Slot) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const r = node.range ?? [0, 0, 0];
      if (target && onPath.has(target)) {
        drop(node, slot);
        problems.push({ code: 'ALIAS_CYCLE', message: `Alias *${node.source} refers to a node that contains it`, start: r[0], end: r[1] });
        return;
      }
      if (!target) {
        // The parser reported it (BAD_ALIAS); converting it would throw.
        drop(node, slot);
        addSize(1);
        return;
      }
      const size = sizes.get(target) ?? 1;
      if (expanded + size > options.maxExpandedNodes) {
        drop(node, slot);
        dropped++;
        firstDrop ??= { code: 'RESOURCE_EXHAUSTION', message: '', start: r[0], end: r[1] };
        addSize(1);
        return;
      }
      aliases.set(node, target);
      expanded += size;
      addSize(size);
      return;
    }
    if (stack.length >= options.maxDepth && isCollection(node)) {
      const r = node.range ?? [0, 0, 0];
      drop(node, slot);
      if (!problems.some((p) => p.code === 'TOO_DEEP')) {
        problems.push({ code: 'TOO_DEEP', message: `Collections are nested more than ${options.maxDepth} levels deep; the deeper ones are not read`, start: r[0], end: r[0] + 1 });
      }
      expanded++;
      addSize(1);
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    expanded++;
    if (isCollection(node)) {
      const children: [Node, Slot][] = [];
      const items = node.items as unknown[];
      items.forEach((item, index) => {
        if (isPair(item) && isMergeKey(item.key)) merges.push(item);
        if (isPair(item)) {
          if (item.key && typeof item.key === 'object') children.push([item.key as Node, { pair: item, side: 'key' }]);
          if (item.value && typeof item.value === 'object') children.push([item.value as Node, { pair: item, side: 'value' }]);
        } else if (item && typeof item === 'object') children.push([item as Node, { items, index }]);
      });
      onPath.add(node);
      stack.push({ node, slot, children, next: 0, size: 1 });
    } else {
      if (!isScalar(node)) return;
      sizes.set(node, 1);
      addSize(1);
    }
  };

  /** Adds a finished child's size to its parent's. */
  function addSize(n: number) {
    const top = stack[stack.length - 1];
    if (top) top.size = Math.min(top.size + n, Number.MAX_SAFE_INTEGER);
  }

  enter(root, { doc: tree });
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      const [child, slot] = top.children[top.next++];
      enter(child, slot);
      continue;
    }
    stack.pop();
    onPath.delete(top.node);
    sizes.set(top.node, top.size);
    addSize(top.size);
  }
  for (const pair of merges) checkMerge(pair, aliases, placeholders, problems);
  if (firstDrop) {
    const p = firstDrop as BoundsProblem;
    problems.push({
      code: 'RESOURCE_EXHAUSTION',
      message: `Aliases expand to more than ${options.maxExpandedNodes.toLocaleString('en-US')} nodes (an alias bomb?); ${dropped === 1 ? 'this alias is' : `this alias and ${dropped - 1} more are`} not read`,
      start: p.start,
      end: p.end,
    });
  }
  return { aliases, problems };
}

/** The `<<` key as the parser reads it in YAML 1.1 (a plain `<<`). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/** A merge value must be a map, an alias of one, or a sequence of those; anything else becomes `{}`. */
function checkMerge(pair: Pair, aliases: Map<Alias, Node>, placeholders: Set<Node>, problems: BoundsProblem[]): void {
  const isMapSource = (n: unknown) => isMap(isAlias(n) ? aliases.get(n) : n);
  const bad = (n: unknown) => {
    const r = (n as Node | null)?.range ?? (pair.key as Node).range ?? [0, 0, 0];
    if (!placeholders.has(n as Node)) problems.push({ code: 'BAD_MERGE', message: 'Merge sources must be maps or aliases of maps', start: r[0], end: r[1] });
    const empty = new YAMLMap();
    empty.range = [r[0], r[0], r[0]];
    return empty;
  };
  const value = pair.value;
  const target = isAlias(value) ? aliases.get(value) : value;
  if (isSeq(value)) {
    value.items = value.items.map((item) => (isMapSource(item) ? item : bad(item)));
  } else if (isSeq(target)) {
    // An alias of a sequence: the sequence is data elsewhere too, so the alias goes if it does not fit.
    if (!target.items.every(isMapSource)) pair.value = bad(value);
  } else if (!isMapSource(value)) {
    pair.value = bad(value);
  }
}
