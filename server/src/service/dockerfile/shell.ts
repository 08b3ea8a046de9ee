/**
 * Just enough of a POSIX shell lexer for the rules: the simple commands of a RUN/CMD line or a
 * heredoc script, each word with its unquoted value and its offsets in the file. It never fails;
 * what it cannot read (a stray quote) just ends a word at the end of the text.
 */

export interface ShellWord {
  /** The word with quotes removed (expansions kept as written). */
  value: string;
  start: number;
  end: number;
  /** Quoted or containing an expansion: not a plain literal. */
  quoted: boolean;
  expands: boolean;
}

export interface ShellCommand {
  words: ShellWord[];
  /** The operator that ends this command (`&&`, `||`, `;`, `|`, `&`, newline or ''). */
  terminator: string;
  terminatorStart: number;
  terminatorEnd: number;
  /** Inside `( … )`. */
  subshell: boolean;
}

export interface ShellScript {
  commands: ShellCommand[];
  /** Any syntax that an exec-form array cannot say: operators, redirections, expansions, globs. */
  needsShell: boolean;
}

/**
 * Lexes `text[start, end)`. `escape` is the Dockerfile escape character: a line ending in it is
 * joined (BuildKit joins before the shell sees it), and a comment line inside such a
 * continuation is dropped. Pass `escape: null` for heredoc bodies, which the shell reads as is.
 */
export function lexShell(text: string, start: number, end: number, escape: string | null): ShellScript {
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let depth = 0;
  let needsShell = false;
  let i = start;
  let lineStart = true;
  let continued = false;

  const finish = (terminator: string, ts: number, te: number) => {
    if (words.length || terminator) commands.push({ words, terminator, terminatorStart: ts, terminatorEnd: te, subshell: depth > 0 });
    words = [];
  };

  while (i < end) {
    const c = text[i];
    // Dockerfile line continuation: escape char, optional blanks, newline.
    if (escape && c === escape) {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j < end && (text[j] === '\n' || text[j] === '\r')) {
        i = j + (text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1);
        continued = true;
        lineStart = true;
        continue;
      }
    }
    if (lineStart && continued) {
      // BuildKit drops comment lines inside a continued instruction.
      let j = i;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#') {
        while (j < end && text[j] !== '\n' && text[j] !== '\r') j++;
        i = j;
        while (i < end && (text[i] === '\n' || text[i] === '\r')) i++;
        continue;
      }
    }
    lineStart = false;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      const e = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (escape) {
        // A bare newline inside an instruction only happens in heredoc-less oddities; treat as blank.
        i = e;
        lineStart = true;
        continue;
      }
      finish('\n', i, e);
      i = e;
      lineStart = true;
      continued = false;
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of the (joined) line.
      needsShell = true;
      while (i < end) {
        if (escape && text[i] === escape && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 80))) {
          i++;
          while (i < end && text[i] !== '\n') i++;
          i++;
          continue;
        }
        if (text[i] === '\n' || text[i] === '\r') break;
        i++;
      }
      continue;
    }
    const op = operatorAt(text, i, end);
    if (op) {
      needsShell = true;
      if (op === '(') depth++;
      if (op === ')') {
        finish(')', i, i + 1);
        depth = Math.max(0, depth - 1);
        i++;
        continue;
      }
      if (op !== '(') finish(op, i, i + op.length);
      i += op.length;
      continue;
    }
    const redirection = REDIRECTION.exec(text.slice(i, i + 4));
    if (redirection) {
      // The operator and its target are not arguments of the command.
      needsShell = true;
      let j = i + redirection[0].length;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      i = j < end ? readWord(text, j, end, escape).end : j;
      continue;
    }
    const w = readWord(text, i, end, escape);
    if (/[0-9]/.test(c) && (text[w.end] === '>' || text[w.end] === '<') && /^[0-9]+$/.test(w.value)) {
      // `2>&1`: the digits belong to the redirection.
      i = w.end;
      continue;
    }
    if (w.expands || /[*?[\]~]/.test(w.value) || w.value.startsWith('{')) needsShell = true;
    words.push(w);
    i = w.end;
  }
  finish('', end, end);
  // Drop the empty command a trailing operator leaves.
  return { commands: commands.filter((c) => c.words.length > 0 || c.terminator === '&'), needsShell };
}

