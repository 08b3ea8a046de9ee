/**
 * UI tier: the simulate commands in a real VS Code (code-server) as a user drives them, on a copy
 * of examples/ (so nothing the commands write lands in the sources). The report is a webview (an
 * iframe in an iframe): placements on the node cards, a pod's per-node verdicts and scores from a
 * click and from the keyboard, the Problems panel, the output channel, Node Failure and How Many
 * Nodes, and a hostile manifest that must run nothing. Screenshots: test-artifacts/ui/simulate/.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame } from 'playwright-core';
import { artifacts, Editor, examples } from './harness';

const workspace = join(artifacts, 'simulate-workspace');
const SOURCE = 'Kube Guide simulation';
const tools = () => import('../../../scripts/code-server.mjs');

/** Each node card: its name and the owners of the pods on it. */
function cards(frame: Frame): Promise<Array<{ node: string; owners: string[]; added: boolean }>> {
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('article.node')].map((card) => ({
      node: card.querySelector('h3')?.textContent ?? '',
      owners: [...card.querySelectorAll('.pods .owner')].map((o) => o.textContent ?? '').sort(),
      added: card.classList.contains('added'),
    })),
  );
}

describe('Simulate Scheduling in the VS Code UI', () => {
  let editor: Editor;

  before(async () => {
    rmSync(workspace, { recursive: true, force: true });
    mkdirSync(workspace, { recursive: true });
    for (const f of readdirSync(examples)) if (/\.ya?ml$/.test(f)) copyFileSync(join(examples, f), join(workspace, f));
    // Names, labels and messages with markup: the report must show them as text and run nothing.
    writeFileSync(
      join(workspace, 'hostile.yaml'),
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: "<img src=x onerror=alert(1)>"',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: gold',
        'spec:',
        '  priorityClassName: "<img src=x onerror=alert(2)><script>alert(3)</script>"',
        '  containers: [ { name: c, image: "busybox:1.37" } ]',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: picky',
        'spec:',
        '  nodeSelector: { zone: "<svg onload=alert(4)>" }',
        '  containers: [ { name: c, image: "busybox:1.37", resources: { requests: { cpu: 10m } } } ]',
        '',
      ].join('\n'),
    );
    editor = await Editor.start({ name: 'simulate', workspace });
  });
  after(async () => {
    await editor?.close();
  });

  it('runs Simulate Scheduling on shop.yaml and shows where every pod landed', () =>
    editor.capture('shop', async () => {
      await editor.openFile('shop.yaml');
      await editor.runCommand('Kube Guide: Simulate Scheduling');
      const frame = await editor.webviewFrame('#report .summary', { contains: '9 pods: 9 scheduled' });
      assert.deepEqual(await cards(frame), [
        { node: 'control-plane', owners: ['DaemonSet/log-agent'], added: false },
        { node: 'worker-1', owners: ['DaemonSet/log-agent', 'Deployment/api', 'Deployment/frontend'], added: false },
        { node: 'worker-2', owners: ['DaemonSet/log-agent', 'Deployment/api', 'Deployment/frontend'], added: false },
        { node: 'worker-3', owners: ['DaemonSet/log-agent', 'Deployment/frontend'], added: false },
      ]);
      // The bars say what is requested of what is allocatable.
      const bars = await frame.locator('article.node[data-node="worker-1"] svg.bar').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      assert.deepEqual(bars, ['CPU: 1600m of 4 requested (40%)', 'Memory: 1408Mi of 16Gi requested (9%)', 'Pods: 3 of 110 requested (3%)']);
      await editor.screenshot('report-shop');
    }));

  it('shows a pod’s filter verdicts and scores per node on a click, and reveals its workload in the editor', () =>
    editor.capture('pod-click', async () => {
      const frame = await editor.webviewFrame('#report .summary', { contains: '9 pods' });
      // The first replica: every worker was feasible, so each was scored.
      await frame.locator('article.node[data-node="worker-1"] button[data-pod^="default/frontend-"]').click();
      const title = frame.locator('#detail #detail-title');
      await title.waitFor();
      assert.match(await title.innerText(), /^frontend-\w+-\w+\s+Scheduled\s+on worker-1$/);
      const rows = await frame.locator('#detail table.filters tbody tr th').allInnerTexts();
      assert.deepEqual(rows, ['control-plane', 'worker-1', 'worker-2', 'worker-3']);
      assert.match(await frame.locator('#detail table.filters tbody tr').first().innerText(), /untolerated taint \{node-role\.kubernetes\.io\/control-plane: \}/);
      assert.deepEqual(await frame.locator('#detail table.scores tbody th').allInnerTexts(), ['worker-1 chosen', 'worker-2', 'worker-3']);
      // The manifest scrolled to the Deployment's name, in the first editor group.
      const { waitUntil } = await tools();
      await waitUntil(async () => (await editor.page.locator('.editor-group-container').first().locator('.view-line', { hasText: 'name: frontend' }).count()) > 0, { what: 'frontend in the editor' });
      await editor.screenshot('pod-detail');
    }));

  it('works from the keyboard: arrows move between pods, Enter explains, Escape goes back', () =>
    editor.capture('keyboard', async () => {
      const frame = await editor.webviewFrame('#report .summary', { contains: '9 pods' });
      const first = frame.locator('button[data-pod]').first();
      await first.focus();
      await editor.page.keyboard.press('ArrowDown');
      const focused = () => frame.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.pod ?? document.activeElement?.id ?? '');
      const second = await focused();
      assert.match(second, /^default\//);
      assert.notEqual(second, await first.getAttribute('data-pod'));
      await editor.page.keyboard.press('Enter');
      const { waitUntil } = await tools();
      await waitUntil(async () => (await focused()) === 'detail-title', { what: 'focus on the detail' });
      await editor.page.keyboard.press('Escape');
      await waitUntil(async () => (await focused()) === second, { what: 'focus back on the pod' });
    }));

  it('puts the unschedulable example’s Pending pods in the Problems panel with kube-scheduler’s message', () =>
    editor.capture('problems', async () => {
      await editor.openFile('unschedulable.yaml');
      await editor.runCommand('Kube Guide: Simulate Scheduling');
      const frame = await editor.webviewFrame('#report .summary', { contains: '5 pods: 3 scheduled, 2 pending' });
      const batch = await editor.waitForProblem((p) => p.source === SOURCE && p.message.startsWith('1 of 4 pods are Pending:'));
      assert.deepEqual(
        { ...batch, label: undefined },
        {
          file: `${workspace}/unschedulable.yaml`,
          severity: 'warning',
          message:
            '1 of 4 pods are Pending: 0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
          source: SOURCE,
          code: 'Unschedulable',
          line: 7,
          column: 9,
          label: undefined,
        },
      );
      const ssd = await editor.waitForProblem((p) => p.source === SOURCE && p.message.startsWith('The pod is Pending:'));
      assert.match(ssd.message, /3 node\(s\) didn't match Pod's node affinity\/selector/);
      // The report lists them with the same message; select the batch one for the picture.
      const pending = await frame.locator('.pending .pending-item .message').allInnerTexts();
      assert.equal(pending.length, 2);
      assert.ok(batch.message.endsWith(pending[0]));
      await frame.locator('.pending button[data-pod^="default/batch-"]').click();
      await frame.locator('#detail table.filters').waitFor();
      await editor.screenshot('report-unschedulable');
    }));

  it('writes the report as coloured text to the Kube Guide Simulation output', () =>
    editor.capture('output', async () => {
      const text = await editor.outputText('Kube Guide Simulation', { contains: '5 pods: 3 scheduled, 2 pending' });
      assert.match(text, /Nodes \(requested \/ allocatable\)/);
      // The grammar coloured it: a status, a node name and the summary are tokens of their own.
      const token = (text: RegExp) => editor.page.locator('.part.panel .output-view .view-line span', { hasText: text }).first().getAttribute('class');
      const pending = await token(/^Pending$/);
      const node = await token(/^worker-1$/);
      const summary = await token(/^5\s+pods:\s+3\s+scheduled,\s+2\s+pending$/); // Monaco draws spaces as no-break spaces
      assert.match(pending ?? '', /\bmtk\d+\b/);
      assert.equal(new Set([pending, node, summary]).size, 3, `${pending} / ${node} / ${summary}`);
      await editor.screenshot('output');
    }));

  it('answers How Many Nodes Do I Need? with the nodes the autoscaler would add', () =>
    editor.capture('nodes-needed', async () => {
      await editor.openFile('unschedulable.yaml');
      await editor.runCommand('Kube Guide: How Many Nodes Do I Need?');
      const frame = await editor.webviewFrame('#report .whatif', { contains: '1 more node(s) like worker-1' });
      // A new run starts at the top, where the answer is (the previous report was scrolled).
      const { waitUntil } = await tools();
      await waitUntil(async () => (await frame.evaluate(() => window.scrollY)) === 0, { what: 'the report at the top' });
      const added = (await cards(frame)).filter((c) => c.added);
      assert.deepEqual(added, [{ node: 'worker-1-extra-1', owners: ['Deployment/batch'], added: true }]);
      assert.match(await frame.locator('.whatif .unfit').innerText(), /no number of such nodes helps default\/ssd-cache/);
      await editor.screenshot('nodes-needed');
    }));

  it('simulates a node failure from the Command Palette and a drain from a node card', () =>
    editor.capture('node-failure', async () => {
      await editor.openFile('shop.yaml');
      await editor.runCommand('Kube Guide: Simulate Node Failure…');
      await editor.pickQuickItem('worker-1');
      await editor.pickQuickItem('It fails');
      let frame = await editor.webviewFrame('#report .whatif', { contains: 'What if node worker-1 fails' });
      assert.equal(await frame.locator('.whatif .verdict').innerText(), 'Every evicted pod comes back.');
      assert.deepEqual((await cards(frame)).map((c) => c.node), ['control-plane', 'worker-2', 'worker-3']);
      await editor.screenshot('node-failure');
      // From the report itself: drain worker-2.
      await frame.locator('article.node[data-node="worker-2"] button[data-command="nodeFailure"]').click();
      await editor.pickQuickItem('It is drained');
      frame = await editor.webviewFrame('#report .whatif', { contains: 'What if node worker-2 is drained' });
      assert.equal(await frame.locator('article.node[data-node="worker-2"] .badge-warn').innerText(), 'SchedulingDisabled');
      await editor.screenshot('node-drain');
    }));

  it('runs from a code lens, the editor title bar and the explorer’s context menu; the status bar picks the cluster', () =>
    editor.capture('entry-points', async () => {
      await editor.openFile('web.yaml');
      // The code lens above the Deployment.
      await editor.activeEditor.locator('.contentWidgets .codelens-decoration a', { hasText: 'Simulate scheduling' }).first().click();
      await editor.webviewFrame('#report h1', { contains: 'Scheduling: web.yaml' });
      // The title bar button of a manifest.
      await editor.openFile('shop.yaml');
      await editor.page.locator('.editor-group-container.active .editor-actions [aria-label="Simulate Scheduling"]').click();
      await editor.webviewFrame('#report h1', { contains: 'Scheduling: shop.yaml' });
      // The explorer's context menu on a YAML file.
      await editor.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'unschedulable.yaml' }).click({ button: 'right' });
      // The menu ignores a click that comes too soon after it opened: hover the item, then Enter.
      const menuItem = editor.page.locator('.context-view .monaco-menu .action-menu-item', { hasText: 'Simulate Scheduling' }).first();
      await menuItem.hover();
      await editor.page.locator('.context-view .monaco-menu .action-item.focused', { hasText: 'Simulate Scheduling' }).waitFor();
      await editor.page.keyboard.press('Enter');
      await editor.webviewFrame('#report h1', { contains: 'Scheduling: unschedulable.yaml' });
      // The status bar names the cluster of the active manifest; a click offers the choices.
      await editor.openFile('shop.yaml');
      const item = editor.page.locator('.statusbar-item', { hasText: 'Default cluster' });
      await item.waitFor();
      await item.click();
      const labels = editor.page.locator('.quick-input-list .monaco-list-row .quick-input-list-label');
      await editor.page.locator('.quick-input-widget input[placeholder="Which cluster does the simulation use?"]').waitFor();
      const { waitUntil } = await tools();
      const shown = await waitUntil(async () => {
        const all = (await labels.allInnerTexts()).map((l) => l.replace(/\s+/g, ' ').trim());
        return all.length >= 3 ? all : undefined;
      }, { what: 'the cluster choices' });
      // The row reads label, description and detail together.
      assert.deepEqual(shown, ['Default clusterin use A control-plane node (NoSchedule) and three 4-CPU/16Gi workers, one per zone', 'Choose a cluster file…', 'Create a cluster file from the default cluster…']);
      await editor.screenshot('select-cluster');
      await editor.page.keyboard.press('Escape');
    }));

  it('shows a hostile manifest’s markup as text and runs none of it', () =>
    editor.capture('hostile', async () => {
      await editor.openFile('hostile.yaml');
      await editor.runCommand('Kube Guide: Simulate Scheduling');
      const frame = await editor.webviewFrame('#report .summary', { contains: '3 pods: 1 pending, 2 rejected' });
      const text = await frame.locator('#report').innerText();
      assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the invalid name is quoted as text');
      assert.ok(text.includes('no PriorityClass with name <img src=x onerror=alert(2)><script>alert(3)</script> was found'));
      assert.equal(await frame.locator('#report img, #report script, #report iframe, #report svg:not(.bar)').count(), 0);
      await frame.locator('button[data-pod="default/gold"]').click();
      await frame.locator('#detail #detail-title').waitFor();
      assert.equal(await frame.locator('#detail img, #detail script').count(), 0);
      await editor.screenshot('hostile');
      assert.deepEqual(editor.dialogs, []);
    }));

  it('clears its Problems when the report closes', () =>
    editor.capture('close', async () => {
      await editor.openFile('unschedulable.yaml');
      await editor.runCommand('Kube Guide: Simulate Scheduling');
      await editor.waitForProblem((p) => p.source === SOURCE);
      const tab = editor.page.locator('.tab', { hasText: 'Scheduling: unschedulable.yaml' });
      await tab.hover();
      await tab.locator('.codicon-close').click();
      const { waitUntil } = await tools();
      await waitUntil(async () => !(await editor.problems()).some((p) => p.source === SOURCE), { what: 'the simulation problems to go' });
    }));

  // The pictures in README.md (docs/images/) are these two, copied by hand when the report changes.
  it('takes the README’s pictures of the report', () =>
    editor.capture('readme', async () => {
      await editor.page.setViewportSize({ width: 1600, height: 1000 });
      await editor.runCommand('View: Toggle Primary Side Bar Visibility');
      await editor.runCommand('View: Hide Panel');
      await editor.openFile('unschedulable.yaml');
      await editor.runCommand('Kube Guide: Simulate Scheduling');
      let frame = await editor.webviewFrame('#report .summary', { contains: '5 pods: 3 scheduled, 2 pending' });
      await editor.screenshot('readme-report');
      await frame.locator('.pending button[data-pod^="default/batch-"]').click();
      frame = await editor.webviewFrame('#detail table.filters');
      await frame.locator('#detail #detail-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await editor.screenshot('readme-pod-detail');
    }));
});
