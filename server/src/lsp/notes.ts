/**
 * The notes' I/O: where the bundled copy of the notes is, and the user's own notes
 * (`kubeGuide.notes.paths`): read, parsed by the pure parser, and watched, so an edit to a note
 * shows in the next hover. Nothing here parses or matches; server/src/notes does.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { FileReadError, MAX_NOTES_BYTES, readTextFileSync } from '../common/files';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLED_NOTES_FILE, bundledSource, declaredSource, parseNotes, type NotesSource } from '../notes';

/**
 * The shipped copy of the notes, server/data/notes/ (in the .vsix too): found from the bundle
 * (dist/server.js) or from the sources (server/src/lsp/) when the server runs from them.
 */
export function bundledNotesPath(here: string = __dirname): string {
  const candidates = [join(here, '..', 'server', 'data', 'notes', BUNDLED_NOTES_FILE), join(here, '..', '..', 'data', 'notes', BUNDLED_NOTES_FILE)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

export interface UserNotesStatus {
  file: string;
  /** Sections and bullets that declare what they explain. */
  linked: number;
  problems: { line: number; message: string }[];
  /** Set when the file could not be read. */
  error?: string;
}

/** `~/x.md` → home; a relative path → against each workspace folder, the first that exists. */
export function resolveNotesPath(path: string, folders: string[]): string {
  const p = path.trim();
  if (p === '~' || p.startsWith('~/')) return join(homedir(), p.slice(1));
  if (p.startsWith('file://')) return fileURLToPath(p);
  if (isAbsolute(p)) return p;
  for (const folder of folders) {
    const candidate = resolve(folder, p);
    if (existsSync(candidate)) return candidate;
  }
  return resolve(folders[0] ?? process.cwd(), p);
}

export class NotesLibrary {
  private readonly bundled: NotesSource;
  private user: NotesSource[] = [];
  private statuses: UserNotesStatus[] = [];
  private files: string[] = [];
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** Called after the user's notes were (re)loaded. */
    private readonly onLoad: (statuses: UserNotesStatus[]) => void,
    bundledPath: string = bundledNotesPath(),
  ) {
    this.bundled = bundledSource(pathToFileURL(bundledPath).toString());
  }

  /** The bundled notes first, then the user's, in the order of the setting. */
  sources(): readonly NotesSource[] {
    return [this.bundled, ...this.user];
  }

  status(): UserNotesStatus[] {
    return this.statuses;
  }

  /** Reads the given notes and watches them; a call with the same files changes nothing. */
  setPaths(paths: string[], folders: string[]): void {
    const files = [...new Set(paths.map((p) => resolveNotesPath(p, folders)))];
    if (files.length === this.files.length && files.every((f, i) => f === this.files[i])) return;
    this.files = files;
    this.rewatch();
    this.load();
  }

  /** Re-reads every file now (also what a change of a watched file leads to). */
  load(): void {
    const user: NotesSource[] = [];
    const statuses: UserNotesStatus[] = [];
    for (const file of this.files) {
      let text: string;
      try {
        // A regular file of sane size only: a setting may name /dev/zero or a FIFO.
        text = readTextFileSync(file, MAX_NOTES_BYTES);
      } catch (e) {
        const error = e instanceof FileReadError ? (e.code ?? (e.reason === 'too-large' ? `larger than ${MAX_NOTES_BYTES} bytes` : 'not a regular file')) : String(e);
        statuses.push({ file, linked: 0, problems: [], error });
        continue;
      }
      const source = declaredSource(pathToFileURL(file).toString(), parseNotes(text));
      user.push(source);
      statuses.push({ file, linked: source.links.length, problems: source.problems });
    }
    this.user = user;
    this.statuses = statuses;
    this.onLoad(statuses);
  }

  dispose(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
  }

  /**
   * Watches each file's folder, not the file: editors often save by writing a new file and
   * renaming it over the old one, which a watch on the file itself would miss.
   */
  private rewatch(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    const byDir = new Map<string, Set<string>>();
    for (const f of this.files) {
      const names = byDir.get(dirname(f)) ?? new Set<string>();
      names.add(basename(f));
      byDir.set(dirname(f), names);
    }
    for (const [dir, names] of byDir) {
      try {
        const w = watch(dir, (_event, name) => {
          if (!name || names.has(String(name))) this.scheduleLoad();
        });
        w.on('error', () => w.close());
        this.watchers.push(w);
      } catch {
        // The folder does not exist (yet): the status already says the file cannot be read.
      }
    }
  }

  /** A save fires several events; read once they settle. */
  private scheduleLoad(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.load();
    }, 50);
  }
}