const REDIRECTION = /^(?:&>>?|>>|>\||>&|<<<|<<-?|<>|<&|>|<)/;
const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')'];

function operatorAt(text: string, i: number, end: number): string | null {
  for (const op of OPERATORS) {
    if (text.startsWith(op, i) && i + op.length <= end) {
      if (op === '&' && text[i + 1] === '>') return null;
      return op;
    }
  }
  return null;
}

function readWord(text: string, start: number, end: number, escape: string | null): ShellWord {
  let value = '';
  let quoted = false;
  let expands = false;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
    if (escape && c === escape && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 80))) break;
    if (OPERATORS.some((op) => text.startsWith(op, i)) || c === '>' || c === '<') break;
    if (c === "'") {
      quoted = true;
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 || close >= end ? end : close;
      value += text.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      quoted = true;
      i++;
      while (i < end && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < end) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        if (text[i] === '$' || text[i] === '`') expands = true;
        value += text[i++];
      }
      i++;
      continue;
    }
    if (c === '\\' && i + 1 < end) {
      quoted = true;
      value += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      expands = true;
      const close = skipExpansion(text, i, end);
      value += text.slice(i, close);
      i = close;
      continue;
    }
    value += c;
    i++;
  }
  return { value, start, end: Math.min(i, end), quoted, expands };
}

/** Past `$(…)`, `${…}`, `$((…))`, `` `…` `` or `$NAME`. */
function skipExpansion(text: string, i: number, end: number): number {
  if (text[i] === '`') {
    const close = text.indexOf('`', i + 1);
    return close < 0 || close >= end ? end : close + 1;
  }
  const open = text[i + 1];
  if (open === '(' || open === '{') {
    const closeChar = open === '(' ? ')' : '}';
    let depth = 0;
    for (let j = i + 1; j < end; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === closeChar && --depth === 0) return j + 1;
      else if (text[j] === "'" && open === '(') {
        const q = text.indexOf("'", j + 1);
        j = q < 0 ? end : q;
      }
    }
    return end;
  }
  let j = i + 1;
  while (j < end && /[A-Za-z0-9_@*#?$!-]/.test(text[j])) {
    j++;
    if (!/[A-Za-z0-9_]/.test(text[j - 1])) break;
  }
  return Math.max(j, i + 1);
}

/** Wrappers that run the command after them. */
const WRAPPERS = new Set(['sudo', 'env', 'nohup', 'exec', 'time', 'nice', 'command', 'builtin', 'doas', 'gosu', 'su-exec']);
const WRAPPER_VALUE_OPTIONS: Record<string, string[]> = {
  sudo: ['-u', '-g', '-C', '-p', '-h', '-r', '-t', '-U', '-D'],
  env: ['-u', '-C', '-S'],
  nice: ['-n'],
  doas: ['-u', '-C'],
  time: ['-f', '-o'],
};
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}', 'fi', 'done']);

/**
 * The indices of the words in program position: wrappers (`sudo`, `env`, …) and then the
 * program they run, skipping `VAR=value` assignments, shell keywords and the wrappers' options.
 */
export function programChain(words: ShellWord[], from = 0): number[] {
  const chain: number[] = [];
  let i = from;
  while (i < words.length) {
    const v = words[i].value;
    if ((/^[A-Za-z_][A-Za-z0-9_]*=/.test(v) && !words[i].quoted) || KEYWORDS.has(v)) {
      i++;
      continue;
    }
    chain.push(i);
    const wrapper = basename(v);
    if (!WRAPPERS.has(wrapper)) return chain;
    i++;
    // The wrapper's own options (`sudo -u app`, `env -i`, `nice -n 5`).
    while (i < words.length && words[i].value.startsWith('-')) {
      const opt = words[i].value;
      i++;
      if (WRAPPER_VALUE_OPTIONS[wrapper]?.includes(opt) && i < words.length) i++;
    }
    // `gosu user cmd`, `su-exec user cmd`.
    if ((wrapper === 'gosu' || wrapper === 'su-exec') && i < words.length) i++;
  }
  return chain;
}

/** The index of the word that names the program (after wrappers), or -1. */
export function programIndex(words: ShellWord[], from = 0): number {
  const chain = programChain(words, from);
  const last = chain.length ? chain[chain.length - 1] : -1;
  return last >= 0 && !WRAPPERS.has(basename(words[last].value)) ? last : -1;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
