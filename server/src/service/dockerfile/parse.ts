/**
 * The parser layer: Dockerfile text → units (one per instruction or comment) with offsets, parsed
 * by `dockerfile-ast` and checked by `dockerfile-utils`' builder validation, both run per window.
 *
 * Parsing is incremental: after an edit only the units around it are parsed again (a window from
 * the unit before the edit to the first unit after it that a clean parse reaches), and the others
 * are shifted. The parser's state at a unit boundary is always fresh, so a window parsed alone
 * gives what a parse of the whole file gives; a test checks that on random edits.
 *
 * Facts are stored as offsets relative to their unit's start, so shifting a unit is one addition.
 */
import {
  DockerfileParser,
  type Argument,
  type Flag,
  type Heredoc,
  type Instruction,
  type Property,
} from 'dockerfile-ast';
import { ImageTemplate } from 'dockerfile-ast/lib/imageTemplate';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { normalizeDockerfile } from './normalize';

export interface FlagOptionFact {
  name: string;
  value: string | null;
  start: number;
  end: number;
  nameEnd: number;
  valueStart: number;
}

export interface FlagFact {
  name: string;
  /** `--name[=value]`. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  value: string | null;
  valueStart: number;
  valueEnd: number;
  /** `key=value` pairs of a comma-separated value (`--mount=type=cache,target=/x`). */
  options: FlagOptionFact[];
}

export interface WordFact {
  value: string;
  start: number;
  end: number;
}

export interface PropertyFact {
  name: string;
  nameStart: number;
  nameEnd: number;
  value: string | null;
  valueStart: number;
  valueEnd: number;
  /** `name=value` rather than the legacy `name value`. */
  equals: boolean;
}

export interface HeredocFact {
  name: string;
  /** The opener `<<EOF` as written. */
  start: number;
  end: number;
  /** The body, without the delimiter line; equal when empty. */
  contentStart: number;
  contentEnd: number;
}

export interface InstructionFact {
  /** Upper-case keyword (`RUN`), as `dockerfile-ast` reads it. */
  keyword: string;
  keywordStart: number;
  keywordEnd: number;
  /** From the keyword to the end of the instruction's last line's text (heredoc bodies included). */
  start: number;
  end: number;
  flags: FlagFact[];
  /** Arguments after the flags, as dockerfile-ast splits them (quotes kept). */
  args: WordFact[];
  /** Raw argument text range (after the keyword), or equal offsets when there is none. */
  argsStart: number;
  argsEnd: number;
  /** JSON (exec) form: the strings, unquoted, with the ranges of their quoted text. */
  json: WordFact[] | null;
  /** ENV, LABEL, ARG. */
  properties: PropertyFact[];
  heredocs: HeredocFact[];
  /** `$NAME` and `${NAME…}` references. */
  variables: WordFact[];
  /** ONBUILD's trigger. */
  trigger: InstructionFact | null;
}

export interface CommentFact {
  /** The text after `#`, trimmed. */
  content: string;
  start: number;
  end: number;
}

export interface BuilderProblem {
  /** dockerfile-utils' ValidationCode. */
  code: number;
  severity: number;
  message: string;
  start: number;
  end: number;
}

export interface Unit {
  /** Offset of the start of the unit's first line. Changes when an edit before it shifts it. */
  start: number;
  /** Length from `start` to the end of the unit's last line's text. */
  length: number;
  instruction: InstructionFact | null;
  comment: CommentFact | null;
  /** Builder validation of this unit alone (context-free checks only; see builder.ts). */
  problems: BuilderProblem[];
}

export interface Directive {
  name: string;
  value: string;
  /** Absolute offsets. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface ParsedFile {
  text: string;
  escape: string;
  directives: Directive[];
  /** Problems with the directives (absolute offsets). */
  directiveProblems: BuilderProblem[];
  /** Where the body starts: the line after the last directive. */
  bodyStart: number;
  units: Unit[];
}

/** Settings that leave to our own rules what they do better (severity alignment: builder.ts). */
const IGNORE = 0;
const WARNING = 1;
const VALIDATOR_SETTINGS = {
  deprecatedMaintainer: IGNORE,
  directiveCasing: WARNING,
  emptyContinuationLine: WARNING,
  instructionCasing: IGNORE,
  instructionCmdMultiple: IGNORE,
  instructionEntrypointMultiple: IGNORE,
  instructionHealthcheckMultiple: IGNORE,
  instructionJSONInSingleQuotes: WARNING,
  instructionWorkdirRelative: IGNORE,
};

