/** The bundled notes (쿠버네티스 완벽 가이드, ch. 1–3), parsed at build time, with the mapping. */
import { BUNDLED_NOTES_FILE, bundledNotes } from '../../data/notes.generated';
import { mapping } from './mapping';
import { mappedSource, type NotesSource } from './source';

export { BUNDLED_NOTES_FILE, bundledNotes };

const resolved = new Map<string, NotesSource>();

/**
 * The bundled notes as a hover source; `uri` is where the shipped copy of the Markdown lives.
 * Resolving the mapping reads every node of the notes per link (tens of ms): done once per URI,
 * since a provider may ask for its sources on every hover and every diagnostic link.
 */
export function bundledSource(uri: string): NotesSource {
  let source = resolved.get(uri);
  if (!source) resolved.set(uri, (source = mappedSource(uri, bundledNotes, mapping)));
  return source;
}
