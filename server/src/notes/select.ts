/**
 * Selectors: one line of text that says which fields, kinds, values, Dockerfile instructions or
 * topics a part of the notes explains. The bundled mapping and users' own notes use the same
 * syntax (documented in README.md, "Your own notes"):
 *
 *   spec.replicas                         a field, wherever its path ends so
 *   .kind                                 a leading dot anchors the path at the document root
 *   containers.image ~ ^alpine            list items are skipped, as in `kubectl explain`; `*` is any
 *                                         one field, `**` any number of fields; `~ regex` tests the
 *                                         value (case-insensitive), `= text` equals it
 *   HorizontalPodAutoscaler               a kind: the `kind` field (key or value) of such documents
 *   Service spec.selector                 a kind and a field of it
 *   kind.x-k8s.io/* Cluster **            an apiVersion (glob), a kind, and any field of it
 *   nodeSelector."kubernetes.io/hostname" quotes keep a field name with dots in one piece
 *   ~ ^cloud\.google\.com/                a regex on the key or value under the cursor
 *   dockerfile: FROM ~ alpine             a Dockerfile instruction, a flag (`COPY --from`) or `AS`
 *   topic: scaling.replicas               a topic (a diagnostic's principle, a report)
 */
import type { NotesTarget } from '../service/notes';

export type Selector =
  | {
      language: 'kubernetes';
      apiVersion?: string;
      kind?: string;
      /** Field names, `*` (one field) and `**` (any number); list indices are skipped, as in `kubectl explain`. */
      path?: string[];
      /** The path must match from the document root (not only the end of the target's path). */
      anchored?: boolean;
      value?: ValueTest;
    }
  | { language: 'dockerfile'; instruction: string; flag?: string; value?: ValueTest }
  | { language: 'topic'; topic: string };

export type ValueTest = { equals: string } | { matches: string };

export class SelectorError extends Error {}

/** Parses one selector; throws SelectorError with a message fit for the user. */
export function parseSelector(source: string): Selector {
  const text = source.trim();
  const prefixed = /^(k8s|kubernetes|dockerfile|docker|topic)\s*:\s*([\s\S]*)$/i.exec(text);
  const scheme = prefixed ? prefixed[1].toLowerCase() : 'k8s';
  const rest = prefixed ? prefixed[2].trim() : text;
  if (!rest) throw new SelectorError(`empty selector "${source}"`);
  if (scheme === 'topic') {
    if (!/^[\w.-]+$/.test(rest)) throw new SelectorError(`bad topic "${rest}"`);
    return { language: 'topic', topic: rest };
  }
  const [head, value] = splitValue(rest);
  if (scheme === 'dockerfile' || scheme === 'docker') {
    const words = head.split(/\s+/).filter(Boolean);
    const instruction = words.shift();
    if (!instruction || !/^[A-Za-z]+$/.test(instruction)) throw new SelectorError(`"${rest}" does not start with a Dockerfile instruction`);
    const sel: Selector = { language: 'dockerfile', instruction: instruction.toUpperCase() };
    const flag = words.shift();
    if (flag !== undefined) {
      if (/^--[\w-]+$/.test(flag)) sel.flag = flag.slice(2).toLowerCase();
      else if (/^as$/i.test(flag)) sel.flag = 'as';
      else throw new SelectorError(`"${flag}" is not a flag (--name) or AS`);
    }
    if (words.length) throw new SelectorError(`unexpected "${words.join(' ')}" in "${rest}"`);
    if (value) sel.value = value;
    return sel;
  }
  const sel: Selector & { language: 'kubernetes' } = { language: 'kubernetes' };
  for (const word of tokens(head)) {
    if (!sel.path && !sel.kind && !sel.apiVersion && /^([a-z0-9*][a-z0-9.*-]*\/)?(v\d[a-z0-9]*|\*)$/.test(word) && word !== '*') {
      sel.apiVersion = word;
    } else if (!sel.path && !sel.kind && /^([A-Z][A-Za-z0-9]*|\*)$/.test(word) && !(word === '*' && !sel.apiVersion)) {
      sel.kind = word;
    } else if (!sel.path) {
      sel.anchored = word.startsWith('.');
      sel.path = splitPath(sel.anchored ? word.slice(1) : word);
    } else {
      throw new SelectorError(`unexpected "${word}" in "${rest}"`);
    }
  }
  if (value) sel.value = value;
  if (!sel.path && !sel.value) {
    if (!sel.kind && !sel.apiVersion) throw new SelectorError(`"${rest}" selects nothing`);
  }
  return sel;
}

