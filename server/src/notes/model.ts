/**
 * The notes model: a Markdown note as a flat tree of nodes (sections, bullets, paragraphs, code),
 * each with its source line, so hover can quote a part of it and link to the exact place.
 * Plain data: the bundled notes are generated into server/data at build time.
 */

/** The note's front matter: what the attribution under every quote shows. */
export interface NotesMeta {
  title?: string;
  author?: string;
  date?: string;
}

export type NotesNodeKind = 'section' | 'bullet' | 'paragraph' | 'code';

export interface NotesNode {
  /** Index in `NotesDoc.nodes`; node 0 is the document itself (a section of level 0). */
  id: number;
  kind: NotesNodeKind;
  /**
   * The node's own Markdown: a section's title, a bullet's first paragraph, a paragraph, or a
   * code block's content (also tables and quotes, kept as their source lines, with `lang: 'md'`).
   */
  text: string;
  /** 0-based line of the node in the Markdown file. */
  line: number;
  parent: number | null;
  /** Child nodes in document order: a section's blocks and subsections, a bullet's sub-bullets. */
  children: number[];
  /** Sections: the heading level (1–6); a pseudo-section is one level below its section. */
  level?: number;
  /**
   * Sections that are not Markdown headings: a bold line (`**사이즈별 이미지**`) or a short
   * caption followed by a list (`쿠버네티스 노드`), which the notes use as small headings.
   */
  pseudo?: boolean;
  /** Real headings: the id VS Code's Markdown preview (and GitHub) gives the heading. */
  slug?: string;
  /** Code blocks: the fence's language. */
  lang?: string;
  /** Selectors declared in the note (`<!-- kube-guide: … -->`), for user notes. */
  explains?: string[];
}

export interface NotesDoc {
  meta: NotesMeta;
  nodes: NotesNode[];
  /** Declarations that could not be read, with their line (user notes report them). */
  problems?: { line: number; message: string }[];
}
