/** The bundled notes (쿠버네티스 완벽 가이드, ch. 1–3), parsed at build time, with the mapping. */
import { BUNDLED_NOTES_FILE, bundledNotes } from '../../data/notes.generated';
import { mapping } from './mapping';
import { mappedSource, type NotesSource } from './source';

export { BUNDLED_NOTES_FILE, bundledNotes };

/** The bundled notes as a hover source; `uri` is where the shipped copy of the Markdown lives. */
export function bundledSource(uri: string): NotesSource {
  return mappedSource(uri, bundledNotes, mapping);
}
