/**
 * Just enough of the POSIX shell grammar to see what a `sh -c` script runs: simple commands split
 * at control operators, with the ones sent to the background (`&`). Quotes, escapes, `$(…)`,
 * backquotes and comments are skipped; redirections with `&` (`2>&1`, `&>`, `|&`) are not `&`.
 */

export interface ShellCommand {
  words: string[];
  /** Ends with `&`: runs in the background while the script goes on. */
  background: boolean;
  /** Offset of the `&` in the script when `background`. */
  ampersand: number;
}

export function splitShell(script: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (background: boolean, at: number) => {
    endWord();
    if (words.length) out.push({ words, background, ampersand: background ? at : -1 });
    words = [];
  };
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i];
    if (c === '\\') {
      word += script[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const close = script.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      word += script.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && script[j] !== '"') j += script[j] === '\\' ? 2 : 1;
      word += script.slice(i + 1, j);
      inWord = true;
      i = j + 1;
    } else if (c === '`') {
      const close = script.indexOf('`', i + 1);
      i = close < 0 ? n : close + 1;
      inWord = true;
    } else if (c === '$' && script[i + 1] === '(') {
      // $( … ) and $(( … )): skip to the matching parenthesis.
      let depth = 0;
      let j = i + 1;
      for (; j < n; j++) {
        if (script[j] === '(') depth++;
        else if (script[j] === ')' && --depth === 0) break;
      }
      word += script.slice(i, j + 1);
      inWord = true;
      i = j + 1;
    } else if (c === '#' && !inWord) {
      while (i < n && script[i] !== '\n') i++;
    } else if (c === '&') {
      const prev = script[i - 1];
      if (script[i + 1] === '&') {
        endCommand(false, i);
        i += 2;
      } else if (prev === '>' || prev === '<' || script[i + 1] === '>') {
        word += c; // a redirection: 2>&1, >&2, &>file
        inWord = true;
        i++;
      } else if (prev === '|') {
        i++; // |& pipes stderr too
      } else {
        endCommand(true, i);
        i++;
      }
    } else if (c === ';' || c === '\n' || c === '|' || c === '(' || c === ')' || c === '{' || c === '}') {
      // `{`/`}` only group at the start of a word; elsewhere they are text (`${x}` is inside $…).
      if ((c === '{' || c === '}') && inWord) {
        word += c;
        i++;
        continue;
      }
      if (c === '|' && script[i + 1] === '&') {
        endCommand(false, i);
        i += 2;
        continue;
      }
      endCommand(false, i);
      i += c === '|' && script[i + 1] === '|' ? 2 : c === ';' && script[i + 1] === ';' ? 2 : 1;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endCommand(false, n);
  return out;
}

/** Words that only prefix the real program. */
const WRAPPERS = new Set(['exec', 'nohup', 'env', 'nice', 'stdbuf', 'setsid', 'time', 'command', 'builtin', 'tini', 'dumb-init', 'gosu', 'su-exec']);

/** The program a simple command runs: its first word after assignments and wrappers. */
export function programOf(words: string[]): string | null {
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
    else if (WRAPPERS.has(basename(w))) {
      i++;
      while (i < words.length && words[i].startsWith('-')) i++;
    } else return w;
  }
  return null;
}

export function basename(path: string): string {
  return path.replace(/^.*\//, '');
}

/** Programs that only wait, sleep or set up the shell: they add no process of their own. */
export const TRIVIAL = new Set(['wait', 'sleep', 'true', 'false', ':', 'exit', 'trap', 'set', 'export', 'echo', 'printf', 'cd', 'read', 'unset', 'shift', 'return', 'then', 'else', 'fi', 'do', 'done', 'esac', '[', 'test', 'local']);
