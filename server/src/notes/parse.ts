/**
 * Markdown → notes model. Pure: text in, `NotesDoc` out; never throws on input.
 *
 * Built on markdown-it (the parser VS Code's preview uses), so what is a list, a heading or a
 * code block here is what the user sees in the preview. On top of Markdown it reads how study
 * notes are written: a bold line or a short caption before a list acts as a small heading
 * (a pseudo-section), and a heading numbered "2.3" belongs under "2장" even when written one
 * level below "2.1".
 */
import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;
import { parse as parseYaml } from 'yaml';
import type { NotesDoc, NotesMeta, NotesNode } from './model';

const md = new MarkdownIt({ html: true });

/** `<!-- kube-guide: selector; selector -->` declares what a section or bullet explains. */
const DECLARATION = /<!--\s*kube-guide:([\s\S]*?)-->/g;

export function parseNotes(source: string): NotesDoc {
  const { meta, body } = frontMatter(source);
  const nodes: NotesNode[] = [{ id: 0, kind: 'section', text: meta.title ?? '', line: 0, parent: null, children: [], level: 0 }];
  const problems: { line: number; message: string }[] = [];
  const sections: number[] = [0];
  /** Open list items: the bullet they became (once their first paragraph is read). */
  const items: { bullet: number | null }[] = [];
  const slugs = new Map<string, number>();
  const lines = body.split(/\r\n|\r|\n/);

  const add = (node: Omit<NotesNode, 'id' | 'children'>): NotesNode => {
    const n: NotesNode = { ...node, id: nodes.length, children: [] };
    nodes.push(n);
    if (n.parent !== null) nodes[n.parent].children.push(n.id);
    return n;
  };
  const top = () => nodes[sections[sections.length - 1]];
  /** Where a block goes: the innermost open list item's bullet, else the innermost section. */
  const container = (): number => {
    for (let i = items.length - 1; i >= 0; i--) if (items[i].bullet !== null) return items[i].bullet!;
    return top().id;
  };
  const declare = (nodeId: number, text: string, line: number): string => {
    return text.replace(DECLARATION, (_m, body: string) => {
      const list = body.split(';').map((s) => s.trim()).filter(Boolean);
      if (!list.length) problems.push({ line, message: 'empty kube-guide declaration' });
      const node = nodes[nodeId];
      node.explains = [...(node.explains ?? []), ...list];
      return '';
    });
  };
  const closePseudo = () => {
    while (sections.length > 1 && top().pseudo) sections.pop();
  };

  let tokens: Token[];
  try {
    tokens = md.parse(body, {});
  } catch {
    tokens = [];
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const line = tok.map?.[0] ?? 0;
    switch (tok.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        i += 2;
        const level = Number(tok.tag.slice(1));
        const raw = inline?.content ?? '';
        const title = plain(raw.replace(DECLARATION, '')).trim();
        items.length = 0;
        while (sections.length > 1 && (top().level ?? 0) >= level) sections.pop();
        // "2.3" written under "2.1" still belongs to "2장": close headings it is not numbered under.
        const num = numberOf(title);
        while (num && sections.length > 1) {
          const parentNum = numberOf(top().text);
          if (!parentNum || num.startsWith(parentNum + '.')) break;
          sections.pop();
        }
        const base = slugify(plainText(inline));
        const seen = slugs.get(base);
        slugs.set(base, seen === undefined ? 0 : seen + 1);
        const slug = seen === undefined ? base : slugify(`${base}-${seen + 1}`);
        const node = add({ kind: 'section', text: title, line, parent: top().id, level, slug });
        declare(node.id, raw, line);
        sections.push(node.id);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        break;
      case 'list_item_open':
        items.push({ bullet: null });
        break;
      case 'list_item_close':
        items.pop();
        break;
      case 'inline': {
        const item = items[items.length - 1];
        if (item && item.bullet === null) {
          const parent = container();
          const node = add({ kind: 'bullet', text: '', line, parent });
          node.text = declare(node.id, tok.content, line).trim();
          item.bullet = node.id;
        } else if (item) {
          const node = add({ kind: 'paragraph', text: '', line, parent: container() });
          node.text = declare(item.bullet!, tok.content, line).trim();
          if (!node.text) dropLast(nodes);
        } else {
          topLevelParagraph(tok, line, tokens[i + 2]);
        }
        break;
      }
      case 'fence':
      case 'code_block':
        add({ kind: 'code', text: tok.content.replace(/\n$/, ''), line, parent: container(), lang: tok.info.trim().split(/\s+/)[0] || undefined });
        break;
      case 'html_block': {
        const text = declare(container(), tok.content, line).trim();
        if (text) add({ kind: 'code', text, line, parent: container(), lang: 'md' });
        break;
      }
      case 'table_open':
      case 'blockquote_open': {
        // Kept as their source, shown as Markdown: the quote's own structure is not looked into.
        const close = tok.type.replace('_open', '_close');
        let depth = 1;
        while (depth > 0 && ++i < tokens.length) {
          if (tokens[i].type === tok.type) depth++;
          else if (tokens[i].type === close) depth--;
        }
        const [start, end] = tok.map ?? [line, line + 1];
        const text = lines.slice(start, end).join('\n').replace(/\s+$/, '');
        add({ kind: 'code', text: declare(container(), text, line), line, parent: container(), lang: 'md' });
        break;
      }
      default:
        break;
    }
  }

  function topLevelParagraph(tok: Token, line: number, next: Token | undefined): void {
    const raw = tok.content;
    const text = raw.replace(DECLARATION, '').trim();
    const bold = /^\*\*([^*\n]+)\*\*$/.exec(text) ?? /^__([^_\n]+)__$/.exec(text);
    const captionOfList =
      !bold && next?.type === 'bullet_list_open' && !text.includes('\n') && text.length <= 60 && !/[.!?:。]$|다$/.test(text);
    if (bold || (captionOfList && !(top().pseudo && top().children.length === 0))) {
      // A small heading of its own: it closes the previous one and holds what follows.
      closePseudo();
      const parent = top();
      const node = add({ kind: 'section', text: plain(bold ? bold[1] : text).trim(), line, parent: parent.id, level: (parent.level ?? 0) + 1, pseudo: true });
      declare(node.id, raw, line);
      sections.push(node.id);
      return;
    }
    const node = add({ kind: 'paragraph', text: '', line, parent: top().id });
    node.text = declare(top().id, raw, line).trim();
    if (!node.text) dropLast(nodes);
  }

  const doc: NotesDoc = { meta, nodes };
  if (problems.length) doc.problems = problems;
  return doc;
}

