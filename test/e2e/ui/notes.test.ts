/**
 * UI tier: the study notes in a real VS Code (code-server). Hovering `replicas` shows the Korean
 * notes under the docs; the link opens the whole note in the Markdown preview at that section; a
 * user's own notes (kubeGuide.notes.paths) show too. Screenshots: test-artifacts/ui/notes/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { t } from '../../../server/src/l10n';
import { artifacts, Editor } from './harness';

const workspace = join(artifacts, 'notes-workspace');

describe('the study notes in the VS Code UI', () => {
  let editor: Editor;
  before(async () => {
    mkdirSync(workspace, { recursive: true });
    writeFileSync(
      join(workspace, 'deploy.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        'spec:',
        '  replicas: 2',
        '  selector:',
        '    matchLabels: {app: web}',
        '  template:',
        '    metadata:',
        '      labels: {app: web}',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx:1.27-alpine',
        '          livenessProbe:',
        '            httpGet: { path: /healthz, port: 8080 }',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(workspace, 'mismatch.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - {name: web, image: "nginx:1.27"}\n',
    );
    writeFileSync(
      join(workspace, 'my-notes.md'),
      '# My notes\n\n## Probes <!-- kube-guide: livenessProbe.** -->\n\nA liveness probe that fails makes the kubelet restart the container.\n',
    );
    editor = await Editor.start({ name: 'notes', workspace, settings: { 'kubeGuide.notes.paths': ['my-notes.md'] } });
  });
  after(async () => {
    await editor?.close();
  });

  it('shows the Korean notes on `replicas`, with the section path and the attribution', () =>
    editor.capture('replicas', async () => {
      await editor.openFile('deploy.yaml');
      const text = await editor.hoverText('replicas', { line: 'replicas: 2', contains: '레플리카를 배포해 부하 분산 및 다중화구조를 만든다' });
      await editor.screenshot('hover-replicas');
      assert.ok(text.includes(`${t('en', 'notes.heading')} · 2장 › 2.3 › 스케일링/오토 스케일링 · ${t('en', 'notes.open')}`), text);
      assert.ok(text.includes('부하에 따라 레플리카 수를 자동으로 조절해 오토 스케일링한다'), text);
      assert.ok(text.includes(`${t('en', 'notes.source')}: 쿠버네티스 완벽 가이드 / 마사야아오야마 — Yujin Ahn, 2023-06-11`), text);
    }));

  it('opens the whole note in the Markdown preview at that section from the hover link', () =>
    editor.capture('open-notes', async () => {
      await editor.hoverText('replicas', { line: 'replicas: 2', contains: t('en', 'notes.open') });
      await editor.page.locator('.monaco-hover:not(.hidden) a', { hasText: t('en', 'notes.open') }).first().click();
      const tab = editor.page.locator('.tab', { hasText: 'Preview kubernetes-perfect-guide.ko.md' });
      await tab.waitFor({ state: 'visible' });
      const top = await previewTop(editor, (line) => line > 0);
      await editor.screenshot('preview-at-section');
      // The link names line 118 (0-based: "- 스케일링/오토 스케일링"); the preview follows the scrolled
      // source, so the top of the preview is that section: its heading "2.3" (114) to the bullet itself.
      assert.ok(top >= 114 && top <= 118, `the preview's first line is ${top}`);
    }));

  it('shows the user\'s own notes from kubeGuide.notes.paths', () =>
    editor.capture('user-notes', async () => {
      await editor.openFile('deploy.yaml');
      const text = await editor.hoverText('livenessProbe', { line: 'livenessProbe:', contains: 'makes the kubelet restart the container' });
      await editor.screenshot('hover-user-notes');
      assert.ok(text.includes('자동화된 복구'), text);
      assert.ok(text.includes(`${t('en', 'notes.heading')} · My notes › Probes`), text);
    }));

  it('links a diagnostic that comes from a principle to the notes, from the Problems panel', () =>
    editor.capture('diagnostic-link', async () => {
      // From a clean window, so the preview that opens is the link's.
      await editor.runCommand('View: Close All Editors');
      await editor.page.locator('.tab', { hasText: 'Preview kubernetes-perfect-guide.ko.md' }).waitFor({ state: 'detached' });
      await editor.openFile('mismatch.yaml');
      const problem = await editor.waitForProblem((p) => p.code === 'k8s/selector-mismatch');
      await editor.page.locator('.markers-panel .monaco-list-row a.monaco-link', { hasText: problem.code }).first().click();
      // 2.3 › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능 is line 130 of the note (0-based).
      // The note opens in the preview beside, and the keyboard stays in the manifest.
      await editor.page.locator('.tab', { hasText: 'Preview kubernetes-perfect-guide.ko.md' }).waitFor({ state: 'visible' });
      await editor.page.locator('.editor-group-container.active .tab.active', { hasText: 'mismatch.yaml' }).waitFor({ state: 'visible' });
      await editor.screenshot('diagnostic-link-preview');
    }));
});

/**
 * The first source line the Markdown preview shows at its top, once `accept` takes it. The
 * preview is a webview (an iframe in an iframe); its elements carry their source line.
 */
async function previewTop(editor: Editor, accept: (line: number) => boolean): Promise<number> {
  const { waitUntil } = await import('../../../scripts/code-server.mjs');
  // The visible webview's content frame (a hidden or closed one has no boxes).
  const lines = editor.page.frameLocator('iframe.webview.ready:visible').last().frameLocator('iframe').first().locator('[data-line]');
  let last: number | undefined;
  return waitUntil(
    async () => {
      last = await lines
        .evaluateAll((els) => {
          const first = els.find((el) => {
            const r = el.getBoundingClientRect();
            return r.height > 0 && r.bottom > 0;
          });
          return first ? Number((first as HTMLElement).dataset.line) : undefined;
        })
        .catch(() => undefined);
      return last !== undefined && accept(last) ? last : undefined;
    },
    { timeout: 30_000, every: 200, what: 'the Markdown preview scrolled to the section' },
  );
}
