/**
 * Drives every feature of the language service on one document, as an editor would, through the
 * oracle: validation, code actions on each diagnostic and on random ranges (and validation again
 * after applying each), hover, completion, symbols, folding, selection ranges.
 */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/common/text';
import type { LanguageService } from '../../../server/src/service';
import type { FuzzText } from './mutate';
import {
  checkCodeActions,
  checkCompletion,
  checkDiagnostics,
  checkFolding,
  checkCodeLenses,
  checkHover,
  checkLocations,
  checkSelection,
  checkSymbols,
  type Stats,
} from './oracle';

/** A place to ask about: a fraction of the text (a real position) or raw numbers (maybe past the end). */
export type Probe = { frac: number } | { line: number; character: number };

export const probeArb: fc.Arbitrary<Probe> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ frac: fc.integer({ min: 0, max: 10000 }) }) },
  { weight: 1, arbitrary: fc.record({ line: fc.integer({ min: 0, max: 3000 }), character: fc.integer({ min: 0, max: 500 }) }) },
);

export function positionOf(lines: LineIndex, p: Probe): Position {
  if ('frac' in p) return lines.positionAt(Math.floor((p.frac / 10000) * lines.text.length));
  return { line: p.line, character: p.character };
}

let version = 0;

/** Every feature on `input`; `probes` say where to hover, complete and select. */
export function driveAll(service: LanguageService, input: FuzzText, probes: Probe[], stats: Stats): void {
  const doc = TextDocument.create(input.uri, input.languageId, ++version, input.text);
  driveDocument(service, doc, input, probes, stats, true);
}

export function driveDocument(service: LanguageService, doc: TextDocument, input: FuzzText, probes: Probe[], stats: Stats, applyFixes: boolean): void {
  const lines = new LineIndex(doc.getText());
  const req = <T>(feature: string, fn: () => T) => stats.request(feature, input, fn);
  const diagnostics = req('diagnostics', () => service.doValidation(doc));
  checkDiagnostics(lines, doc.uri, diagnostics);

  const positions = probes.map((p) => positionOf(lines, p));
  // Code actions where the editor asks: on each diagnostic, and on a probe's line.
  const ranges: Range[] = [...diagnostics.slice(0, 8).map((d) => d.range), ...positions.slice(0, 2).map((p) => ({ start: p, end: p }))];
  ranges.forEach((range, i) => {
    const context = { diagnostics: diagnostics.filter((d) => overlaps(d.range, range)) };
    const actions = req('code actions', () => service.doCodeActions(doc, range, context));
    const fixed = checkCodeActions(lines, doc.uri, actions);
    // A quick fix must leave a document that validation still handles (one per range, a few ranges).
    if (applyFixes && i < 3) {
      for (const text of fixed.slice(0, 1)) {
        const after = TextDocument.create(doc.uri, doc.languageId, ++version, text);
        const afterInput = { ...input, text, origin: `${input.origin} + a quick fix` };
        checkDiagnostics(new LineIndex(text), doc.uri, stats.request('diagnostics after a fix', afterInput, () => service.doValidation(after)));
      }
    }
  });

  for (const p of positions) {
    checkHover(lines, req('hover', () => service.doHover(doc, p)));
    checkCompletion(lines, req('completion', () => service.doComplete(doc, p)));
    checkLocations(lines, doc.uri, 'definition', req('definition', () => service.doDefinition(doc, p)));
    checkLocations(lines, doc.uri, 'references', req('references', () => service.doReferences(doc, p, true)));
  }
  checkCodeLenses(lines, req('code lens', () => service.doCodeLens(doc)));
  checkSymbols(lines, req('symbols', () => service.doDocumentSymbols(doc)));
  checkFolding(lines, req('folding', () => service.doFoldingRanges(doc)));
  checkSelection(lines, positions, req('selection ranges', () => service.doSelectionRanges(doc, positions)));
}

function overlaps(a: Range, b: Range): boolean {
  const le = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(a.start, b.end) && le(b.start, a.end);
}