function splitValue(text: string): [string, ValueTest | undefined] {
  const m = /^([^=~]*?)\s*([=~])\s*([\s\S]*)$/.exec(quotedSafe(text));
  if (!m) return [text, undefined];
  const head = text.slice(0, m[1].length);
  const raw = text.slice(text.length - m[3].length);
  if (m[2] === '=') return [head, { equals: raw }];
  try {
    new RegExp(raw, 'i');
  } catch (e) {
    throw new SelectorError(`bad regular expression "${raw}": ${(e as Error).message}`);
  }
  return [head, { matches: raw }];
}

/**
 * A repeated group that holds a repetition (`(a+)+`, `(x*y)*`, `(?:a|b+){2,}`) or alternatives
 * (`(a|a)*`): the backtracking patterns that can make a JavaScript regular expression run for
 * minutes on a short value, freezing every hover (which tests it on every value under the
 * cursor). Crude: some such patterns are safe (path parts that each end in a slash), so it is
 * asked of a user's notes only.
 */
export function riskyRepetition(source: string): boolean {
  const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;
  // For each open group: does it hold a repetition or alternatives?
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop() ?? false;
      const q = quantifier.exec(source.slice(i + 1));
      const repeats = !!q && q[0] !== '?';
      if (inner && repeats) return true;
      if (stack.length && (inner || repeats)) stack[stack.length - 1] = true;
    } else if (c === '|' || c === '*' || c === '+' || (c === '{' && quantifier.test(source.slice(i)))) {
      if (stack.length) stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** Masks quoted parts, so `=` or `~` inside quotes do not split the selector. */
function quotedSafe(text: string): string {
  return text.replace(/"[^"]*"/g, (q) => '_'.repeat(q.length));
}

/** Words separated by spaces; quoted parts stay whole. */
function tokens(text: string): string[] {
  return text.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
}

function splitPath(path: string): string[] {
  const parts = path.match(/"[^"]*"|[^.]+/g) ?? [];
  if (!parts.length) throw new SelectorError(`empty path "${path}"`);
  return parts.map((p) => (p.startsWith('"') ? p.slice(1, -1) : p));
}

/** How precisely a selector matched: only the best tier of a source is shown. */
export type Tier = 1 | 2 | 3;

/** The tier a selector matches the target with, or 0 when it does not match. */
export function matchSelector(sel: Selector, target: NotesTarget): Tier | 0 {
  if (sel.language === 'topic') return target.language === 'topic' && target.topic === sel.topic ? 3 : 0;
  if (sel.language === 'dockerfile') {
    if (target.language !== 'dockerfile' || target.instruction.toUpperCase() !== sel.instruction) return 0;
    const flag = (target.flag ?? '').toLowerCase();
    if (sel.flag !== undefined && flag !== sel.flag) return 0;
    // A value test is about the instruction's own value, not a flag's (`FROM x AS build`, `--from=build`).
    if (sel.value && ((sel.flag ?? '') !== flag || !testValue(sel.value, target.value))) return 0;
    return sel.value ? 3 : sel.flag ? 2 : 1;
  }
  if (target.language !== 'kubernetes') return 0;
  if (sel.apiVersion && !glob(sel.apiVersion, target.apiVersion)) return 0;
  if (sel.kind && sel.kind !== '*' && sel.kind !== target.kind) return 0;
  const names = target.path.filter((p): p is string => typeof p === 'string');
  if (sel.path) {
    if (!matchPath(sel.path, names, !!sel.anchored)) return 0;
    if (sel.value && (target.on !== 'value' || !testValue(sel.value, target.value))) return 0;
  } else if (sel.value) {
    // No path: the test is on the word under the cursor, a key or a value.
    const word = target.on === 'value' ? target.value : names[names.length - 1];
    if (!testValue(sel.value, word)) return 0;
  } else if (!(target.path.length === 1 && target.path[0] === 'kind')) {
    // A kind or apiVersion alone names the document type: shown on its `kind` field.
    return 0;
  }
  return sel.value ? 3 : sel.kind || sel.apiVersion ? 2 : 1;
}

function testValue(test: ValueTest, value: string | undefined): boolean {
  if (value === undefined) return false;
  return 'equals' in test ? value === test.equals : new RegExp(test.matches, 'i').test(value);
}

/** `*` in an apiVersion pattern matches any run of characters. */
function glob(pattern: string, text: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*') + '$');
  return re.test(text);
}

/** Matches path segments: `*` one, `**` any number; unanchored patterns match the path's end. */
export function matchPath(pattern: string[], names: string[], anchored: boolean): boolean {
  const p = anchored ? pattern : ['**', ...pattern];
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === p.length) r = j === names.length;
    else if (p[i] === '**') r = go(i + 1, j) || (j < names.length && go(i, j + 1));
    else r = j < names.length && (p[i] === '*' || p[i] === names[j]) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}
