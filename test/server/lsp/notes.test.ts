/** The user's notes on disk: resolved, read, parsed, and read again when they change. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundledNotesPath, NotesLibrary, resolveNotesPath, type UserNotesStatus } from '../../../server/src/lsp/notes';
import { createNotesProvider } from '../../../server/src/notes';

const dir = mkdtempSync(join(tmpdir(), 'kube-guide-notes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const target = { language: 'kubernetes', apiVersion: 'apps/v1', kind: 'Deployment', path: ['spec', 'replicas'], on: 'key' } as const;

/** A library whose loads can be awaited: `next()` resolves with the statuses of the next load. */
function library() {
  const waiting: ((s: UserNotesStatus[]) => void)[] = [];
  const lib = new NotesLibrary((s) => waiting.shift()?.(s));
  return { lib, next: () => new Promise<UserNotesStatus[]>((r) => waiting.push(r)) };
}

describe('NotesLibrary', () => {
  it('finds the bundled notes in the sources', () => {
    assert.match(bundledNotesPath(), /server[\\/]data[\\/]notes[\\/]kubernetes-perfect-guide\.ko\.md$/);
  });

  it('resolves ~, file URIs, absolute paths, and relative paths against the workspace folders', () => {
    mkdirSync(join(dir, 'b', 'docs'), { recursive: true });
    writeFileSync(join(dir, 'b', 'docs', 'n.md'), '# n\n');
    assert.equal(resolveNotesPath('~/notes/a.md', []), join(homedir(), 'notes', 'a.md'));
    assert.equal(resolveNotesPath(pathToFileURL(join(dir, 'x.md')).toString(), []), join(dir, 'x.md'));
    assert.equal(resolveNotesPath('docs/n.md', [join(dir, 'a'), join(dir, 'b')]), join(dir, 'b', 'docs', 'n.md'));
    assert.equal(resolveNotesPath('docs/none.md', [join(dir, 'a'), join(dir, 'b')]), join(dir, 'a', 'docs', 'none.md'));
  });

  it('reads the notes, shows them after the bundled ones, and reads them again when saved', async () => {
    const file = join(dir, 'replicas.md');
    writeFileSync(file, '# Replicas\n<!-- kube-guide: spec.replicas -->\nAt least two.\n');
    const { lib, next } = library();
    const provider = createNotesProvider({ sources: () => lib.sources(), links: 'none' });
    try {
      const loaded = next();
      lib.setPaths([file], []);
      assert.deepEqual(await loaded, [{ file, linked: 1, problems: [] }]);
      assert.match(provider.hover(target, 'en')!, /At least two\.\n\n\*Source: replicas\.md\*$/);

      // An editor that saves by writing a temporary file and renaming it over the note.
      const reloaded = next();
      writeFileSync(file + '.tmp', '# Replicas\n<!-- kube-guide: spec.replicas; image ~ ( -->\nAt least three.\n');
      renameSync(file + '.tmp', file);
      const statuses = await reloaded;
      assert.equal(statuses[0].linked, 1);
      assert.match(statuses[0].problems[0].message, /bad regular expression/);
      assert.match(provider.hover(target, 'en')!, /At least three\./);
    } finally {
      lib.dispose();
    }
  });

  it('says when a file cannot be read, and keeps the bundled notes', async () => {
    const { lib, next } = library();
    try {
      const loaded = next();
      lib.setPaths([join(dir, 'missing', 'x.md')], []);
      assert.deepEqual(await loaded, [{ file: join(dir, 'missing', 'x.md'), linked: 0, problems: [], error: 'ENOENT' }]);
      assert.equal(lib.sources().length, 1);
    } finally {
      lib.dispose();
    }
  });

  // Found by the protocol fuzzing of settings: a path naming a device was read forever, and the
  // server stopped answering. A workspace's settings can name any path.
  it('refuses what is not a regular file (`kubeGuide.notes.paths: ["/dev/zero"]`) instead of reading it forever', async () => {
    const { lib, next } = library();
    try {
      const loaded = next();
      lib.setPaths(['/dev/zero', dir], []);
      assert.deepEqual(await loaded, [
        { file: '/dev/zero', linked: 0, problems: [], error: 'not a regular file' },
        { file: dir, linked: 0, problems: [], error: 'EISDIR' },
      ]);
      assert.equal(lib.sources().length, 1);
    } finally {
      lib.dispose();
    }
  });
});
