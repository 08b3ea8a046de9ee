/** The workspace files the index reads from disk: only regular files, whatever their names. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceFiles } from '../../../server/src/lsp/workspace';
import { WorkspaceIndex } from '../../../server/src/service/workspace';

describe('WorkspaceFiles on a hostile workspace', () => {
  // A FIFO would block a reader thread forever (four of them stop all file I/O); /dev/zero never ends.
  it('indexes a manifest but never reads a FIFO or a link to /dev/zero named like one', { skip: spawnSync('mkfifo', ['--version']).status !== 0 && 'no mkfifo' }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kube-guide-ws-'));
    try {
      writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n');
      assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.yaml')]).status, 0);
      symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
      const index = new WorkspaceIndex();
      const files = new WorkspaceFiles(index, { isOpen: () => false, changed: () => {}, log: () => {} });
      await files.scan([dir], [{}]);
      // A watcher reports changes to the two as files: they are refused, not read.
      await files.fileChanged(pathToFileURL(join(dir, 'fifo.yaml')).href);
      await files.fileChanged(pathToFileURL(join(dir, 'zero.yaml')).href);
      assert.deepEqual([index.has(pathToFileURL(join(dir, 'pod.yaml')).href), index.has(pathToFileURL(join(dir, 'fifo.yaml')).href), index.has(pathToFileURL(join(dir, 'zero.yaml')).href)], [true, false, false]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