/** The validator's per-instruction methods, which it keeps private in its typings. */
interface ValidatorInternals {
  document: TextDocument;
  validateInstruction(doc: TextDocument, escape: string, i: Instruction, keyword: string, isTrigger: boolean, problems: Diagnostic[]): void;
  checkVariables(i: Instruction, problems: Diagnostic[]): void;
  checkDirectives(dockerfile: unknown, problems: Diagnostic[]): void;
}

function validator(): ValidatorInternals {
  return new Validator(VALIDATOR_SETTINGS as never) as unknown as ValidatorInternals;
}

/** Parses a whole file. */
export function parseFile(text: string): ParsedFile {
  const head = parseDirectives(text);
  const units = parseWindow(text, head.bodyStart, text.length, head.escape).units;
  return { text, ...head, units };
}

/**
 * Parses `text`, reusing the units of `prev` that an edit did not touch. Falls back to a whole
 * parse when the edit touches the directives or the first line after them.
 */
export function reparseFile(prev: ParsedFile | undefined, text: string): ParsedFile {
  if (!prev) return parseFile(text);
  if (prev.text === text) return prev;
  const old = prev.text;
  const p = commonPrefix(old, text);
  const s = commonSuffix(old, text, p);
  const changeStart = p;
  const changeEndOld = old.length - s;
  const delta = text.length - old.length;
  // An edit in the directives (or on the line that could become one) changes how everything parses.
  const guard = lineEndAfter(old, prev.bodyStart);
  if (changeStart <= guard) return parseFile(text);

  const units = prev.units;
  // First unit to parse again: the one holding the edit, or the one before the gap it is in
  // (an edit right after an instruction may continue it).
  let i0 = lastUnitStartingAtOrBefore(units, changeStart);
  const windowStart = i0 >= 0 ? units[i0].start : prev.bodyStart;
  if (i0 < 0) i0 = 0;
  // First unit kept: strictly after the edit.
  let i1 = firstUnitStartingAfter(units, changeEndOld);
  for (;;) {
    const windowEndOld = i1 < units.length ? units[i1].start : old.length;
    const windowEnd = windowEndOld + delta;
    const parsed = parseWindow(text, windowStart, windowEnd, prev.escape);
    if (parsed.clean || i1 >= units.length) {
      const kept = units.slice(i1).map((u) => (delta ? { ...u, start: u.start + delta } : u));
      return {
        text,
        escape: prev.escape,
        directives: prev.directives,
        directiveProblems: prev.directiveProblems,
        bodyStart: prev.bodyStart,
        units: [...units.slice(0, i0), ...parsed.units, ...kept],
      };
    }
    // The last instruction runs on past the window (an opened heredoc, a trailing continuation).
    i1++;
  }
}

/** Length of the common prefix; blocks compared natively first, then characters. */
export function commonPrefix(a: string, b: string): number {
  const min = Math.min(a.length, b.length);
  let p = 0;
  for (let block = 4096; block >= 64; block >>= 2) {
    while (p + block <= min && a.slice(p, p + block) === b.slice(p, p + block)) p += block;
  }
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix that does not overlap a common prefix of length `prefix`. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let s = 0;
  for (let block = 4096; block >= 64; block >>= 2) {
    while (s + block <= max && a.slice(a.length - s - block, a.length - s) === b.slice(b.length - s - block, b.length - s)) s += block;
  }
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}

