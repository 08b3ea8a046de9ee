/**
 * UI tier: faults as the user sees them in a real VS Code (code-server). The language server's
 * process is killed (a crash, the system's OOM killer): a notification says it was restarted,
 * and hover works again. A file too large for full analysis: a notification says only its
 * syntax is checked, and the Problems panel says so too. Screenshots: test-artifacts/ui/faults/.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { t } from '../../../server/src/l10n';
import { artifacts, Editor, examples } from './harness';

const workspace = join(artifacts, 'faults-workspace');

describe('Kube Guide faults in the VS Code UI', () => {
  let editor: Editor;

  before(async () => {
    rmSync(workspace, { recursive: true, force: true });
    mkdirSync(workspace, { recursive: true });
    for (const f of readdirSync(examples)) if (/\.ya?ml$/.test(f)) copyFileSync(join(examples, f), join(workspace, f));
    const keys = Array.from({ length: 60000 }, (_, i) => `  key-${i}: value-${i}\n`).join('');
    writeFileSync(join(workspace, 'huge.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n${keys}`);
    // Node labels and taints, workload labels and container names with markup: shown on the report's cards.
    writeFileSync(
      join(workspace, 'hostile-nodes.yaml'),
      [
        'apiVersion: v1',
        'kind: Node',
        'metadata:',
        '  name: evil',
        '  labels: { topology.kubernetes.io/zone: "<img src=x onerror=alert(5)>", node.kubernetes.io/instance-type: "<script>alert(6)</script>" }',
        'spec:',
        '  taints: [ { key: "<b>k</b>", value: "<i onmouseover=alert(7)>v</i>", effect: PreferNoSchedule } ]',
        'status: { allocatable: { cpu: "2", memory: 4Gi, pods: "10" } }',
        '---',
        'apiVersion: v1',
        'kind: Node',
        'metadata: { name: n2, labels: { app: "\\"><svg onload=alert(8)>" } }',
        'status: { allocatable: { cpu: "2", memory: 4Gi, pods: "10" } }',
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: web, labels: { note: "<iframe src=javascript:alert(9)>" } }',
        'spec:',
        '  replicas: 2',
        '  selector: { matchLabels: { app: web } }',
        '  template:',
        '    metadata: { labels: { app: web, x: "<img src=x onerror=alert(10)>" } }',
        '    spec:',
        '      containers: [ { name: "<b>c</b>", image: "nginx:1.25", resources: { requests: { cpu: 100m } } } ]',
        '',
      ].join('\n'),
    );
    editor = await Editor.start({ name: 'faults', workspace });
  });
  after(async () => {
    await editor?.close();
  });

  const kindDoc = () => t('en', 'hover.thisDocument', { apiVersion: 'apps/v1', kind: 'Deployment' }).replace(/`/g, '');

  it('restarts a killed language server, says so, and answers again', () =>
    editor.capture('killed', async () => {
      await editor.openFile('web.yaml');
      await editor.hoverText('kind', { line: 'kind: Deployment', contains: kindDoc() });
      const before = editor.processes('dist/server.js');
      assert.equal(before.length, 1, `one language server (${before.join(', ')})`);
      process.kill(before[0], 'SIGKILL');
      const text = await editor.notification('Kube Guide language server stopped unexpectedly');
      assert.equal(text, t('en', 'client.serverRestarted'));
      await editor.screenshot('restarted');
      const after = editor.processes('dist/server.js');
      assert.ok(after.length === 1 && after[0] !== before[0], `a new server (${after.join(', ')})`);
      await editor.page.keyboard.press('Escape');
      await editor.hoverText('kind', { line: 'kind: Deployment', contains: kindDoc() });
    }));

  it('checks only the syntax of a 1.5 MB manifest and says so, in a notification and in Problems', () =>
    editor.capture('huge', async () => {
      await editor.openFile('huge.yaml');
      const text = await editor.notification('is too large');
      assert.equal(text, t('en', 'server.tooLarge', { file: join(workspace, 'huge.yaml'), size: '1.5 MB' }));
      const problem = await editor.waitForProblem((p) => p.code === 'kube-guide/too-large');
      assert.equal(problem.severity, 'info');
      await editor.screenshot('huge');
    }));

  it('shows markup in node labels, taints and workload labels as text in the report, and runs none of it', () =>
    editor.capture('hostile-nodes', async () => {
      await editor.openFile('hostile-nodes.yaml');
      await editor.runCommand('Kube Guide: Simulate Scheduling');
      const frame = await editor.webviewFrame('#report .summary', { contains: '2 pods' });
      const text = await frame.locator('#report').innerText();
      assert.ok(text.includes('<img src=x onerror=alert(5)>'), 'the zone label is quoted as text');
      assert.ok(text.includes('<b>k</b>'), 'the taint is quoted as text');
      assert.equal(await frame.locator('#report img, #report script, #report iframe, #report b, #report i, #report svg:not(.bar)').count(), 0);
      // Nothing tried to run: no dialog, and no script or handler refused by the page's CSP.
      assert.deepEqual(editor.dialogs, []);
      const log = readFileSync(join(editor.dir, 'browser-console.log'), 'utf8');
      assert.doesNotMatch(log, /Content Security Policy|Refused to (execute|load|apply)/i);
      await editor.screenshot('hostile-nodes');
    }));
});

