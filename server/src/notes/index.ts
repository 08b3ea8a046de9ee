/** The study notes: model, parser, mapping and the NotesProvider the language service uses. */
export { bundledNotes, bundledSource, BUNDLED_NOTES_FILE } from './bundled';
export type { NotesDoc, NotesMeta, NotesNode } from './model';
export { parseNotes } from './parse';
export { createNotesProvider, type NotesProviderOptions } from './provider';
export { OPEN_NOTES_COMMAND, type LinkStyle } from './render';
export { parseSelector, type Selector } from './select';
export { declaredSource, type NotesSource } from './source';
