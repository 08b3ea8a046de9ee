/**
 * A matched part of the notes → hover Markdown: the section path ("2장 › 2.3 › 스케줄링"), the
 * excerpt, and a link that opens the whole note at that place.
 */
import { t, type Locale } from '../l10n';
import type { NotesDoc, NotesMeta, NotesNode } from './model';
import { plain } from './parse';
import type { NotesSource, ResolvedLink } from './source';

/**
 * How links are written. `command`: our VS Code command, which opens the Markdown preview at the
 * line (the client trusts only that command). `file`: a plain file link with `#L<line>`, for
 * other editors. `none`: no link.
 */
export type LinkStyle = 'command' | 'file' | 'none';

/** The VS Code command the `command` links run (registered by the client). */
export const OPEN_NOTES_COMMAND = 'kubeGuide.openNotes';

/** A list longer than this shows only the bullet in focus. */
const MAX_SIBLINGS = 6;
/** Excerpt budget in lines; the rest of the section is one click away. */
const MAX_LINES = 18;

export interface Excerpt {
  /** From the outermost heading to the node the excerpt is about. */
  path: NotesNode[];
  /** Markdown blocks (a list, a paragraph, a code block). */
  blocks: string[];
  /** Nodes the excerpt shows (for the coverage tests). */
  shown: Set<number>;
  /** 0-based line the link opens at: the last element of the path. */
  line: number;
  truncated: boolean;
}

export function excerpt(doc: NotesDoc, link: Pick<ResolvedLink, 'node' | 'focus'>): Excerpt {
  const node = doc.nodes[link.node];
  const shown = new Set<number>();
  const parts: { node: NotesNode; depth: number }[][] = [];
  let path: NotesNode[];
  const focus = link.focus;

  if (node.kind === 'section') {
    path = ancestry(doc, node.id);
    // A run of bullets is one list; paragraphs and code blocks are blocks of their own.
    let list: { node: NotesNode; depth: number }[] | null = null;
    for (const c of node.children) {
      const child = doc.nodes[c];
      if (child.kind === 'section') {
        list = null;
      } else if (child.kind === 'bullet') {
        if (!list) parts.push((list = []));
        list.push(...subtree(doc, c, 0));
      } else {
        list = null;
        parts.push(subtree(doc, c, 0));
      }
    }
  } else if (node.kind === 'bullet' && node.children.length) {
    path = ancestry(doc, node.id);
    const kids = node.children.map((c) => doc.nodes[c]);
    const only = focus !== undefined && kids.length > MAX_SIBLINGS ? kids.filter((k) => k.id === focus || descendantOf(doc, focus, k.id)) : kids;
    parts.push(only.flatMap((k) => subtree(doc, k.id, 0)));
  } else if (node.kind === 'bullet') {
    path = ancestry(doc, node.parent ?? 0);
    const run = siblingRun(doc, node);
    parts.push((run.length > MAX_SIBLINGS ? [node] : run).flatMap((k) => subtree(doc, k.id, 0)));
  } else {
    path = ancestry(doc, node.parent ?? 0);
    parts.push(subtree(doc, node.id, 0));
  }

  const bold = focus ?? (node.kind === 'bullet' && !node.children.length ? node.id : undefined);
  const blocks: string[] = [];
  let used = 0;
  let truncated = false;
  for (const part of parts) {
    let block = renderPart(part, bold);
    let lines = block.split('\n').length;
    if (blocks.length && used + lines > MAX_LINES) {
      truncated = true;
      break;
    }
    if (lines > MAX_LINES) {
      block = cut(block);
      lines = MAX_LINES;
      truncated = true;
    }
    blocks.push(block);
    used += lines;
    for (const p of part) shown.add(p.node.id);
  }
  for (const p of path) shown.add(p.id);
  const last = path[path.length - 1];
  return { path, blocks, shown, line: last ? last.line : node.line, truncated };
}

/** The first MAX_LINES lines of a block, closing a code fence left open. */
function cut(block: string): string {
  const lines = block.split('\n').slice(0, MAX_LINES);
  const fences = lines.filter((l) => /^\s*(```|~~~~)/.test(l));
  if (fences.length % 2) lines.splice(MAX_LINES - 1, 1, fences[0].replace(/^(\s*(```|~~~~)).*$/, '$1'));
  return lines.join('\n');
}

/** The nodes from the outermost heading down to `id` (the document itself left out). */
function ancestry(doc: NotesDoc, id: number): NotesNode[] {
  const out: NotesNode[] = [];
  for (let n: number | null = id; n !== null && n !== 0; n = doc.nodes[n].parent) out.unshift(doc.nodes[n]);
  return out;
}

