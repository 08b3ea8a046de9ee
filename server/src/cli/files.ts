/** Reading the files a command is given: folders are walked, user errors are one line. */
import { readdirSync, statSync } from 'node:fs';
import { FileReadError, MAX_INPUT_BYTES, readFileBytesSync } from '../common/files';
import { formatSize } from '../service/limits';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t, type Locale } from '../l10n';
import { documentLanguage, type DocumentLanguage } from '../service/documents';
import { UserError } from './io';

export interface InputFile {
  /** As the user named it (or as found under a named folder), for messages. */
  path: string;
  uri: string;
  language: DocumentLanguage;
  text: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.tools']);

/** Files under `paths` that the language service reads (YAML, JSON, Dockerfiles), in a stable order. */
export function collectFiles(paths: string[], cwd: string, locale: Locale): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UserError(t(locale, 'cli.pathNotFound', { path: p }));
    }
    if (st.isDirectory()) walk(abs, p, out, locale);
    else out.push(readInput(abs, p, locale, true)!);
  }
  return out;
}

function walk(abs: string, shown: string, out: InputFile[], locale: Locale): void {
  let names: string[];
  try {
    names = readdirSync(abs).sort();
  } catch {
    throw new UserError(t(locale, 'cli.unreadable', { path: shown }));
  }
  for (const name of names) {
    const childAbs = join(abs, name);
    const childShown = join(shown, name);
    let st;
    try {
      st = statSync(childAbs);
    } catch {
      continue; // a dangling link inside a folder is not the user's request
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(childAbs, childShown, out, locale);
    } else if (documentLanguage(pathToFileURL(childAbs).href, '') !== 'other') {
      const f = readInput(childAbs, childShown, locale, false);
      if (f) out.push(f);
    }
  }
}

/**
 * A file the user named, as bytes: only a regular file of sane size (`/dev/zero` or a FIFO would
 * never end); anything else is one clear line (a `UserError`).
 */
export function readUserFile(abs: string, shown: string, locale: Locale): Buffer {
  try {
    return readFileBytesSync(abs, MAX_INPUT_BYTES);
  } catch (e) {
    const reason = e instanceof FileReadError ? e.reason : 'unreadable';
    if (reason === 'not-found') throw new UserError(t(locale, 'cli.pathNotFound', { path: shown }));
    if (reason === 'not-a-file') throw new UserError(t(locale, 'cli.notAFile', { path: shown }));
    if (reason === 'too-large') throw new UserError(t(locale, 'cli.tooLarge', { path: shown, size: formatSize((e as FileReadError).size ?? 0), max: formatSize(MAX_INPUT_BYTES) }));
    throw new UserError(t(locale, 'cli.unreadable', { path: shown }));
  }
}

/** A named file is always read (or is a user error); a file found in a folder is skipped if binary or not a regular file. */
function readInput(abs: string, shown: string, locale: Locale, named: boolean): InputFile | null {
  let buf: Buffer;
  try {
    buf = readUserFile(abs, shown, locale);
  } catch (e) {
    if (!named) return null;
    throw e;
  }
  if (!named && buf.includes(0)) return null;
  const uri = pathToFileURL(abs).href;
  let language = documentLanguage(uri, '');
  // A file named explicitly with an unknown extension is read as YAML (manifests often are `.txt`, `.yaml_`…).
  if (language === 'other') language = 'yaml';
  return { path: shown, uri, language, text: buf.toString('utf8') };
}
