/**
 * What every answer of the service must satisfy, whatever the input: no exception, an answer
 * within the request budget, every position inside the document (`LineIndex.contains`), results
 * that survive JSON (they cross the wire), edits that apply. Each check throws an `OracleError`
 * naming the feature and what is wrong; fast-check then shrinks the input.
 *
 * Stats (cases, requests, the slowest request) are written to test-artifacts/fuzz/<suite>.json
 * for `npm run fuzz` and README's figures.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CodeAction,
  CodeLens,
  Location,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/common/text';

export class OracleError extends Error {}

/** Runs per case and the wall-clock budget of one request (a fuzz oracle, not a performance target). */
export const FUZZ = {
  runs: (base: number) => Math.max(1, Math.round(base * Number(process.env.KUBE_GUIDE_FUZZ_SCALE ?? 1))),
  seed: Number(process.env.KUBE_GUIDE_FUZZ_SEED ?? 20250601),
  budgetMs: Number(process.env.KUBE_GUIDE_FUZZ_BUDGET_MS ?? 5000),
};

export interface Slowest {
  feature: string;
  ms: number;
  chars: number;
  origin: string;
}

/** Counts of one suite. */
export class Stats {
  cases = 0;
  requests = 0;
  slowest: Slowest = { feature: '', ms: 0, chars: 0, origin: '' };
  /** Requests, their total time and the slowest one per feature. */
  features: Record<string, { requests: number; ms: number; maxMs: number; maxOrigin: string }> = {};
  constructor(readonly suite: string) {}

  /** Times `fn` as one request of `feature`; over the budget is a failure. */
  request<T>(feature: string, input: { text: string; origin: string }, fn: () => T): T {
    const t0 = performance.now();
    const result = fn();
    const ms = performance.now() - t0;
    this.requests++;
    const f = (this.features[feature] ??= { requests: 0, ms: 0, maxMs: 0, maxOrigin: '' });
    f.requests++;
    f.ms = Math.round((f.ms + ms) * 10) / 10;
    if (ms > f.maxMs) Object.assign(f, { maxMs: Math.round(ms * 10) / 10, maxOrigin: input.origin.slice(0, 120) });
    if (ms > this.slowest.ms) this.slowest = { feature, ms: Math.round(ms * 10) / 10, chars: input.text.length, origin: input.origin.slice(0, 300) };
    if (ms > FUZZ.budgetMs) throw new OracleError(`${feature} took ${Math.round(ms)} ms (budget ${FUZZ.budgetMs} ms)`);
    return result;
  }

  write(): void {
    const dir = join(__dirname, '..', '..', '..', 'test-artifacts', 'fuzz');
    mkdirSync(dir, { recursive: true });
    const { suite, cases, requests, slowest, features } = this;
    writeFileSync(join(dir, `${suite}.json`), JSON.stringify({ suite, seed: FUZZ.seed, cases, requests, crashes: 0, slowest, features }, null, 2) + '\n');
  }
}

export function fail(feature: string, what: string, detail?: unknown): never {
  throw new OracleError(`${feature}: ${what}${detail === undefined ? '' : ` — ${JSON.stringify(detail).slice(0, 400)}`}`);
}

/** The result crosses the wire as JSON: it must come back equal (no cycles, BigInt, undefined in arrays, NaN). */
export function checkJson(feature: string, value: unknown): void {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    fail(feature, `result is not JSON (${String(e)})`);
  }
  if (value === undefined) fail(feature, 'returned undefined');
  const back = JSON.parse(text);
  if (!jsonEqual(value, back)) fail(feature, 'result changes through JSON (NaN, Infinity, undefined in an array, a class?)');
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (a && typeof a === 'object' && b && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function checkRange(feature: string, lines: LineIndex, range: Range | undefined, what = 'range'): void {
  if (!range || !range.start || !range.end) fail(feature, `${what} missing`, range);
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) fail(feature, `${what} has a non-integer position`, range);
  }
  if (!lines.contains(range)) fail(feature, `${what} outside the document (${lines.lineCount} lines)`, range);
}

