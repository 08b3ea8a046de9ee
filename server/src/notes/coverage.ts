/**
 * Which parts of a note some hover shows: the coverage tests require every section and bullet of
 * the bundled notes to be shown by at least one link that a hover can reach (a field, a kind, a
 * value, a Dockerfile instruction; topics count only where noted).
 */
import type { NotesNodeKind } from './model';
import { excerpt } from './render';
import type { NotesSource, ResolvedLink } from './source';

export interface Coverage {
  /** Per kind of node: how many there are, and the ids no reachable link shows. */
  byKind: Record<NotesNodeKind, { total: number; orphans: number[] }>;
}

export function coverage(source: NotesSource, reachable: (link: ResolvedLink) => boolean = () => true): Coverage {
  const shown = new Set<number>();
  for (const link of source.links) if (reachable(link)) for (const id of excerpt(source.doc, link).shown) shown.add(id);
  const byKind: Coverage['byKind'] = {
    section: { total: 0, orphans: [] },
    bullet: { total: 0, orphans: [] },
    paragraph: { total: 0, orphans: [] },
    code: { total: 0, orphans: [] },
  };
  for (const node of source.doc.nodes.slice(1)) {
    const k = byKind[node.kind];
    k.total++;
    if (!shown.has(node.id)) k.orphans.push(node.id);
  }
  return { byKind };
}

/** A link a hover on a field or a Dockerfile instruction reaches (not only a topic). */
export function reachableByHover(link: ResolvedLink): boolean {
  return link.selectors.some((s) => s.language !== 'topic');
}
