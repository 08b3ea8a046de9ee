import type { Position, Range } from 'vscode-languageserver-types';

/** Offsets where lines start (after each CR LF, LF or lone CR); a regex scan is fast on large text. */
export function lineStartsOf(text: string, base = 0): number[] {
  const starts = [base];
  const eol = /\r\n?|\n/g;
  for (let m = eol.exec(text); m; m = eol.exec(text)) starts.push(base + m.index + m[0].length);
  return starts;
}

/**
 * Offsets (UTF-16 code units, as JS strings index) ↔ LSP positions.
 *
 * Every position it returns lies inside the document: never past the end of its line's text
 * (a CR or LF is not text), never on a line after the last. All features build ranges here.
 */
export class LineIndex {
  /** Offset where each line starts. */
  readonly lineStarts: number[];

  /** `lineStarts` may be handed in when already known (the YAML layer keeps them per document). */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? lineStartsOf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the last character of the line's text (before its CR/LF). */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    let end = l + 1 < this.lineStarts.length ? this.lineStarts[l + 1] : this.text.length;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[l] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    const l = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    return this.text.slice(this.lineStarts[l], this.lineEnd(l));
  }

  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    const start = this.lineStarts[line];
    return { line, character: Math.min(o, this.lineEnd(line)) - start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** A range from offsets; `end` defaults to `start`, and an inverted pair is put in order. */
  range(start: number, end: number = start): Range {
    const a = Math.min(start, end);
    const b = Math.max(start, end);
    return { start: this.positionAt(a), end: this.positionAt(b) };
  }

  /** The range of a whole line's text. */
  lineRange(line: number): Range {
    const l = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    return this.range(this.lineStarts[l], this.lineEnd(l));
  }

  /** True when the range lies inside the document (the convention every feature keeps). */
  contains(range: Range): boolean {
    const ok = (p: Position) =>
      p.line >= 0 && p.line < this.lineCount && p.character >= 0 && p.character <= this.lineEnd(p.line) - this.lineStarts[p.line];
    const ordered =
      range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    return ok(range.start) && ok(range.end) && ordered;
  }
}