const within = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Edits of one change must lie in the document and not overlap (LSP); they must apply. */
export function checkEdits(feature: string, lines: LineIndex, edits: TextEdit[]): string {
  const sorted = edits.map((e) => {
    checkRange(feature, lines, e.range, 'edit range');
    if (typeof e.newText !== 'string') fail(feature, 'edit without text', e);
    return { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText };
  });
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) fail(feature, 'overlapping edits', edits);
  let out = lines.text;
  for (const e of sorted.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function checkDiagnostics(lines: LineIndex, uri: string, diagnostics: Diagnostic[]): void {
  const f = 'diagnostics';
  if (!Array.isArray(diagnostics)) fail(f, 'not an array', diagnostics);
  checkJson(f, diagnostics);
  for (const d of diagnostics) {
    checkRange(f, lines, d.range);
    if (typeof d.message !== 'string' || !d.message.trim()) fail(f, 'message is not a non-empty string', d);
    if (/\bundefined\b|\[object Object\]|\bNaN\b/.test(d.message)) fail(f, "message has a hole (undefined, NaN, an object)", d.message);
    if (d.severity !== undefined && ![1, 2, 3, 4].includes(d.severity)) fail(f, 'bad severity', d);
    for (const r of d.relatedInformation ?? []) if (r.location.uri === uri) checkRange(f, lines, r.location.range, 'related range');
    const fixes = (d.data as { fixes?: { edits: TextEdit[] }[] } | undefined)?.fixes;
    for (const x of fixes ?? []) checkEdits(f, lines, x.edits);
  }
}

export function checkHover(lines: LineIndex, hover: Hover | null): void {
  const f = 'hover';
  checkJson(f, hover);
  if (!hover) return;
  const c = hover.contents as { kind?: string; value?: string } | string;
  const text = typeof c === 'string' ? c : c?.value;
  if (typeof text !== 'string' || !text.trim()) fail(f, 'empty contents', hover);
  if (/\[object Object\]/.test(text)) fail(f, 'contents have a hole', text.slice(0, 300));
  if (hover.range) checkRange(f, lines, hover.range);
}

export function checkCompletion(lines: LineIndex, list: CompletionList | null): void {
  const f = 'completion';
  checkJson(f, list);
  if (!list) return;
  if (!Array.isArray(list.items)) fail(f, 'items is not an array', list);
  for (const item of list.items) {
    if (typeof item.label !== 'string' || !item.label) fail(f, 'item without a label', item);
    const te = item.textEdit as (TextEdit & { insert?: Range; replace?: Range }) | undefined;
    if (te) {
      if ('insert' in te && te.insert) {
        checkRange(f, lines, te.insert, 'insert range');
        checkRange(f, lines, te.replace, 'replace range');
      } else checkRange(f, lines, te.range, 'textEdit range');
    }
    if (item.additionalTextEdits) checkEdits(f, lines, [...(te && 'range' in te && te.range ? [te] : []), ...item.additionalTextEdits]);
  }
}

export function checkSymbols(lines: LineIndex, symbols: DocumentSymbol[]): void {
  const f = 'symbols';
  checkJson(f, symbols);
  const visit = (s: DocumentSymbol, parent?: DocumentSymbol) => {
    if (typeof s.name !== 'string' || !s.name.trim()) fail(f, 'symbol without a name (VS Code rejects the whole outline)', s);
    checkRange(f, lines, s.range);
    checkRange(f, lines, s.selectionRange, 'selectionRange');
    if (!within(s.range, s.selectionRange)) fail(f, 'selectionRange not inside range (VS Code rejects it)', s);
    if (parent && !within(parent.range, s.range)) fail(f, 'child outside its parent', { parent: parent.range, child: s.range });
    for (const c of s.children ?? []) visit(c, s);
  };
  for (const s of symbols) visit(s);
}

export function checkFolding(lines: LineIndex, ranges: FoldingRange[]): void {
  const f = 'folding';
  checkJson(f, ranges);
  for (const r of ranges) {
    if (!(Number.isInteger(r.startLine) && Number.isInteger(r.endLine) && r.startLine >= 0 && r.startLine <= r.endLine && r.endLine < lines.lineCount)) fail(f, 'lines outside the document', r);
  }
}

export function checkSelection(lines: LineIndex, positions: Position[], result: SelectionRange[]): void {
  const f = 'selection ranges';
  checkJson(f, result);
  // No answer ([] or null) is allowed; an answer has one chain per position.
  if (!result?.length) return;
  if (result.length !== positions.length) fail(f, `${result.length} answers for ${positions.length} positions`);
  result.forEach((sr, i) => {
    const p = lines.positionAt(lines.offsetAt(positions[i]));
    if (!within(sr.range, { start: p, end: p })) fail(f, 'innermost range does not hold the position', { position: p, range: sr.range });
    for (let s: SelectionRange | undefined = sr; s; s = s.parent) {
      checkRange(f, lines, s.range);
      if (s.parent && !within(s.parent.range, s.range)) fail(f, 'parent does not hold its child (VS Code drops the chain)', s);
    }
  });
}

/** Code actions: edits on this document apply; returns the texts after each action. */
export function checkCodeActions(lines: LineIndex, uri: string, actions: CodeAction[]): string[] {
  const f = 'code actions';
  checkJson(f, actions);
  const results: string[] = [];
  for (const a of actions) {
    if (typeof a.title !== 'string' || !a.title) fail(f, 'action without a title', a);
    for (const [u, edits] of Object.entries(a.edit?.changes ?? {})) {
      const after = checkEdits(f, lines, edits);
      if (u === uri) results.push(after);
    }
    for (const dc of a.edit?.documentChanges ?? []) {
      if ('edits' in dc && dc.textDocument.uri === uri) results.push(checkEdits(f, lines, dc.edits as TextEdit[]));
    }
  }
  return results;
}

/**
 * `fc.assert` with the failure's own message and stack in the report, and the shrunk input saved
 * to test-artifacts/fuzz/failures/ (its text as a file, to replay by hand).
 */
export function assertProperty<T>(name: string, property: fc.IProperty<T>, numRuns: number): void {
  const details = fc.check(property, { seed: FUZZ.seed, numRuns });
  if (!details.failed) return;
  const example = details.counterexample;
  const err = details.errorInstance;
  const dir = join(__dirname, '..', '..', '..', 'test-artifacts', 'fuzz', 'failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeFileSync(file, JSON.stringify({ seed: details.seed, path: details.counterexamplePath, counterexample: example }, null, 2));
  const text = (example as unknown[] | null)?.find((x): x is { text: string } => !!x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string')?.text;
  throw new Error(
    `${name}: ${err instanceof Error ? err.message : String(err)}\n` +
      `seed ${details.seed}, path ${details.counterexamplePath}, after ${details.numRuns} runs; shrunk input in ${file}\n` +
      (text !== undefined ? `text: ${JSON.stringify(text).slice(0, 2000)}\n` : '') +
      (err instanceof Error && !(err instanceof OracleError) ? `${err.stack}\n` : ''),
  );
}

/** Locations in this document lie inside it; others name a file URI. */
export function checkLocations(lines: LineIndex, uri: string, f: string, locations: Location[] | null): void {
  checkJson(f, locations);
  for (const l of locations ?? []) {
    if (typeof l.uri !== 'string' || !l.uri) fail(f, 'location without a URI', l);
    if (l.uri === uri) checkRange(f, lines, l.range);
  }
}

export function checkCodeLenses(lines: LineIndex, lenses: CodeLens[]): void {
  const f = 'code lens';
  checkJson(f, lenses);
  for (const l of lenses) {
    checkRange(f, lines, l.range);
    if (l.command && (typeof l.command.title !== 'string' || !l.command.title)) fail(f, 'command without a title', l);
  }
}
