/**
 * Reads the workspace's manifests from disk into the service's index, in the background: a scan
 * at start (bounded by `kubeGuide.workspace.maxFiles` and `.maxFileSize`, skipping what
 * `files.exclude` hides and node_modules), then file-watcher events. Open documents are the
 * service's business (it indexes them as edited); when one closes, the file on disk counts again.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { FileReadError, readTextFile } from '../common/files';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { documentLanguage } from '../service/documents';
import type { WorkspaceIndex } from '../service/workspace';

export interface WorkspaceHost {
  /** An open document: its editor text wins over the file. */
  isOpen(uri: string): boolean;
  /** The index changed (a scan ended, a file changed on disk). */
  changed(): void;
  log(message: string): void;
}

/** Folders no manifest lives in, skipped whatever `files.exclude` says. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Files yielded between breaks, so requests are answered during a scan. */
const BATCH = 25;

export class WorkspaceFiles {
  private folders: string[] = [];
  private excluded: ((relativePath: string) => boolean)[] = [];
  private generation = 0;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly host: WorkspaceHost,
  ) {}

  /**
   * (Re)scans `folders`. `exclude[i]` is folder i's `files.exclude` (glob → true). A later call
   * cancels an earlier scan still running.
   */
  async scan(folders: string[], exclude: unknown[]): Promise<void> {
    const generation = ++this.generation;
    this.folders = folders;
    this.excluded = folders.map((_, i) => matcher(exclude[i]));
    this.index.clear();
    if (!folders.length) return; // a lone file: the index never claims to know everything
    let seen = 0;
    const queue = folders.map((f) => ({ dir: f, folder: folders.indexOf(f) }));
    scan: while (queue.length) {
      const { dir, folder } = queue.shift()!;
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (generation !== this.generation) return;
        const path = join(dir, e.name);
        if (this.excluded[folder](relative(folders[folder], path).split(sep).join('/'))) continue;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) queue.push({ dir: path, folder });
        } else if (e.isFile() && wanted(path)) {
          await this.read(pathToFileURL(path).href);
          if (++seen % BATCH === 0) await new Promise((r) => setImmediate(r));
          if (this.index.overflowed) {
            // Past the bound: the index says it is incomplete, so "does not exist" checks stay quiet.
            this.host.log(`workspace index: stopped at ${this.index.limits.maxFiles} files with manifests (kubeGuide.workspace.maxFiles)`);
            break scan;
          }
        }
      }
      if (generation !== this.generation) return;
    }
    if (generation !== this.generation) return;
    this.index.markComplete();
    this.host.log(`workspace index: ${this.index.size} files with manifests`);
    this.host.changed();
  }

  /** Whether a path belongs to the index: inside a folder, not excluded, YAML, JSON or a Dockerfile. */
  accepts(path: string): boolean {
    if (!wanted(path)) return false;
    const i = this.folders.findIndex((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep));
    if (i < 0) return false;
    const rel = relative(this.folders[i], path).split(sep).join('/');
    if (rel.split('/').some((part) => SKIP_DIRS.has(part))) return false;
    // A path is hidden when it or one of its folders matches.
    const parts = rel.split('/');
    for (let n = 1; n <= parts.length; n++) if (this.excluded[i](parts.slice(0, n).join('/'))) return false;
    return true;
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    if (this.host.isOpen(uri) || !uri.startsWith('file:')) return;
    const path = fileURLToPath(uri);
    if (!this.accepts(path)) return;
    if (await this.read(uri)) this.host.changed();
  }

  /** A file or folder was deleted. */
  fileDeleted(uri: string): void {
    this.index.remove(uri);
    this.index.removeUnder(uri);
    this.host.changed();
  }

  /** An open document closed: what is on disk counts again (or nothing, for an unsaved new file). */
  async documentClosed(uri: string): Promise<void> {
    if (!uri.startsWith('file:') || !this.accepts(fileURLToPath(uri))) {
      this.index.remove(uri);
    } else if (!(await this.read(uri))) {
      this.index.remove(uri);
    }
    this.host.changed();
  }

  /** Reads one file into the index; false when it cannot be read or is too large. */
  private async read(uri: string): Promise<boolean> {
    if (this.host.isOpen(uri)) return true;
    const path = fileURLToPath(uri);
    try {
      // A regular file within the bound only: a workspace may hold a link to /dev/zero or a FIFO named `x.yaml`.
      let text: string;
      try {
        text = await readTextFile(path, this.index.limits.maxFileSize);
      } catch (e) {
        if (e instanceof FileReadError && (e.reason === 'too-large' || e.reason === 'not-a-file')) {
          this.index.remove(uri);
          return false;
        }
        throw e;
      }
      if (this.host.isOpen(uri)) return true; // opened while we read
      // Most JSON is not a manifest (package.json, lock files): look before parsing.
      if (uri.endsWith('.json') && !/"apiVersion"\s*:/.test(text)) {
        this.index.remove(uri);
        return true;
      }
      this.index.setText(uri, text, documentLanguage(uri, ''));
      return true;
    } catch {
      return false;
    }
  }
}

function wanted(path: string): boolean {
  const lang = documentLanguage(pathToFileURL(path).href, '');
  return lang === 'yaml' || lang === 'json' || lang === 'dockerfile';
}

/** `files.exclude` as a test on folder-relative paths: globs set to `true` (conditional ones are ignored). */
export function matcher(exclude: unknown): (relativePath: string) => boolean {
  const globs = exclude && typeof exclude === 'object' ? Object.entries(exclude).filter(([, v]) => v === true).map(([k]) => k) : [];
  if (!globs.length) return () => false;
  const test = picomatch(globs, { dot: true });
  return (p) => test(p);
}