function lastUnitStartingAtOrBefore(units: Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function firstUnitStartingAfter(units: Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lineEndAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Parser directives at the top (`# syntax=…`, `# escape=…`, `# check=…`), as BuildKit reads them. */
function parseDirectives(text: string): Omit<ParsedFile, 'text' | 'units'> {
  const directives: Directive[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const re = /^[ \t]*#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
  for (;;) {
    let end = pos;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const m = re.exec(text.slice(pos, end));
    if (!m) break;
    const line = text.slice(pos, end);
    const nameStart = pos + line.indexOf(m[1]);
    const eq = line.indexOf('=', nameStart - pos + m[1].length);
    let valueStart = pos + eq + 1;
    while (valueStart < end && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
    directives.push({
      name: m[1],
      value: m[2],
      start: pos + line.indexOf('#'),
      end: pos + line.trimEnd().length,
      nameStart,
      nameEnd: nameStart + m[1].length,
      valueStart,
      valueEnd: valueStart + m[2].length,
    });
    pos = end < text.length ? (text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1) : end;
    if (end >= text.length) break;
  }
  const escapes = directives.filter((d) => d.name.toLowerCase() === 'escape');
  const escape = escapes.length === 1 && escapes[0].value === '`' ? '`' : '\\';
  // The builder's own checks of directives (casing, escape value, duplicates), on their lines only.
  const directiveProblems: BuilderProblem[] = [];
  if (directives.length) {
    const headText = text.slice(0, pos);
    const ast = DockerfileParser.parse(headText);
    const v = validator();
    const problems: Diagnostic[] = [];
    v.document = (ast as unknown as { document: TextDocument }).document;
    v.checkDirectives(ast, problems);
    const doc = v.document;
    for (const d of problems) {
      directiveProblems.push({
        code: Number(d.code),
        severity: d.severity ?? 1,
        message: d.message as string,
        start: doc.offsetAt(d.range.start),
        end: doc.offsetAt(d.range.end),
      });
    }
  }
  return { escape, directives, directiveProblems, bodyStart: directives.length ? pos : 0 };
}

/**
 * Parses the lines [start, end) alone. `start` and `end` are line starts (or the text's end).
 * Clean when its last instruction ends before `end` or the window reaches the end of the text.
 *
 * A heredoc opener written with a blank before its word (`RUN cat << 'EOF'`) is read by BuildKit
 * but not by dockerfile-ast, which then reads the body as instructions (dockerfile-utils#130).
 * When the AST shows such an instruction, the blanks are moved after the word (same length, same
 * lines) and the text is parsed again from that instruction on; the units before it stand.
 */
function parseWindow(text: string, start: number, end: number, escape: string): { units: Unit[]; clean: boolean } {
  // Only the file's first character can be a BOM: one at the start of a later window is text.
  let source = start === 0 ? normalizeDockerfile(text.slice(start, end)) : text.slice(start, end);
  const units: Unit[] = [];
  let from = 0;
  for (;;) {
    const pass = parseFrom(source, from, escape);
    units.push(...pass.units.map((u) => ({ ...u, start: start + u.start })));
    if (!pass.rewritten) return { units, clean: end >= text.length || pass.lastEnd < source.length };
    source = pass.rewritten;
    from = pass.resumeAt;
  }
}

interface Pass {
  /** Units with offsets relative to the window. */
  units: Unit[];
  lastEnd: number;
  /** Set when an instruction needs its heredoc openers rewritten: the new text, and where to parse again. */
  rewritten: string | null;
  resumeAt: number;
}

function parseFrom(raw: string, from: number, escape: string): Pass {
  // A blank first line stops the AST's directive parsing; an escape directive sets the character.
  const prefix = (escape === '`' ? '# escape=`\n' : '') + '\n';
  const source = prefix + raw.slice(from);
  const ast = DockerfileParser.parse(source);
  // dockerfile-ast answers "the Dockerfile itself" for a position before an indented first
  // instruction, and resolveVariable then recurses forever: answer an empty image instead.
  const containing = ast.getContainingImage.bind(ast);
  const nothing = new ImageTemplate();
  ast.getContainingImage = (p) => {
    const image = containing(p);
    return image === ast ? nothing : image;
  };
  const doc = (ast as unknown as { document: TextDocument }).document;
  const shift = prefix.length - from;
  const at = (r: Range['start']) => doc.offsetAt(r) - shift;

  const instructions = ast.getInstructions();
  // dockerfile-ast resolves every variable eagerly against each earlier ENV and ARG of its stage
  // (quadratic: a 50,000-line Dockerfile took minutes). Only the builder's FROM and STOPSIGNAL
  // checks read the answer, so only their lines resolve; each instruction's variables are read once.
  const resolving = new Set<number>();
  for (const ins of instructions) {
    const keyword = ins.getKeyword();
    if (keyword === 'FROM' || keyword === 'STOPSIGNAL') {
      const r = ins.getRange();
      for (let l = r.start.line; l <= r.end.line; l++) resolving.add(l);
    } else {
      (ins as unknown as { isBuildVariable: () => undefined }).isBuildVariable = () => undefined;
    }
    const variables = ins.getVariables.bind(ins);
    let cached: ReturnType<Instruction['getVariables']> | undefined;
    ins.getVariables = () => (cached ??= variables());
  }
  const resolveVariable = ast.resolveVariable.bind(ast);
  ast.resolveVariable = (name, line) => (resolving.has(line) ? resolveVariable(name, line) : undefined);
  const comments = ast.getComments();
  const units: Unit[] = [];
  const v = validator();
  v.document = doc;
  let ci = 0;
  const pushComments = (before: number) => {
    while (ci < comments.length && at(comments[ci].getRange().start) < before) {
      const c = comments[ci++];
      const cs = at(c.getRange().start);
      const ce = at(c.getRange().end);
      const lineStart = lineStartOf(raw, cs);
      units.push({
        start: lineStart,
        length: ce - lineStart,
        instruction: null,
        comment: { content: c.getContent().trim(), start: cs - lineStart, end: ce - lineStart },
        problems: [],
      });
    }
  };
  let lastEnd = from;
  for (const ins of instructions) {
    const is = at(ins.getRange().start);
    const ie = at(ins.getRange().end);
    const lineStart = lineStartOf(raw, is);
    const rewritten = rewriteSpacedOpeners(raw, ins, at);
    if (rewritten !== null) {
      pushComments(is);
      return { units, lastEnd, rewritten, resumeAt: lineStart };
    }
    pushComments(is);
    // Comments inside a continued instruction belong to it.
    while (ci < comments.length && at(comments[ci].getRange().start) < ie) ci++;
    const base = lineStart;
    const fact = instructionFact(ins, at, base, (r) => source.slice(doc.offsetAt(r.start), doc.offsetAt(r.end)));
    const problems: Diagnostic[] = [];
    v.validateInstruction(doc, escape, ins, ins.getKeyword(), false, problems);
    v.checkVariables(ins, problems);
    const trigger = (ins as unknown as { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.();
    if (ins.getKeyword() === 'ONBUILD' && trigger) v.validateInstruction(doc, escape, trigger, trigger.getKeyword(), true, problems);
    units.push({
      start: lineStart,
      length: ie - lineStart,
      instruction: fact,
      comment: null,
      problems: problems.map((d) =>
        repair(
          {
            code: Number(d.code),
            severity: d.severity ?? 1,
            message: d.message as string,
            start: at(d.range.start) - base,
            end: at(d.range.end) - base,
          },
          ie - lineStart,
        ),
      ),
    });
    lastEnd = ie;
  }
  pushComments(Infinity);
  return { units, lastEnd, rewritten: null, resumeAt: 0 };
}

/**
 * `<<` or `<<-` as a word of its own, followed by its word on the same line: the text with the
 * blanks moved after that word, or null when the instruction has none.
 */
function rewriteSpacedOpeners(raw: string, ins: Instruction, at: At): string | null {
  let keyword = ins.getKeyword();
  let target: Instruction | null = ins;
  if (keyword === 'ONBUILD') {
    target = (ins as unknown as { getTriggerInstruction(): Instruction | null }).getTriggerInstruction();
    keyword = target?.getKeyword() ?? '';
  }
  if (!target || (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD')) return null;
  const args = target.getArguments();
  let out: string | null = null;
  for (let i = 0; i + 1 < args.length; i++) {
    const v = args[i].getValue();
    if (v !== '<<' && v !== '<<-') continue;
    const gapStart = at(args[i].getRange().end);
    const wordStart = at(args[i + 1].getRange().start);
    const wordEnd = at(args[i + 1].getRange().end);
    const text: string = out ?? raw;
    if (!/^[ \t]+$/.test(text.slice(gapStart, wordStart))) continue;
    out = text.slice(0, gapStart) + text.slice(wordStart, wordEnd) + text.slice(gapStart, wordStart) + text.slice(wordEnd);
    i++;
  }
  return out;
}

/**
 * dockerfile-utils computes the end of an invalid EXPOSE protocol from an offset it already
 * added once, so it lands anywhere: put it at the end of the protocol, and keep every range
 * inside its unit.
 */
function repair(p: BuilderProblem, length: number): BuilderProblem {
  let { start, end } = p;
  if (p.code === 25 /* INVALID_PROTO */) end = start + p.message.replace(/^Invalid proto: /, '').length;
  start = Math.max(0, Math.min(start, length));
  end = Math.max(start, Math.min(end, length));
  return start === p.start && end === p.end ? p : { ...p, start, end };
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

type At = (p: Range['start']) => number;

function instructionFact(ins: Instruction, at: At, base: number, textOf: (r: Range) => string): InstructionFact {
  const rel = (p: Range['start']) => at(p) - base;
  const word = (a: Argument): WordFact => ({ value: a.getValue(), start: rel(a.getRange().start), end: rel(a.getRange().end) });
  const keyword = ins.getKeyword();
  const any = ins as unknown as Record<string, unknown>;
  const flags: FlagFact[] =
    typeof any.getFlags === 'function' ? (ins as unknown as { getFlags(): Flag[] }).getFlags().map((f) => flagFact(f, rel)) : [];
  const argsRange = ins.getArgumentsRange();
  const start = rel(ins.getRange().start);
  const keywordEnd = rel(ins.getInstructionRange().end);
  let json: WordFact[] | null = null;
  if (typeof any.getOpeningBracket === 'function') {
    const ji = ins as unknown as { getOpeningBracket(): Argument | null; getClosingBracket(): Argument | null; getJSONStrings(): (Argument & { getJSONValue(): string })[] };
    if (ji.getOpeningBracket() && ji.getClosingBracket()) {
      // getValue()/getJSONValue() drop the blanks inside strings; decode the quoted text ourselves.
      json = ji.getJSONStrings().map((s) => ({ value: decodeJsonString(textOf(s.getRange())), start: rel(s.getRange().start), end: rel(s.getRange().end) }));
    }
  }
  const properties: PropertyFact[] = [];
  if (typeof any.getProperties === 'function') {
    for (const p of (ins as unknown as { getProperties(): Property[] }).getProperties()) properties.push(propertyFact(p, rel));
  } else if (typeof any.getProperty === 'function') {
    const p = (ins as unknown as { getProperty(): Property | null }).getProperty();
    if (p) properties.push(propertyFact(p, rel));
  }
  const heredocs: HeredocFact[] = [];
  if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
    for (const h of (ins as unknown as { getHeredocs(): Heredoc[] }).getHeredocs()) {
      const content = h.getContentRange();
      const opener = h.getStartRange();
      const contentStart = content ? rel(content.start) : rel(opener.end);
      heredocs.push({
        name: h.getName(),
        start: rel(opener.start),
        end: rel(opener.end),
        contentStart,
        contentEnd: content ? rel(content.end) : contentStart,
      });
    }
  }
  let trigger: InstructionFact | null = null;
  if (keyword === 'ONBUILD') {
    const t = (ins as unknown as { getTriggerInstruction(): Instruction | null }).getTriggerInstruction();
    if (t) trigger = instructionFact(t, at, base, textOf);
  }
  return {
    keyword,
    keywordStart: start,
    keywordEnd,
    start,
    end: rel(ins.getRange().end),
    flags,
    args: ins.getArguments().map(word),
    argsStart: argsRange ? rel(argsRange.start) : keywordEnd,
    argsEnd: argsRange ? rel(argsRange.end) : keywordEnd,
    json,
    properties,
    heredocs,
    variables: ins.getVariables().map((v) => ({ value: v.getName(), start: rel(v.getRange().start), end: rel(v.getRange().end) })),
    trigger,
  };
}

function flagFact(f: Flag, rel: (p: Range['start']) => number): FlagFact {
  const valueRange = f.getValueRange();
  const nameRange = f.getNameRange();
  return {
    name: f.getName(),
    start: rel(f.getRange().start),
    end: rel(f.getRange().end),
    nameStart: rel(nameRange.start),
    nameEnd: rel(nameRange.end),
    value: f.getValue(),
    valueStart: valueRange ? rel(valueRange.start) : rel(nameRange.end),
    valueEnd: valueRange ? rel(valueRange.end) : rel(nameRange.end),
    options: f.getOptions().map((o) => {
      const vr = o.getValueRange();
      return {
        name: o.getName(),
        value: o.getValue(),
        start: rel(o.getRange().start),
        end: rel(o.getRange().end),
        nameEnd: rel(o.getNameRange().end),
        valueStart: vr ? rel(vr.start) : rel(o.getNameRange().end),
      };
    }),
  };
}

function propertyFact(p: Property, rel: (p: Range['start']) => number): PropertyFact {
  const vr = p.getValueRange();
  const nr = p.getNameRange();
  return {
    name: p.getName(),
    nameStart: rel(nr.start),
    nameEnd: rel(nr.end),
    value: p.getValue(),
    valueStart: vr ? rel(vr.start) : rel(nr.end),
    valueEnd: vr ? rel(vr.end) : rel(nr.end),
    equals: p.getAssignmentOperator() === '=',
  };
}

function decodeJsonString(quoted: string): string {
  try {
    const v: unknown = JSON.parse(quoted);
    if (typeof v === 'string') return v;
  } catch {
    // Not valid JSON (a stray escape): fall through.
  }
  return quoted.replace(/^"|"$/g, '');
}
