/**
 * The semantic model over the parsed units: instructions with absolute offsets, build stages,
 * the final image's stage chain, variables in scope. Built in one pass over the units; what is
 * costly (shell lexing) is computed on demand and cached on the unit's facts.
 */
import { LineIndex, lineStartsOf } from '../../common/text';
import { parseImageRef, type ImageRef } from './image';
import { commonPrefix, commonSuffix, reparseFile, type CommentFact, type InstructionFact, type ParsedFile, type Unit } from './parse';
import { basename, lexShell, type ShellScript, type ShellWord } from './shell';

export interface Inst {
  /** Absolute offset the facts' offsets are relative to. */
  base: number;
  fact: InstructionFact;
  keyword: string;
  unit: Unit;
  /** null for the ARGs before the first FROM. */
  stage: Stage | null;
}

export interface Comment {
  base: number;
  fact: CommentFact;
}

export interface Stage {
  index: number;
  from: Inst;
  /** `AS name` as written, and its absolute range. */
  name: string | null;
  nameStart: number;
  nameEnd: number;
  /** The base image reference (null when FROM has no argument). */
  image: ImageRef | null;
  /** The earlier stage this one is built FROM, if any. */
  parent: Stage | null;
  /** Instructions after FROM, in order. */
  instructions: Inst[];
}

export interface DockerfileModel {
  file: ParsedFile;
  text: string;
  lines: LineIndex;
  escape: string;
  instructions: Inst[];
  comments: Comment[];
  /** ARGs before the first FROM: the only variables FROM lines can use. */
  globalArgs: Inst[];
  stages: Stage[];
  /** The last stage: the image `docker build` produces by default. */
  finalStage: Stage | null;
  /** The final stage and the stages it is built FROM: what ships in the image. */
  finalChain: Stage[];
}

export function buildModel(file: ParsedFile, lineStarts?: number[]): DockerfileModel {
  const instructions: Inst[] = [];
  const comments: Comment[] = [];
  const globalArgs: Inst[] = [];
  const stages: Stage[] = [];
  const byName = new Map<string, Stage>();
  let current: Stage | null = null;
  for (const unit of file.units) {
    if (unit.comment) {
      comments.push({ base: unit.start, fact: unit.comment });
      continue;
    }
    const fact = unit.instruction!;
    const inst: Inst = { base: unit.start, fact, keyword: fact.keyword, unit, stage: current };
    if (fact.keyword === 'FROM') {
      const stage = fromStage(inst, stages.length, byName);
      inst.stage = stage;
      stages.push(stage);
      // BuildKit matches stage names case-insensitively; a later duplicate wins.
      if (stage.name) byName.set(stage.name.toLowerCase(), stage);
      current = stage;
    } else if (current) {
      current.instructions.push(inst);
    } else if (fact.keyword === 'ARG') {
      globalArgs.push(inst);
    }
    instructions.push(inst);
  }
  const finalStage = stages.length ? stages[stages.length - 1] : null;
  const finalChain: Stage[] = [];
  for (let s = finalStage; s && !finalChain.includes(s); s = s.parent) finalChain.push(s);
  return {
    file,
    text: file.text,
    lines: new LineIndex(file.text, lineStarts),
    escape: file.escape,
    instructions,
    comments,
    globalArgs,
    stages,
    finalStage,
    finalChain,
  };
}

function fromStage(from: Inst, index: number, byName: Map<string, Stage>): Stage {
  const args = from.fact.args;
  const image = args[0] ? parseImageRef(args[0].value, from.base + args[0].start) : null;
  const hasAs = args.length >= 3 && args[1].value.toLowerCase() === 'as';
  const name = hasAs ? args[2] : null;
  const parent = image && !image.hasVariable ? (byName.get(image.text.toLowerCase()) ?? null) : null;
  return {
    index,
    from,
    name: name ? name.value : null,
    nameStart: name ? from.base + name.start : from.base + from.fact.end,
    nameEnd: name ? from.base + name.end : from.base + from.fact.end,
    image,
    parent,
    instructions: [],
  };
}

/** Parses `text`, reusing what it can of the previous model (see parse.ts) and its line starts. */
export function updateModel(prev: DockerfileModel | undefined, text: string): DockerfileModel {
  if (prev && prev.text === text) return prev;
  return buildModel(reparseFile(prev?.file, text), prev ? shiftLineStarts(prev.text, prev.lines.lineStarts, text) : undefined);
}

