/**
 * Structure from the YAML trees: folding ranges (each document, each block key or list item that
 * spans lines, runs of comment lines) and selection ranges (value → entry → collection → … →
 * document), all on the exact nodes.
 */
import { FoldingRangeKind, type FoldingRange, type SelectionRange } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { YamlDoc, YamlFile } from './parse';

export function foldingRanges(file: YamlFile): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = file.lines;
  const add = (startOffset: number, endOffset: number, kind?: FoldingRangeKind) => {
    const startLine = lines.lineOf(startOffset);
    const endLine = lines.lineOf(trimEnd(file.text, endOffset, startOffset));
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  for (const doc of file.docs) {
    add(doc.start, contentEnd(doc));
    visit(doc.tree.contents as Node | null, (keyStart, end) => add(keyStart, end));
  }
  // Runs of two or more comment lines.
  let runStart = -1;
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && /^\s*#/.test(lines.lineText(l));
    if (isComment && runStart < 0) runStart = l;
    if (!isComment && runStart >= 0) {
      if (l - 1 > runStart) out.push({ startLine: runStart, endLine: l - 1, kind: FoldingRangeKind.Comment });
      runStart = -1;
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Calls `fold(start, end)` for every map entry and list item whose value is a block collection. */
function visit(node: Node | null, fold: (start: number, end: number) => void): void {
  if (!node || node.range === undefined) return;
  if (isMap(node)) {
    for (const p of node.items as Pair<Node, Node>[]) {
      const key = p.key as Node | null;
      const value = p.value as Node | null;
      if (key?.range && value?.range && (isMap(value) || isSeq(value) || isBlockScalar(value))) fold(key.range[0], value.range[1]);
      visit(value, fold);
    }
  } else if (isSeq(node)) {
    for (const item of node.items as Node[]) {
      if (item?.range && (isMap(item) || isSeq(item))) fold(item.range[0], item.range[1]);
      visit(item, fold);
    }
  }
}

function isBlockScalar(n: Node): boolean {
  return isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED');
}

function contentEnd(doc: YamlDoc): number {
  return (doc.tree.contents as Node | null)?.range?.[1] ?? doc.end;
}

function trimEnd(text: string, end: number, min: number): number {
  let e = end;
  while (e > min && /\s/.test(text[e - 1])) e--;
  return e;
}

/** For each offset: the innermost scalar or key, its entry, its collection, …, the document. */
export function selectionRanges(file: YamlFile, offsets: number[]): SelectionRange[] {
  return offsets.map((offset) => {
    const spans: [number, number][] = [];
    const doc = file.docs.find((d) => offset >= d.start && offset <= d.end);
    if (doc) {
      spans.push([doc.start, trimEnd(file.text, contentEnd(doc), doc.start)]);
      descend(doc.tree.contents as Node | null, offset, spans, file.text);
    }
    let parent: SelectionRange | undefined;
    let last: [number, number] | undefined;
    for (const [a, b] of spans) {
      // Every range must hold the position (trailing blanks after a document do not).
      if (offset < a || offset > b) continue;
      if (last && a === last[0] && b === last[1]) continue;
      if (last && (a < last[0] || b > last[1])) continue; // keep the chain nested
      parent = { range: file.lines.range(a, b), parent };
      last = [a, b];
    }
    return parent ?? { range: file.lines.range(offset, offset) };
  });
}

function descend(node: Node | null, offset: number, spans: [number, number][], text: string): void {
  if (!node?.range || offset < node.range[0] || offset > node.range[1]) return;
  spans.push([node.range[0], trimEnd(text, node.range[1], node.range[0])]);
  if (isMap(node)) {
    for (const p of node.items as Pair<Node, Node>[]) {
      const key = p.key as Node | null;
      const value = p.value as Node | null;
      const start = key?.range?.[0] ?? value?.range?.[0];
      const end = value?.range?.[1] ?? key?.range?.[1];
      if (start === undefined || end === undefined || offset < start || offset > end) continue;
      spans.push([start, trimEnd(text, end, start)]);
      if (key?.range && offset >= key.range[0] && offset <= key.range[1]) spans.push([key.range[0], key.range[1]]);
      else descend(value, offset, spans, text);
      return;
    }
  } else if (isSeq(node)) {
    for (const item of node.items as Node[]) {
      if (item?.range && offset >= item.range[0] && offset <= item.range[1]) {
        descend(item, offset, spans, text);
        return;
      }
    }
  }
}
