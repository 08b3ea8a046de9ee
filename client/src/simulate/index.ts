/**
 * The simulate commands in VS Code. The server simulates (`kubeGuide/simulate`); this renders:
 * the report webview, pending pods as diagnostics (until the next run or until the report
 * closes), the text report in an output channel, code lenses above workloads, the cluster in the
 * status bar. Every command returns what it showed, so the extension-host tests can check it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { resolveLocale, t, type Locale } from '../../../server/src/l10n';
import type { PodResult } from '../../../server/src/scheduler/result';
import { SIMULATE_REQUEST, type LocatedSource, type SimulateParams, type SimulateResponse, type WhatIf } from '../../../server/src/lsp/simulateProtocol';
import { ClusterStatus, clusterFileFor, createClusterFile, selectCluster, targetsOf } from './cluster';
import { allowedLink } from './markdown';
import { ReportPanel, type PageMessage } from './panel';
import { podDetail, podKey, reportBody, reportModel, workloadLens } from './render';

/** The language id of the text report's output channel (coloured by syntaxes/simulation.tmLanguage.json). */
export const SIMULATION_OUTPUT_LANGUAGE = 'kube-guide-simulation';
export const DIAGNOSTIC_COLLECTION = 'kube-guide-simulation';

interface Run {
  uris: vscode.Uri[];
  whatIf?: WhatIf;
}

interface Current {
  run: Run;
  response: SimulateResponse;
  /** The protocol URIs of the manifests (as the server keys sources). */
  keys: string[];
}

const SEVERITY = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];

function isUri(v: unknown): v is vscode.Uri {
  return v instanceof vscode.Uri;
}