function descendantOf(doc: NotesDoc, id: number, ancestor: number): boolean {
  for (let n = doc.nodes[id].parent; n !== null; n = doc.nodes[n].parent) if (n === ancestor) return true;
  return false;
}

/** The bullets of the list `node` is in: its parent's children, up to a paragraph or heading. */
function siblingRun(doc: NotesDoc, node: NotesNode): NotesNode[] {
  const siblings = doc.nodes[node.parent ?? 0].children.map((c) => doc.nodes[c]);
  const at = siblings.findIndex((s) => s.id === node.id);
  let start = at;
  let end = at;
  while (start > 0 && siblings[start - 1].kind === 'bullet') start--;
  while (end < siblings.length - 1 && siblings[end + 1].kind === 'bullet') end++;
  return siblings.slice(start, end + 1);
}

function subtree(doc: NotesDoc, id: number, depth: number): { node: NotesNode; depth: number }[] {
  const node = doc.nodes[id];
  const out = [{ node, depth }];
  if (node.kind === 'bullet') for (const c of node.children) out.push(...subtree(doc, c, depth + 1));
  return out;
}

function renderPart(part: { node: NotesNode; depth: number }[], bold: number | undefined): string {
  const lines: string[] = [];
  for (const { node, depth } of part) {
    const indent = '  '.repeat(depth);
    if (node.kind === 'bullet') {
      const text = node.id === bold ? `**${plain(node.text).trim()}**` : node.text;
      lines.push(`${indent}- ${text.replace(/\n/g, `\n${indent}  `)}`);
    } else if (node.kind === 'code') {
      if (lines.length) lines.push('');
      if (node.lang === 'md') lines.push(...node.text.split('\n').map((l) => indent + l));
      else {
        const fence = node.text.includes('```') ? '~~~~' : '```';
        lines.push(indent + fence + (node.lang ?? ''), ...node.text.split('\n').map((l) => indent + l), indent + fence);
      }
    } else {
      if (lines.length) lines.push('');
      lines.push(...node.text.split('\n').map((l) => indent + l));
    }
  }
  return lines.join('\n');
}

/** A short label for a path element: "2.3 쿠버네티스를…" → "2.3", "2장 왜…" → "2장". */
export function label(node: NotesNode): string {
  let text = plain(node.text).replace(/\s+/g, ' ').trim();
  if (node.kind === 'section' && !node.pseudo) {
    const m = /^(\d+장|\d+(?:\.\d+)+)(?:\s|$)/.exec(text);
    if (m) return m[1];
  }
  const colon = text.indexOf(' : ');
  if (colon > 0) text = text.slice(0, colon);
  if (text.length > 24) text = text.replace(/\s*\([^()]*\)\s*$/, '');
  if (text.length > 40) text = text.slice(0, 39) + '…';
  return text;
}

export function pathText(path: NotesNode[]): string {
  return path.map(label).join(' › ');
}

export function linkFor(uri: string, line: number, style: LinkStyle): string | null {
  if (style === 'none') return null;
  if (style === 'file') return `${uri}#L${line + 1}`;
  return `command:${OPEN_NOTES_COMMAND}?${encodeURIComponent(JSON.stringify([{ uri, line }]))}`;
}

export function attribution(meta: NotesMeta, uri: string, locale: Locale): string {
  const date = meta.date ? /^\d{4}-\d{2}-\d{2}/.exec(meta.date)?.[0] ?? meta.date : undefined;
  const title = meta.title ?? decodeURIComponent(uri.replace(/^.*\//, ''));
  const by = [meta.author, date].filter(Boolean).join(', ');
  return `*${t(locale, 'notes.source')}: ${escapeInline(title)}${by ? ` — ${escapeInline(by)}` : ''}*`;
}

/** Front-matter text goes inside emphasis: keep its own Markdown characters literal. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** Hover Markdown for one source's matches, or null when there are none. */
export function renderMatches(source: NotesSource, links: ResolvedLink[], locale: Locale, style: LinkStyle): string | null {
  if (!links.length) return null;
  const out: string[] = [];
  for (const link of links) {
    const ex = excerpt(source.doc, link);
    const href = linkFor(source.uri, ex.line, style);
    const where = pathText(ex.path) || label(source.doc.nodes[link.node]);
    const head = `**${t(locale, 'notes.heading')}** · ${where}${href ? ` · [${t(locale, 'notes.open')}](${href})` : ''}`;
    out.push([head, ...ex.blocks, ...(ex.truncated ? ['…'] : [])].join('\n\n'));
  }
  out.push(attribution(source.doc.meta, source.uri, locale));
  return out.join('\n\n');
}