/** Removes the node just added (a paragraph that held only a declaration). */
function dropLast(nodes: NotesNode[]): void {
  const n = nodes.pop()!;
  if (n.parent !== null) nodes[n.parent].children.pop();
}

/** Front matter (`---` YAML `---` at the top) → meta; the body keeps its line numbers. */
function frontMatter(source: string): { meta: NotesMeta; body: string } {
  const text = source.replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: NotesMeta = {};
  try {
    const data = parseYaml(m[1]) as Record<string, unknown> | null;
    if (data && typeof data === 'object') {
      for (const key of ['title', 'author', 'date'] as const) {
        const v = data[key];
        if (typeof v === 'string' || typeof v === 'number') meta[key] = String(v);
        else if (v instanceof Date) meta[key] = v.toISOString();
      }
    }
  } catch {
    // Unreadable front matter: the note is still a note, without attribution.
  }
  const blank = m[0].split(/\r\n|\r|\n/).length - 1;
  return { meta, body: '\n'.repeat(blank) + text.slice(m[0].length) };
}

/** "2장 …" → "2", "2.3 …" → "2.3", "1.1 …" → "1.1"; unnumbered → null. */
export function numberOf(title: string): string | null {
  const m = /^(\d+(?:\.\d+)*)(?:장|\.?(?=\s|$))/.exec(title.trim());
  return m ? m[1] : null;
}

/** Inline Markdown → the text a reader sees (emphasis, code ticks and link targets removed). */
export function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** The heading text as VS Code's preview computes it for the slug: text, emoji and code only. */
function plainText(tok: Token | undefined): string {
  if (!tok) return '';
  if (tok.children) return tok.children.map(plainText).join('');
  return tok.type === 'text' || tok.type === 'emoji' || tok.type === 'code_inline' ? tok.content : '';
}

/** VS Code's (and GitHub's) heading slug, so a link can name the heading the preview shows. */
export function slugify(heading: string): string {
  return encodeURI(
    heading
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[\][!/'"#$%&()*+,./:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g, '')
      .replace(/^-+/, '')
      .replace(/-+$/, '')
      // encodeURI throws on a lone surrogate (a broken file's heading): make it U+FFFD first.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
}