class Simulator implements vscode.Disposable {
  readonly locale: Locale = resolveLocale(vscode.env.language);
  private readonly diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  readonly output: vscode.OutputChannel;
  private panel: ReportPanel | undefined;
  private current: Current | undefined;
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly status: ClusterStatus;
  private running: Promise<unknown> = Promise.resolve();
  private rerunQueued = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly client: LanguageClient,
  ) {
    this.output = vscode.window.createOutputChannel(t(this.locale, 'simulation.output.name'), SIMULATION_OUTPUT_LANGUAGE);
    this.status = new ClusterStatus(client, this.locale, (targets) => {
      void vscode.commands.executeCommand('setContext', 'kubeGuide.simulatable', targets.workloads.length > 0);
    });
  }

  get onDidChangeLenses(): vscode.Event<void> {
    return this.lensesChanged.event;
  }

  /** The manifests a command is about: its arguments (explorer selection, title bar, lens), else the active editor. */
  targets(arg: unknown, args: unknown): vscode.Uri[] {
    if (Array.isArray(args) && args.length && args.every(isUri)) return args;
    if (isUri(arg)) return [arg];
    if (Array.isArray(arg) && arg.length && arg.every(isUri)) return arg;
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && (doc.languageId === 'yaml' || doc.languageId === 'json')) return [doc.uri];
    // From the palette while the report has the focus: the manifests it shows.
    return this.current && this.panel ? this.current.run.uris : [];
  }

  private title(run: Run): string {
    const files = run.uris.map((u) => path.basename(u.path)).join(', ');
    if (run.whatIf?.kind === 'nodeFailure') return t(this.locale, 'simulation.report.titleNodeFailure', { node: run.whatIf.node, files });
    if (run.whatIf?.kind === 'nodesNeeded') return t(this.locale, 'simulation.report.titleNodesNeeded', { files });
    return t(this.locale, 'simulation.report.title', { files });
  }

  private params(run: Run, explain?: string[]): SimulateParams {
    const exhaustive = vscode.workspace.getConfiguration('kubeGuide', run.uris[0]).get<boolean>('simulation.exhaustive', false);
    return {
      textDocuments: run.uris.map((u) => ({ uri: this.client.code2ProtocolConverter.asUri(u) })),
      cluster: clusterFileFor(run.uris[0]),
      exhaustive,
      ...(explain ? { explain } : {}),
      ...(run.whatIf ? { whatIf: run.whatIf } : {}),
    };
  }

  /** Runs the simulation and shows it everywhere; one at a time, in order. */
  execute(run: Run, reveal = true): Promise<SimulateResponse | undefined> {
    const next = this.running.then(() => this.executeNow(run, reveal));
    this.running = next.catch(() => undefined);
    return next;
  }

  private async executeNow(run: Run, reveal: boolean): Promise<SimulateResponse | undefined> {
    let response: SimulateResponse;
    try {
      response = await this.client.sendRequest<SimulateResponse>(SIMULATE_REQUEST, this.params(run));
    } catch (e) {
      void vscode.window.showErrorMessage(t(this.locale, 'simulation.cmd.failed', { message: e instanceof Error ? e.message : String(e) }));
      return undefined;
    }
    this.current = { run, response, keys: run.uris.map((u) => this.client.code2ProtocolConverter.asUri(u)) };
    // Diagnostics: replaced by each run.
    this.diagnostics.clear();
    for (const file of response.diagnostics) {
      this.diagnostics.set(
        this.client.protocol2CodeConverter.asUri(file.uri),
        file.diagnostics.map((d) => {
          const r = d.range;
          const diag = new vscode.Diagnostic(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), String(d.message), SEVERITY[(d.severity ?? 1) - 1]);
          diag.source = d.source;
          if (d.code !== undefined) diag.code = d.code;
          return diag;
        }),
      );
    }
    this.output.replace(response.text);
    const title = this.title(run);
    const body = reportBody(reportModel(response, title));
    if (!this.panel || this.panel.isDisposed) {
      this.panel = new ReportPanel(
        this.context.extensionUri,
        title,
        (m) => void this.onPageMessage(m),
        () => this.onPanelClosed(),
      );
    }
    this.panel.show(body, title, response.locale, reveal);
    this.lensesChanged.fire();
    return response;
  }

  private onPanelClosed(): void {
    this.panel = undefined;
    this.current = undefined;
    this.diagnostics.clear();
    this.lensesChanged.fire();
  }

  /** Re-runs what the report shows (after a save of one of its files, or a new cluster). */
  rerun(): void {
    if (!this.current || !this.panel) return;
    if (this.rerunQueued) return;
    this.rerunQueued = true;
    const run = this.current.run;
    void this.running.then(() => {
      this.rerunQueued = false;
      if (this.current && this.panel) return this.execute(run, false);
      return undefined;
    });
  }

  onSaved(doc: vscode.TextDocument): void {
    if (!this.current || !this.panel) return;
    const cluster = clusterFileFor(this.current.run.uris[0]);
    const saved = doc.uri.toString();
    if (this.current.run.uris.some((u) => u.toString() === saved) || (cluster && path.resolve(cluster) === doc.uri.fsPath)) this.rerun();
  }

  private pod(key: string): PodResult | undefined {
    return this.current?.response.result.pods.find((p) => podKey(p) === key);
  }

  /** Shows a pod's detail: fetches its per-node explanation first when the run did not keep it. */
  async showPod(key: string): Promise<void> {
    const current = this.current;
    const pod = this.pod(key);
    if (!current || !pod || !this.panel) return;
    if (!pod.explanation && pod.attempts > 0 && current.run.whatIf?.kind !== 'nodesNeeded') {
      try {
        const r = await this.client.sendRequest<SimulateResponse>(SIMULATE_REQUEST, this.params(current.run, [key]));
        const again = r.result.pods.find((p) => podKey(p) === key);
        if (again?.explanation) pod.explanation = again.explanation;
      } catch {
        // shown without the table
      }
    }
    if (this.current !== current) return;
    this.panel.postDetail(key, podDetail(current.response.result, key, this.locale));
    await this.revealSource(key);
  }

  /** Reveals the pod's workload in its manifest, keeping focus in the report. */
  async revealSource(key: string): Promise<void> {
    const source = this.pod(key)?.source as LocatedSource | null | undefined;
    if (!source?.range) return;
    const uri = this.client.protocol2CodeConverter.asUri(source.uri);
    const r = source.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: true, preview: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The report's own links: the notes command with its arguments, or an https page. */
  private async openLink(href: string): Promise<void> {
    if (!allowedLink(href)) return;
    if (href.startsWith('command:')) {
      const q = href.indexOf('?');
      let args: unknown[] = [];
      try {
        const parsed = q < 0 ? [] : JSON.parse(decodeURIComponent(href.slice(q + 1)));
        args = Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        args = [];
      }
      await vscode.commands.executeCommand('kubeGuide.openNotes', ...args);
    } else {
      await vscode.env.openExternal(vscode.Uri.parse(href));
    }
  }

  private async onPageMessage(m: PageMessage): Promise<void> {
    switch (m.type) {
      case 'pod':
        return this.showPod(m.pod);
      case 'reveal':
        return this.revealSource(m.pod);
      case 'link':
        return this.openLink(m.href);
      case 'command':
        if (m.command === 'rerun') return void (this.current && (await this.execute(this.current.run, false)));
        if (m.command === 'showText') return this.output.show(true);
        if (m.command === 'selectCluster') return void (await vscode.commands.executeCommand('kubeGuide.selectCluster'));
        if (m.command === 'nodeFailure') return void (await this.nodeFailure(this.current?.run.uris ?? [], m.node));
        if (m.command === 'nodesNeeded') return void (await this.nodesNeeded(this.current?.run.uris ?? []));
        return;
      case 'ready':
        return;
    }
  }

  async simulate(uris: vscode.Uri[]): Promise<SimulateResponse | undefined> {
    if (!uris.length) {
      void vscode.window.showWarningMessage(t(this.locale, 'simulation.cmd.noManifest'));
      return undefined;
    }
    return this.execute({ uris });
  }

  /** Simulate Node Failure…: pick a node (and what happens to it), then show the cluster after. */
  async nodeFailure(uris: vscode.Uri[], node?: string, mode?: unknown): Promise<SimulateResponse | undefined> {
    if (!uris.length) {
      void vscode.window.showWarningMessage(t(this.locale, 'simulation.cmd.noManifest'));
      return undefined;
    }
    if (!node) {
      let base: SimulateResponse;
      try {
        base = await this.client.sendRequest<SimulateResponse>(SIMULATE_REQUEST, { ...this.params({ uris }), explain: 'none' });
      } catch (e) {
        void vscode.window.showErrorMessage(t(this.locale, 'simulation.cmd.failed', { message: e instanceof Error ? e.message : String(e) }));
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(
        base.result.nodes.map((n) => ({
          label: n.name,
          description: t(this.locale, 'simulation.cmd.nodeItem', {
            pods: n.usage.pods[0],
            cpu: `${n.requested.cpu ?? '0'}/${n.allocatable.cpu ?? '0'}`,
            memory: `${n.requested.memory ?? '0'}/${n.allocatable.memory ?? '0'}`,
          }),
        })),
        { placeHolder: t(this.locale, 'simulation.cmd.pickNode'), matchOnDescription: true },
      );
      if (!picked) return undefined;
      node = picked.label;
    }
    if (mode !== 'remove' && mode !== 'drain') {
      const picked = await vscode.window.showQuickPick(
        [
          { label: t(this.locale, 'simulation.cmd.mode.remove'), detail: t(this.locale, 'simulation.cmd.mode.removeDetail'), mode: 'remove' as const },
          { label: t(this.locale, 'simulation.cmd.mode.drain'), detail: t(this.locale, 'simulation.cmd.mode.drainDetail'), mode: 'drain' as const },
        ],
        { placeHolder: t(this.locale, 'simulation.cmd.pickMode', { node }) },
      );
      if (!picked) return undefined;
      mode = picked.mode;
    }
    return this.execute({ uris, whatIf: { kind: 'nodeFailure', node, mode: mode as 'remove' | 'drain' } });
  }

  /** How Many Nodes Do I Need?: the fewest extra nodes like an existing one that place every pod. */
  async nodesNeeded(uris: vscode.Uri[], template?: string): Promise<SimulateResponse | undefined> {
    if (!uris.length) {
      void vscode.window.showWarningMessage(t(this.locale, 'simulation.cmd.noManifest'));
      return undefined;
    }
    return this.execute({ uris, whatIf: { kind: 'nodesNeeded', ...(template ? { template } : {}) } });
  }

  /** Code lenses: "Simulate scheduling" above each workload; after a run, where its pods went. */
  async lenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.getConfiguration('kubeGuide', doc.uri).get<boolean>('simulation.codeLens', true)) return [];
    const targets = await targetsOf(this.client, doc);
    const key = this.client.code2ProtocolConverter.asUri(doc.uri);
    const result = this.current?.keys.includes(key) ? this.current.response.result : undefined;
    const out: vscode.CodeLens[] = [];
    for (const w of targets.workloads) {
      const range = new vscode.Range(w.range.start.line, 0, w.range.start.line, 0);
      out.push(new vscode.CodeLens(range, { title: `$(play) ${t(this.locale, 'simulation.lens.simulate')}`, command: 'kubeGuide.simulate', arguments: [doc.uri] }));
      const line = result ? workloadLens(result, key, w.docIndex, this.locale, w.itemIndex) : null;
      if (line) out.push(new vscode.CodeLens(range, { title: line, command: 'kubeGuide.simulation.showWorkload', arguments: [key, w.docIndex, w.itemIndex] }));
    }
    return out;
  }

  /** From a result lens: the report, with the workload's first pod that did not land (else its first) selected. */
  async showWorkload(uri: unknown, docIndex: unknown, itemIndex?: unknown): Promise<void> {
    const result = this.current?.response.result;
    if (!result || !this.panel) return;
    const w = result.workloads.find((x) => x.source?.uri === uri && x.source?.docIndex === docIndex && x.source?.itemIndex === (itemIndex ?? undefined));
    if (!w) return;
    const pods = result.pods.filter((p) => w.pods.includes(podKey(p)));
    const pick = pods.find((p) => p.status !== 'Scheduled' && p.status !== 'Bound' && p.status !== 'Preempted') ?? pods[0];
    this.panel.reveal();
    if (pick) this.panel.select(podKey(pick));
  }

  /** For tests: what the report shows now. */
  state(): { open: boolean; response?: SimulateResponse; uris: string[] } {
    return { open: !!this.panel, response: this.current?.response, uris: this.current?.run.uris.map((u) => u.toString()) ?? [] };
  }

  dispose(): void {
    this.panel?.dispose();
    this.diagnostics.dispose();
    this.output.dispose();
    this.status.dispose();
    this.lensesChanged.dispose();
  }
}

