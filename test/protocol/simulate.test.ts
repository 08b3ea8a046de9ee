/**
 * The simulation's custom requests through the built server over stdio: an open manifest (as
 * edited, not as saved), a file on disk, a cluster file, the code-lens targets, the cluster
 * template, and the errors a user can cause.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { SimulateResponse, SimulationTargets } from '../../server/src/lsp/simulateProtocol';
import { startStdioServer, type StdioServer } from '../helpers/lsp-client';

const serverJs = join(__dirname, '..', '..', 'dist', 'server.js');
const dir = mkdtempSync(join(tmpdir(), 'kube-guide-protocol-simulate-'));
const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

function deployment(name: string, replicas: number, cpu: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  replicas: ${replicas}`,
    `  selector: { matchLabels: { app: ${name} } }`,
    '  template:',
    `    metadata: { labels: { app: ${name} } }`,
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: nginx:1.27',
    `          resources: { requests: { cpu: ${cpu}, memory: 128Mi } }`,
    '',
  ].join('\n');
}

describe('the simulation over stdio', () => {
  let server: StdioServer;
  const simulate = (params: object) => server.connection.sendRequest<SimulateResponse>('kubeGuide/simulate', params);

  before(async () => {
    assert.ok(existsSync(serverJs), 'run `npm run build` first: dist/server.js is missing');
    server = startStdioServer(process.execPath, [serverJs, '--stdio']);
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), initializationOptions: { locale: 'en', notesLinks: 'command' }, capabilities: {} });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('simulates an open manifest as edited: placements, ranges, diagnostics, text and notes', async () => {
    writeFileSync(join(dir, 'app.yaml'), deployment('web', 1, '100m')); // on disk: fits
    const text = deployment('web', 4, '3'); // in the editor: the fourth replica does not
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('app.yaml'), languageId: 'yaml', version: 1, text } });
    const r = await simulate({ textDocuments: [{ uri: uri('app.yaml') }] });
    assert.deepEqual(r.result.summary, { scheduled: 3, bound: 0, pending: 1, notHandled: 0, rejected: 0, preempted: 0, passes: r.result.summary.passes });
    assert.deepEqual(r.result.pods.map((p) => p.node), ['worker-1', 'worker-2', 'worker-3', null]);
    // Sources carry LSP ranges: `web` on line 3 (0-based), after `  name: `.
    assert.deepEqual((r.result.pods[0].source as { range?: unknown }).range, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
    // Per-node explanations are kept for a small run, so the report can show them.
    assert.equal(r.result.pods[3].explanation?.[0].nodes.length, 4);
    assert.deepEqual(
      r.diagnostics.map((f) => ({ uri: f.uri, d: f.diagnostics.map((d) => [d.source, d.severity, d.code, d.range.start.line, d.message]) })),
      [{ uri: uri('app.yaml'), d: [['Kube Guide simulation', 2, 'Unschedulable', 3, `1 of 4 pods are Pending: ${r.result.pods[3].message}`]] }],
    );
    assert.match(r.text, /^Cluster: the built-in default cluster, 4 nodes\n/);
    assert.match(r.text, /\n4 pods: 3 scheduled, 1 pending\n$/);
    assert.equal(r.locale, 'en');
    assert.deepEqual(r.notes.map((n) => n.topic), ['simulation.report', 'cluster.environment']);
    assert.match(r.notes[0].markdown, /서비스 수준 목표|SLO/);
    assert.match(r.notes[0].markdown, /command:kubeGuide\.openNotes\?/);
  });

  it('reads a closed manifest and a cluster file from disk', async () => {
    writeFileSync(join(dir, 'closed.yaml'), deployment('api', 2, '1'));
    writeFileSync(
      join(dir, 'cluster.yaml'),
      ['apiVersion: v1', 'kind: Node', 'metadata:', '  name: only', '  labels: { kubernetes.io/hostname: only }', 'status:', '  allocatable: { cpu: "1500m", memory: 4Gi, pods: "10" }', ''].join('\n'),
    );
    const r = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }], cluster: join(dir, 'cluster.yaml') });
    assert.deepEqual(r.result.cluster, { source: 'file', uri: uri('cluster.yaml'), nodes: 1 });
    assert.deepEqual(r.result.pods.map((p) => [p.status, p.node]), [['Scheduled', 'only'], ['Pending', null]]);
    assert.match(r.result.pods[1].message, /^0\/1 nodes are available: 1 Insufficient cpu\./);
    // The same cluster by URI.
    const again = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }], cluster: uri('cluster.yaml') });
    assert.deepEqual(again.result.pods.map((p) => p.status), ['Scheduled', 'Pending']);
  });

  it('explains a chosen pod only, when asked', async () => {
    const r = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }], explain: ['default/none-such'] });
    assert.ok(r.result.pods.every((p) => !p.explanation));
    const name = `default/${r.result.pods[0].name}`;
    const one = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }], explain: [name] });
    assert.ok(one.result.pods[0].explanation?.length);
    assert.equal(one.result.pods[1].explanation, undefined);
  });

  it('answers with one clear error for a missing manifest, a missing cluster file, or nothing to simulate', async () => {
    await assert.rejects(simulate({ textDocuments: [{ uri: uri('nope.yaml') }] }), { message: `cannot read ${join(dir, 'nope.yaml')}: no such file` });
    await assert.rejects(simulate({ textDocuments: [{ uri: uri('closed.yaml') }], cluster: join(dir, 'missing.yaml') }), {
      message: `cannot read the cluster file ${join(dir, 'missing.yaml')}: no such file`,
    });
    await assert.rejects(simulate({ textDocuments: [] }), { message: 'no manifest to simulate' });
    await assert.rejects(simulate({}), { message: 'no manifest to simulate' });
    // The server is still there.
    const r = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }] });
    assert.equal(r.result.pods.length, 2);
  });

  it('lists the workloads and Node documents of an open file for code lenses', async () => {
    const text = `${deployment('web', 2, '100m')}---\napiVersion: v1\nkind: Node\nmetadata: { name: n1 }\n`;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('lens.yaml'), languageId: 'yaml', version: 1, text } });
    const targets = await server.connection.sendRequest<SimulationTargets>('kubeGuide/simulationTargets', { textDocument: { uri: uri('lens.yaml') } });
    assert.deepEqual(targets, {
      workloads: [{ docIndex: 0, kind: 'Deployment', namespace: 'default', name: 'web', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } } }],
      nodes: ['n1'],
    });
    assert.deepEqual(await server.connection.sendRequest('kubeGuide/simulationTargets', { textDocument: { uri: uri('not-open.yaml') } }), { workloads: [], nodes: [] });
  });

  it('writes the default cluster as an editable cluster file that simulates like the default', async () => {
    const { text } = await server.connection.sendRequest<{ text: string }>('kubeGuide/clusterTemplate', {});
    assert.match(text, /^# A cluster for Kube Guide's scheduling simulation/);
    const docs = parseAllDocuments(text).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    assert.deepEqual(docs.map((d) => `${d.kind}/${d.metadata.name}`), ['Node/control-plane', 'Node/worker-1', 'Node/worker-2', 'Node/worker-3']);
    writeFileSync(join(dir, 'default-cluster.yaml'), text);
    const viaFile = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }], cluster: join(dir, 'default-cluster.yaml') });
    const viaDefault = await simulate({ textDocuments: [{ uri: uri('closed.yaml') }] });
    assert.deepEqual(viaFile.result.pods.map((p) => [p.status, p.node]), viaDefault.result.pods.map((p) => [p.status, p.node]));
  });

  it('answers the what-if questions: a node fails, a node is drained, how many nodes are needed', async () => {
    writeFileSync(join(dir, 'big.yaml'), deployment('big', 4, '3'));
    const base = await simulate({ textDocuments: [{ uri: uri('big.yaml') }] });
    const onWorker1 = base.result.pods.find((p) => p.node === 'worker-1')!;
    const fail = await simulate({ textDocuments: [{ uri: uri('big.yaml') }], whatIf: { kind: 'nodeFailure', node: 'worker-1', mode: 'remove' } });
    assert.equal(fail.whatIf?.kind, 'nodeFailure');
    if (fail.whatIf?.kind !== 'nodeFailure') return;
    assert.deepEqual(fail.whatIf.evictions.map((e) => [e.pod, e.outcome]), [[`default/${onWorker1.name}`, 'pending']]);
    assert.deepEqual(fail.whatIf.cannotComeBack, [`default/${onWorker1.name}`]);
    assert.deepEqual(fail.result.nodes.map((n) => n.name), ['control-plane', 'worker-2', 'worker-3']);
    assert.match(fail.text, /^What if node worker-1 fails \(it and its pods are gone\):\n/);
    assert.deepEqual(fail.notes.map((n) => n.topic), ['selfHealing', 'simulation.report', 'cluster.environment']);
    // The replacement that stays Pending is a diagnostic on the Deployment.
    assert.match(String(fail.diagnostics[0].diagnostics[0].message), /^2 of 4 pods are Pending: 0\/3 nodes are available/);

    const drain = await simulate({ textDocuments: [{ uri: uri('big.yaml') }], whatIf: { kind: 'nodeFailure', node: 'worker-2', mode: 'drain' } });
    assert.equal(drain.whatIf?.kind === 'nodeFailure' && drain.whatIf.mode, 'drain');
    assert.equal(drain.result.nodes.find((n) => n.name === 'worker-2')?.unschedulable, true);

    const more = await simulate({ textDocuments: [{ uri: uri('big.yaml') }], whatIf: { kind: 'nodesNeeded' } });
    assert.equal(more.whatIf?.kind, 'nodesNeeded');
    if (more.whatIf?.kind !== 'nodesNeeded') return;
    assert.deepEqual([more.whatIf.nodesNeeded, more.whatIf.template.name, more.whatIf.added, more.whatIf.max], [1, 'worker-1', ['worker-1-extra-1'], 100]);
    assert.equal(more.result.summary.pending, 0);
    assert.deepEqual(more.diagnostics, [{ uri: uri('big.yaml'), diagnostics: [] }]);
    assert.equal(more.notes[0].topic, 'scaling.cluster');

    await assert.rejects(simulate({ textDocuments: [{ uri: uri('big.yaml') }], whatIf: { kind: 'nodeFailure', node: 'nope', mode: 'remove' } }), { message: 'there is no node "nope" in the cluster' });
    await assert.rejects(simulate({ textDocuments: [{ uri: uri('big.yaml') }], whatIf: { kind: 'nodesNeeded', template: 'nope' } }), { message: 'there is no node "nope" in the cluster' });
  });
});
