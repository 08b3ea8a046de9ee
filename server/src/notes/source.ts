/**
 * A source of notes for hover: a parsed note, where it lives (for links), and its links
 * (node → selectors). The bundled notes get their links from the mapping; a user's notes from
 * the `<!-- kube-guide: … -->` declarations written in them.
 */
import type { NotesDoc, NotesNode } from './model';
import type { NotesLink } from './mapping';
import { plain } from './parse';
import { parseSelector, riskyRepetition, SelectorError, type Selector } from './select';

export interface ResolvedLink {
  node: number;
  focus?: number;
  selectors: Selector[];
  /** The selectors' source text, for messages and tests. */
  explains: string[];
  /** Shown only when no other link matches as well. */
  weak?: boolean;
}

export interface NotesSource {
  /** The Markdown file's URI, for the link that opens it. */
  uri: string;
  doc: NotesDoc;
  links: ResolvedLink[];
  /** What could not be read: a selector, a reference to text that does not exist. */
  problems: { line: number; message: string }[];
}

export class NotesRefError extends Error {}

/** The one node whose text is `text`, or else the one node whose text contains it. */
export function findNode(doc: NotesDoc, text: string, within?: number): NotesNode {
  const pool = within === undefined ? doc.nodes.slice(1) : descendants(doc, within);
  const candidates = pool.filter((n) => n.kind !== 'code');
  const exact = candidates.filter((n) => plain(n.text).trim() === text);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) throw new NotesRefError(`"${text}" names ${exact.length} parts of the notes (lines ${exact.map((n) => n.line + 1).join(', ')})`);
  const partial = candidates.filter((n) => plain(n.text).includes(text));
  if (partial.length === 1) return partial[0];
  if (!partial.length) throw new NotesRefError(`"${text}" is no longer in the notes${within === undefined ? '' : ` under "${plain(doc.nodes[within].text)}"`}`);
  throw new NotesRefError(`"${text}" is in ${partial.length} parts of the notes (lines ${partial.map((n) => n.line + 1).join(', ')})`);
}

export function descendants(doc: NotesDoc, id: number): NotesNode[] {
  const out: NotesNode[] = [];
  const walk = (n: number) => {
    for (const c of doc.nodes[n].children) {
      out.push(doc.nodes[c]);
      walk(c);
    }
  };
  walk(id);
  return out;
}

/** The bundled notes with the mapping. Throws on a stale reference or a bad selector (tests catch both). */
export function mappedSource(uri: string, doc: NotesDoc, mapping: NotesLink[]): NotesSource {
  const links = mapping.map((m): ResolvedLink => {
    const node = findNode(doc, m.at).id;
    const focus = m.focus === undefined ? undefined : findNode(doc, m.focus, node).id;
    return { node, focus, selectors: m.explains.map((s) => parseSelector(s)), explains: m.explains, weak: m.weak };
  });
  return { uri, doc, links, problems: [] };
}

/** A user's notes: each node that declares selectors explains what they select. Never throws. */
export function declaredSource(uri: string, doc: NotesDoc): NotesSource {
  const problems = [...(doc.problems ?? [])];
  const links: ResolvedLink[] = [];
  for (const node of doc.nodes) {
    if (!node.explains?.length) continue;
    const selectors: Selector[] = [];
    const explains: string[] = [];
    for (const text of node.explains) {
      try {
        const selector = parseSelector(text);
        const value = 'value' in selector ? selector.value : undefined;
        const regex = value && 'matches' in value ? value.matches : null;
        if (regex !== null && riskyRepetition(regex)) {
          throw new SelectorError(`regular expression "${regex}" repeats a repetition or alternatives (like (a+)+ or (a|b)*): it can take forever on some values; write it without the outer repetition`);
        }
        selectors.push(selector);
        explains.push(text);
      } catch (e) {
        if (!(e instanceof SelectorError)) throw e;
        problems.push({ line: node.line, message: e.message });
      }
    }
    if (selectors.length) links.push({ node: node.id, selectors, explains });
  }
  return { uri, doc, links, problems };
}
