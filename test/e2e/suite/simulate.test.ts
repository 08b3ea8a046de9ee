/**
 * The simulate commands inside VS Code's extension host: what each command returns and shows
 * (the report's state, diagnostics on the workloads, the output channel's text, code lenses), the
 * re-run on save, the what-if commands, the cluster choice, and the cleanup when the report closes.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SimulateResponse } from '../../../server/src/lsp/simulateProtocol';
import { t } from '../../../server/src/l10n';
import { open, positionOf, waitFor, workspaceFile } from './util';

const SOURCE = 'Kube Guide simulation';

interface ReportState {
  open: boolean;
  response?: SimulateResponse;
  uris: string[];
}

const state = () => vscode.commands.executeCommand<ReportState>('kubeGuide.simulation.state');
const simulate = (...args: unknown[]) => vscode.commands.executeCommand<SimulateResponse | undefined>('kubeGuide.simulate', ...args);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('kubeGuide.simulationReport'));
}

async function closeReport(): Promise<void> {
  // The tab shows up in the tab model a moment after the panel is created.
  await vscode.window.tabGroups.close(await waitFor('the report tab', () => (reportTabs().length ? reportTabs() : undefined)));
  await waitFor('the report to close', async () => !(await state()).open);
}

describe('Simulate Scheduling in VS Code', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kube-guide-e2e-simulate-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  afterEach(async () => {
    if (reportTabs().length) await closeReport();
  });

  it('runs on the open manifest: every pod of shop.yaml placed, the report open, no diagnostics', async () => {
    const editor = await open(workspaceFile('shop.yaml'));
    const r = await simulate();
    assert.ok(r, 'the command returned nothing');
    assert.deepEqual(r.result.summary, { scheduled: 9, bound: 0, pending: 0, notHandled: 0, rejected: 0, preempted: 0, passes: r.result.summary.passes });
    assert.deepEqual(
      r.result.pods.map((p) => `${p.owner?.name} ${p.node}`),
      ['frontend worker-1', 'frontend worker-2', 'frontend worker-3', 'api worker-1', 'api worker-2', 'log-agent control-plane', 'log-agent worker-1', 'log-agent worker-2', 'log-agent worker-3'],
    );
    const s = await state();
    assert.equal(s.open, true);
    assert.deepEqual(s.uris, [editor.document.uri.toString()]);
    await waitFor('the report tab', () => reportTabs().length === 1);
    assert.deepEqual(ours(editor.document.uri), []);
  });

  it('puts the pods of unschedulable.yaml that stay Pending on their workloads, with kube-scheduler’s message', async () => {
    const uri = workspaceFile('unschedulable.yaml');
    const doc = await vscode.workspace.openTextDocument(uri);
    const r = await simulate(uri); // as the explorer and the code lens call it
    assert.ok(r);
    const batch = r.result.pods.find((p) => p.owner?.name === 'batch' && p.status === 'Pending')!;
    const ssd = r.result.pods.find((p) => p.name === 'ssd-cache')!;
    assert.equal(batch.message, '0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.');
    const name = (needle: string) => {
      const at = positionOf(doc, needle).translate(0, needle.indexOf(': ') + 2);
      return new vscode.Range(at, at.translate(0, needle.length - needle.indexOf(': ') - 2));
    };
    assert.deepEqual(
      ours(uri).map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message })),
      [
        { range: name('name: batch'), severity: vscode.DiagnosticSeverity.Warning, code: 'Unschedulable', message: `1 of 4 pods are Pending: ${batch.message}` },
        { range: name('name: ssd-cache'), severity: vscode.DiagnosticSeverity.Warning, code: 'Unschedulable', message: `The pod is Pending: ${ssd.message}` },
      ],
    );
  });

  it('clears its diagnostics when the next run no longer has them, and when the report closes', async () => {
    const uri = workspaceFile('unschedulable.yaml');
    await simulate(uri);
    assert.equal(ours(uri).length, 2);
    await simulate(workspaceFile('shop.yaml'));
    assert.deepEqual(ours(uri), [], 'the next run replaces them');
    await simulate(uri);
    assert.equal(ours(uri).length, 2);
    await closeReport();
    assert.deepEqual(ours(uri), []);
  });

  it('writes the text report to its output channel and shows code lenses with where the pods went', async () => {
    const uri = workspaceFile('shop.yaml');
    const r = (await simulate(uri))!;
    assert.match(r.text, /^Cluster: the built-in default cluster, 4 nodes\n/);
    const lenses = await waitFor('the result lenses', async () => {
      const l = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
      return l.filter((x) => x.command?.command === 'kubeGuide.simulation.showWorkload').length === 3 ? l : undefined;
    });
    const titles = lenses.map((l) => l.command?.title);
    assert.deepEqual(
      titles.filter((x) => x !== `$(play) ${t('en', 'simulation.lens.simulate')}`),
      ['3/3 scheduled: worker-1, worker-2, worker-3', '2/2 scheduled: worker-1, worker-2', '4/4 scheduled: control-plane, worker-1, worker-2, worker-3'],
    );
    assert.equal(titles.filter((x) => x === `$(play) ${t('en', 'simulation.lens.simulate')}`).length, 3);
  });

  it('re-runs when a simulated manifest is saved while the report is open', async () => {
    const file = path.join(tmp, 'resave.yaml');
    writeFileSync(file, readFileSync(workspaceFile('unschedulable.yaml').fsPath, 'utf8'));
    const editor = await open(vscode.Uri.file(file));
    const first = (await simulate())!;
    assert.equal(first.result.summary.pending, 2);
    const at = positionOf(editor.document, 'replicas: 4');
    await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 'replicas: 4'.length)), 'replicas: 3'));
    await editor.document.save();
    const after = await waitFor('the report to re-run', async () => {
      const s = await state();
      return s.response && s.response !== undefined && s.response.result.summary.pending === 1 ? s.response : undefined;
    });
    assert.deepEqual(after.result.pods.filter((p) => p.status === 'Pending').map((p) => p.name), ['ssd-cache']);
    assert.equal(ours(editor.document.uri).length, 1);
  });

  it('simulates a node failure: evicted pods come back elsewhere', async () => {
    const uri = workspaceFile('shop.yaml');
    const r = (await vscode.commands.executeCommand<SimulateResponse>('kubeGuide.simulateNodeFailure', uri, 'worker-1', 'remove'))!;
    assert.equal(r.whatIf?.kind, 'nodeFailure');
    if (r.whatIf?.kind !== 'nodeFailure') return;
    assert.deepEqual(r.whatIf.evictions.map((e) => [e.owner?.name, e.outcome]), [
      ['frontend', 'rescheduled'],
      ['api', 'rescheduled'],
      ['log-agent', 'node-local'],
    ]);
    assert.deepEqual(r.whatIf.cannotComeBack, []);
    assert.ok(!r.result.nodes.some((n) => n.name === 'worker-1'));
    assert.match(r.text, /^What if node worker-1 fails/);
    assert.equal((await state()).response?.whatIf?.kind, 'nodeFailure');
  });

  it('answers how many nodes the unschedulable example needs, and which pod no node of that shape helps', async () => {
    const r = (await vscode.commands.executeCommand<SimulateResponse>('kubeGuide.nodesNeeded', workspaceFile('unschedulable.yaml')))!;
    assert.equal(r.whatIf?.kind, 'nodesNeeded');
    if (r.whatIf?.kind !== 'nodesNeeded') return;
    assert.equal(r.whatIf.nodesNeeded, 1);
    assert.deepEqual(r.whatIf.added, ['worker-1-extra-1']);
    assert.deepEqual(r.whatIf.unfit.map((u) => u.pod), ['default/ssd-cache']);
    assert.deepEqual(r.result.pods.filter((p) => p.status === 'Pending').map((p) => p.name), ['ssd-cache']);
  });

  it('creates a cluster file from the default cluster and simulates on the cluster it selects', async () => {
    const file = path.join(tmp, 'my-cluster.yaml');
    const created = await vscode.commands.executeCommand<vscode.Uri>('kubeGuide.createClusterFile', vscode.Uri.file(file), { use: false });
    assert.equal(created?.fsPath, file);
    // A smaller cluster: the control-plane node and one worker.
    const text = readFileSync(file, 'utf8').split(/^---\n/m);
    writeFileSync(file, [text[0], text[1]].join('---\n'));
    const config = () => vscode.workspace.getConfiguration('kubeGuide');
    try {
      assert.equal(await vscode.commands.executeCommand('kubeGuide.selectCluster', file), file);
      await waitFor('the setting', () => config().get('simulation.clusterFile') === file);
      const r = (await simulate(workspaceFile('unschedulable.yaml')))!;
      assert.deepEqual(r.result.cluster, { source: 'file', uri: vscode.Uri.file(file).toString(), nodes: 2 });
      assert.deepEqual(r.result.pods.filter((p) => p.status === 'Scheduled').map((p) => p.node), ['worker-1']);
      assert.equal(await vscode.commands.executeCommand('kubeGuide.selectCluster', 'default'), '');
      await waitFor('the setting', () => config().get('simulation.clusterFile') === '');
      assert.equal((await simulate(workspaceFile('unschedulable.yaml')))!.result.cluster.source, 'default');
    } finally {
      // Leave examples/ as it was: no workspace setting behind.
      await config().update('simulation.clusterFile', undefined, vscode.ConfigurationTarget.Workspace);
      const settings = path.join(workspaceFile('.vscode').fsPath, 'settings.json');
      try {
        if (/^\s*\{\s*\}\s*$/.test(readFileSync(settings, 'utf8'))) rmSync(path.dirname(settings), { recursive: true, force: true });
      } catch {
        // no settings file
      }
    }
  });

  it('says what to do when there is no manifest to simulate', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await simulate(), undefined);
    assert.equal((await state()).open, false);
  });
});