/** Registers the commands (before the client starts, so they exist at once); call `started()` after it did. */
export function registerSimulation(context: vscode.ExtensionContext, client: LanguageClient): { started(): void } {
  const sim = new Simulator(context, client);
  const locale = sim.locale;
  context.subscriptions.push(
    sim,
    vscode.commands.registerCommand('kubeGuide.simulate', (arg?: unknown, args?: unknown) => sim.simulate(sim.targets(arg, args))),
    vscode.commands.registerCommand('kubeGuide.selectCluster', async (choice?: unknown) => {
      const value = await selectCluster(client, locale, choice);
      if (value !== undefined) {
        await sim.status.update();
        sim.rerun();
      }
      return value;
    }),
    vscode.commands.registerCommand('kubeGuide.simulateNodeFailure', (arg?: unknown, node?: unknown, mode?: unknown) =>
      sim.nodeFailure(sim.targets(arg, undefined), typeof node === 'string' ? node : undefined, mode),
    ),
    vscode.commands.registerCommand('kubeGuide.nodesNeeded', (arg?: unknown, template?: unknown) => sim.nodesNeeded(sim.targets(arg, undefined), typeof template === 'string' ? template : undefined)),
    vscode.commands.registerCommand('kubeGuide.createClusterFile', (target?: unknown, options?: { use?: boolean }) => createClusterFile(client, locale, target, options ?? {})),
    // Internal (no palette entry): the result lens, and the tests' view of the report.
    vscode.commands.registerCommand('kubeGuide.simulation.showWorkload', (uri?: unknown, docIndex?: unknown, itemIndex?: unknown) => sim.showWorkload(uri, docIndex, itemIndex)),
    vscode.commands.registerCommand('kubeGuide.simulation.state', () => sim.state()),
    vscode.languages.registerCodeLensProvider({ language: 'yaml' }, { provideCodeLenses: (doc) => sim.lenses(doc), onDidChangeCodeLenses: sim.onDidChangeLenses }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      sim.onSaved(doc);
      if (doc === vscode.window.activeTextEditor?.document) void sim.status.update();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => void sim.status.update(editor)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kubeGuide.simulation')) {
        void sim.status.update();
        sim.rerun();
      }
    }),
  );
  return { started: () => void sim.status.update() };
}
