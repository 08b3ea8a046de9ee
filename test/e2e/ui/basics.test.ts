/**
 * UI tier: the packaged extension in a real VS Code (code-server) as a user sees it, through
 * Debian's Chromium. Screenshots go to test-artifacts/ui/basics/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { t } from '../../../server/src/l10n';
import { Editor } from './harness';

describe('Kube Guide in the VS Code UI', () => {
  let editor: Editor;
  before(async () => {
    editor = await Editor.start({ name: 'basics' });
  });
  after(async () => {
    await editor?.close();
  });

  it('shows the doc of `kind` when the mouse rests on it', () =>
    editor.capture('hover', async () => {
      await editor.openFile('web.yaml');
      const text = await editor.hoverText('kind', { line: 'kind: Deployment', contains: t('en', 'hover.thisDocument', { apiVersion: 'apps/v1', kind: 'Deployment' }).replace(/`/g, '') });
      await editor.screenshot('hover-kind');
      // Markdown is rendered: the code spans lose their backticks.
      const plain = (s: string) => s.replace(/`/g, '');
      assert.ok(text.startsWith(`${t('en', 'hover.kind.title')} string`), text);
      assert.ok(text.includes(plain(t('en', 'hover.kind.body'))), text);
    }));

  it('lists the YAML syntax error of examples/broken.yaml in the Problems panel', () =>
    editor.capture('problems', async () => {
      await editor.openFile('broken.yaml');
      const problem = await editor.waitForProblem((p) => p.source === 'Kube Guide');
      await editor.screenshot('problems');
      assert.deepEqual(
        { ...problem, label: undefined },
        {
          file: `${editor.workspace}/broken.yaml`,
          severity: 'error',
          message: t('en', 'yaml.syntax', { message: 'Missing closing "quote' }),
          source: 'Kube Guide',
          code: 'yaml/MISSING_CHAR',
          line: 5,
          column: 9,
          label: undefined,
        },
      );
      // Exactly one: the error is not reported twice, and nothing else is said about this file.
      const all = (await editor.problems()).filter((p) => p.file.endsWith('/broken.yaml'));
      assert.equal(all.length, 1, JSON.stringify(all));
    }));

  it('runs its commands from the Command Palette', () =>
    editor.capture('command', async () => {
      await editor.runCommand('Kube Guide: Show Output');
      const log = await editor.outputText('Kube Guide', { contains: 'kube-guide-ls started' });
      // The installed .vsix runs its own bundled server (long lines wrap on screen: join them).
      assert.match(log.replace(/\n/g, ''), /kube-guide-ls started: .*\/extensions\/kube-guide\.kube-guide-0\.1\.0\/dist\/server\.js/);
      await editor.runCommand('Kube Guide: Restart Language Server');
      await editor.outputText('Kube Guide', { contains: 'kube-guide-ls restarted' });
      await editor.openFile('web.yaml');
      await editor.hoverText('kind', { line: 'kind: Deployment', contains: t('en', 'hover.kind.title') });
      await editor.screenshot('after-restart');
    }));
});