/**
 * The line starts of `text` from those of `old`: the lines before the edit are kept, the edited
 * region is scanned again, the lines after it are shifted. (A CR LF pair may straddle either
 * end of the edit: the kept starts stop one character before it, the scan goes one past it.)
 */
export function shiftLineStarts(old: string, starts: number[], text: string): number[] {
  const p = commonPrefix(old, text);
  const s = commonSuffix(old, text, p);
  const oldEnd = old.length - s;
  const newEnd = text.length - s;
  const delta = text.length - old.length;
  const out: number[] = [];
  let i = 0;
  while (i < starts.length && starts[i] <= p - 1) out.push(starts[i++]);
  const from = out.length ? out[out.length - 1] : 0;
  if (!out.length) out.push(0);
  const until = Math.min(text.length, newEnd + 2);
  for (const q of lineStartsOf(text.slice(from, until), from).slice(1)) if (q <= newEnd + 1) out.push(q);
  for (let j = 0; j < starts.length; j++) if (starts[j] >= oldEnd + 2) out.push(starts[j] + delta);
  return out;
}

/** Lexed scripts per unit facts, with the base their absolute offsets were computed at. */
const shellCache = new WeakMap<InstructionFact, { base: number; scripts: ShellScript[] }>();

/**
 * The shell scripts a RUN (or shell-form CMD/ENTRYPOINT) runs: its command line, and the bodies
 * of its heredocs that a shell reads as a script. Offsets are absolute. Exec form is one command.
 * Cached with the unit: an edit before it only shifts the offsets.
 */
export function shellScripts(model: DockerfileModel, inst: Inst): ShellScript[] {
  const fact = inst.fact;
  const cached = shellCache.get(fact);
  if (cached && cached.base === inst.base) return cached.scripts;
  const scripts = cached ? shiftScripts(cached.scripts, inst.base - cached.base) : computeShellScripts(model.text, fact, inst.base, model.escape);
  shellCache.set(fact, { base: inst.base, scripts });
  return scripts;
}

function shiftScripts(scripts: ShellScript[], delta: number): ShellScript[] {
  return scripts.map((s) => ({
    needsShell: s.needsShell,
    commands: s.commands.map((c) => ({
      ...c,
      terminatorStart: c.terminatorStart + delta,
      terminatorEnd: c.terminatorEnd + delta,
      words: c.words.map((w) => ({ ...w, start: w.start + delta, end: w.end + delta })),
    })),
  }));
}

function computeShellScripts(text: string, fact: InstructionFact, base: number, escape: string): ShellScript[] {
  if (fact.json) return execScripts(text, fact, base);
  const flagsEnd = fact.flags.length ? fact.flags[fact.flags.length - 1].end : fact.keywordEnd;
  const firstHeredoc = fact.heredocs[0];
  // The command line: from after the flags to the end of the logical line (before any heredoc body).
  const lineEnd = firstHeredoc ? base + firstHeredoc.contentStart : base + fact.argsEnd;
  const start = Math.max(base + flagsEnd, base + fact.argsStart);
  const scripts: ShellScript[] = [];
  const commandLine = lexShell(text, start, Math.max(start, lineEnd), escape);
  // Drop the heredoc openers themselves from the command line's words.
  for (const c of commandLine.commands) c.words = c.words.filter((w) => !/^\d*<<-?/.test(text.slice(w.start, w.end)));
  scripts.push(commandLine);
  if (fact.keyword === 'RUN' && fact.heredocs.length) {
    const words = commandLine.commands.flatMap((c) => c.words.map((w) => w.value));
    // `RUN <<EOF` (the shell runs the body) or `RUN <<EOF bash` / `RUN bash <<EOF`.
    const shellRead = words.length === 0 || /^(?:ba|da|a|z|k)?sh$/.test(basename(words[0]));
    for (const h of fact.heredocs) {
      const bodyText = text.slice(base + h.contentStart, base + h.contentEnd);
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(bodyText);
      const interpreter = shebang ? (shebang[1].endsWith('/env') ? (shebang[2] ?? '') : shebang[1]) : '';
      const shellBody = shebang ? /(?:^|\/)(?:ba|da|a|z|k)?sh$/.test(interpreter) : shellRead;
      if (shellBody) scripts.push(lexShell(text, base + h.contentStart, base + h.contentEnd, null));
    }
  }
  return scripts;
}

