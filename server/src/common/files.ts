/**
 * Reading a text file someone named (a setting, a workspace folder, the command line) without
 * trusting the name: only a regular file is read, and only up to a size. `/dev/zero`, a FIFO or a
 * symbolic link to either would otherwise block the reader or grow memory until the process dies;
 * a workspace can hold such a link under a `.yaml` name. For the LSP layer and the CLI (the pure
 * service reads nothing).
 *
 * The file is opened first (non-blocking, so a FIFO does not wait for a writer) and checked on
 * its descriptor, so it cannot be swapped between the check and the read.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadFailure = 'not-found' | 'folder' | 'not-a-file' | 'too-large' | 'denied' | 'unreadable';

export class FileReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly path: string,
    /** The file's size, for `too-large`. */
    readonly size?: number,
    /** The system's error code (`ENOENT`, `EACCES`…), when the system refused. */
    readonly code?: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function failure(e: unknown, path: string): FileReadError {
  if (e instanceof FileReadError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileReadError('not-found', path, undefined, code);
  if (code === 'EISDIR') return new FileReadError('folder', path, undefined, code);
  if (code === 'EACCES' || code === 'EPERM') return new FileReadError('denied', path, undefined, code);
  return new FileReadError('unreadable', path, undefined, code);
}

function check(st: { isFile(): boolean; isDirectory(): boolean; size: number }, path: string, maxBytes: number): void {
  if (st.isDirectory()) throw new FileReadError('folder', path, undefined, 'EISDIR');
  if (!st.isFile()) throw new FileReadError('not-a-file', path);
  if (st.size > maxBytes) throw new FileReadError('too-large', path, st.size);
}

/** The file's bytes; throws `FileReadError`. */
export function readFileBytesSync(path: string, maxBytes: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, FLAGS);
    check(fstatSync(fd), path, maxBytes);
    return readFileSync(fd);
  } catch (e) {
    throw failure(e, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file as UTF-8 text; throws `FileReadError`. */
export function readTextFileSync(path: string, maxBytes: number): string {
  return readFileBytesSync(path, maxBytes).toString('utf8');
}

/** The file as UTF-8 text, without blocking the event loop; rejects with `FileReadError`. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, FLAGS);
    check(await handle.stat(), path, maxBytes);
    return await handle.readFile('utf8');
  } catch (e) {
    throw failure(e, path);
  } finally {
    await handle?.close();
  }
}

/** Generous bounds: what a person writes is far smaller; what is larger is not for us to load. */
export const MAX_NOTES_BYTES = 10_000_000;
export const MAX_INPUT_BYTES = 100_000_000;
