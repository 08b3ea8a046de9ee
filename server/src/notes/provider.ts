/**
 * The NotesProvider hover and diagnostics call: NotesTarget → the matching parts of the notes.
 * Pure; the sources (the bundled notes, the user's notes) are handed in.
 */
import type { Locale } from '../l10n';
import type { NotesProvider, NotesReference, NotesTarget } from '../service/notes';
import { excerpt, linkFor, pathText, renderMatches, type LinkStyle } from './render';
import { matchSelector } from './select';
import type { NotesSource, ResolvedLink } from './source';

/** At most this many parts of one note in a hover. */
const MAX_MATCHES = 3;

export interface NotesProviderOptions {
  /** The bundled notes first, then the user's; read on every call, so a reload shows at once. */
  sources: () => readonly NotesSource[];
  links?: LinkStyle;
}

export interface NotesProviderWithMatches extends NotesProvider {
  /** The links of one source a target selects, best first (for tests and the coverage report). */
  matches(source: NotesSource, target: NotesTarget): ResolvedLink[];
}

export function createNotesProvider(options: NotesProviderOptions): NotesProviderWithMatches {
  const style = options.links ?? 'command';

  function matches(source: NotesSource, target: NotesTarget): ResolvedLink[] {
    let best = 0;
    let found: ResolvedLink[] = [];
    for (const link of source.links) {
      let tier = 0;
      for (const sel of link.selectors) tier = Math.max(tier, matchSelector(sel, target));
      if (!tier || tier < best) continue;
      if (tier > best) {
        best = tier;
        found = [];
      }
      // One excerpt per part of the notes: the first link (the mapping's order) wins.
      if (!found.some((f) => f.node === link.node)) found.push(link);
    }
    const strong = found.filter((f) => !f.weak);
    return (strong.length ? strong : found).slice(0, MAX_MATCHES);
  }

  // Hover asks the same questions again and again (every `replicas` of a file): remember the
  // answers while the sources are the same objects (a reload of the user's notes replaces them).
  let cachedSources: readonly NotesSource[] = [];
  const cache = new Map<string, string | null>();
  const MAX_CACHED = 2000;

  return {
    matches,
    hover(target: NotesTarget, locale: Locale): string | null {
      const sources = options.sources();
      if (sources.length !== cachedSources.length || sources.some((s, i) => s !== cachedSources[i]) || cache.size > MAX_CACHED) {
        cache.clear();
        cachedSources = sources;
      }
      const key = `${locale}\0${JSON.stringify(target)}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const parts: string[] = [];
      for (const source of sources) {
        const md = renderMatches(source, matches(source, target), locale, style);
        if (md) parts.push(md);
      }
      const md = parts.length ? parts.join('\n\n---\n\n') : null;
      cache.set(key, md);
      return md;
    },
    reference(target: NotesTarget): NotesReference | null {
      for (const source of options.sources()) {
        const [link] = matches(source, target);
        if (!link) continue;
        const ex = excerpt(source.doc, link);
        return { path: pathText(ex.path), href: linkFor(source.uri, ex.line, style === 'none' ? 'file' : style)! };
      }
      return null;
    },
  };
}