/**
 * Exec form: the array is one command (each string one word); `["sh", "-c", "…"]` also runs its
 * script, read where the JSON string has no escapes (so offsets map one to one).
 */
function execScripts(text: string, fact: InstructionFact, base: number): ShellScript[] {
  const words: ShellWord[] = fact.json!.map((w) => ({ value: w.value, start: base + w.start, end: base + w.end, quoted: true, expands: false }));
  if (!words.length) return [];
  const scripts: ShellScript[] = [{ commands: [{ words, terminator: '', terminatorStart: words[words.length - 1].end, terminatorEnd: words[words.length - 1].end, subshell: false }], needsShell: false }];
  const c = words.findIndex((w) => w.value === '-c');
  if (c > 0 && c + 1 < words.length && /^(?:ba|da|a|z|k)?sh$/.test(basename(words[0].value))) {
    const s = words[c + 1];
    if (text.slice(s.start + 1, s.end - 1) === s.value) scripts.push(lexShell(text, s.start + 1, s.end - 1, null));
  }
  return scripts;
}

/** The JSON strings of an exec-form instruction, unquoted, with absolute ranges. */
export function execForm(inst: Inst): { value: string; start: number; end: number }[] | null {
  return inst.fact.json ? inst.fact.json.map((w) => ({ value: w.value, start: inst.base + w.start, end: inst.base + w.end })) : null;
}

/** Absolute range of a flag's value (or of the flag when it has none). */
export function flag(inst: Inst, name: string) {
  const f = inst.fact.flags.find((x) => x.name === name);
  return f ? { ...f, abs: (rel: number) => inst.base + rel } : null;
}

/** Variables defined before `offset`: global ARGs (for FROM), or the stage's ARG/ENV plus its parents'. */
export interface VariableDef {
  name: string;
  value: string | null;
  kind: 'ARG' | 'ENV';
  inst: Inst;
}

export function variablesAt(model: DockerfileModel, offset: number): VariableDef[] {
  const defs: VariableDef[] = [];
  const add = (inst: Inst) => {
    if (inst.base + inst.fact.start >= offset) return;
    const kind = inst.keyword === 'ENV' ? 'ENV' : inst.keyword === 'ARG' ? 'ARG' : null;
    if (!kind) return;
    for (const p of inst.fact.properties) defs.push({ name: p.name, value: p.value, kind, inst });
  };
  const stage = stageAt(model, offset);
  if (!stage || offset <= stage.from.base + stage.from.fact.end) {
    for (const a of model.globalArgs) add(a);
    return defs;
  }
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s && !chain.includes(s); s = s.parent) chain.unshift(s);
  for (const s of chain) for (const i of s.instructions) add(i);
  return defs;
}

export function stageAt(model: DockerfileModel, offset: number): Stage | null {
  let found: Stage | null = null;
  for (const s of model.stages) {
    if (s.from.base + s.from.fact.start <= offset) found = s;
    else break;
  }
  return found;
}

/** The instruction whose range holds `offset` (its whole lines, for the cursor at a line's end). */
export function instructionAt(model: DockerfileModel, offset: number): Inst | null {
  let lo = 0;
  let hi = model.instructions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const i = model.instructions[mid];
    if (offset < i.unit.start) hi = mid - 1;
    else if (offset > i.unit.start + i.unit.length) lo = mid + 1;
    else return i;
  }
  return null;
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME-default}` with the values in scope at
 * `offset`. Null when a variable has no known value (it comes from `--build-arg` or the base image).
 */
export function expandVariables(model: DockerfileModel, offset: number, text: string): string | null {
  if (!text.includes('$')) return text;
  const defs = variablesAt(model, offset);
  const value = (name: string) => {
    for (let i = defs.length - 1; i >= 0; i--) if (defs[i].name === name) return defs[i].value;
    return undefined;
  };
  let unknown = false;
  const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, colon, fallback, bare) => {
    const v = value(braced ?? bare);
    if (fallback !== undefined && (v === undefined || v === null || (colon && v === ''))) return fallback;
    if (v === undefined || v === null) {
      unknown = true;
      return '';
    }
    return v;
  });
  return unknown || out.includes('$') ? null : out;
}
