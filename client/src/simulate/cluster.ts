/**
 * Which cluster the simulation runs on: the Node documents of the manifest when it has some (the
 * engine's rule), else the cluster file of the `kubeGuide.simulation.clusterFile` setting, else the
 * built-in default cluster. Select Cluster changes the setting; the status bar shows the choice.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t, type Locale } from '../../../server/src/l10n';
import { CLUSTER_TEMPLATE_REQUEST, SIMULATION_TARGETS_REQUEST, type SimulationTargets } from '../../../server/src/lsp/simulateProtocol';

export const CLUSTER_FILE_SETTING = 'simulation.clusterFile';

/** The cluster file for a manifest: the setting resolved against its workspace folder; null for the default cluster. */
export function clusterFileFor(resource: vscode.Uri | undefined): string | null {
  const raw = vscode.workspace.getConfiguration('kubeGuide', resource).get<string>(CLUSTER_FILE_SETTING, '').trim();
  if (!raw) return null;
  if (raw.startsWith('~/')) return path.join(os.homedir(), raw.slice(2));
  if (/^file:/i.test(raw)) return vscode.Uri.parse(raw).fsPath;
  if (path.isAbsolute(raw)) return raw;
  const folder = (resource && vscode.workspace.getWorkspaceFolder(resource)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? path.join(folder.uri.fsPath, raw) : raw;
}

/** What the setting should hold for a file: relative to the workspace folder when inside it. */
function settingValue(file: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(file);
  if (!folder) return file.fsPath;
  return path.relative(folder.uri.fsPath, file.fsPath).split(path.sep).join('/');
}

async function writeSetting(value: string): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('kubeGuide').update(CLUSTER_FILE_SETTING, value, target);
}

/** The workloads and Node documents of an open YAML document (nothing for others). */
export async function targetsOf(client: LanguageClient, doc: vscode.TextDocument | undefined): Promise<SimulationTargets> {
  if (!doc || doc.languageId !== 'yaml') return { workloads: [], nodes: [] };
  try {
    return await client.sendRequest<SimulationTargets>(SIMULATION_TARGETS_REQUEST, { textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) } });
  } catch {
    return { workloads: [], nodes: [] };
  }
}

/** The status bar item: the cluster the active manifest is simulated on; a click changes it. */
export class ClusterStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kubeGuide.cluster', vscode.StatusBarAlignment.Right, 100);
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly locale: Locale,
    /** Sets the `kubeGuide.simulatable` context (the editor title button). */
    private readonly onTargets: (targets: SimulationTargets) => void,
  ) {
    this.item.name = t(locale, 'simulation.cluster.placeholder');
    this.item.command = 'kubeGuide.selectCluster';
  }

  async update(editor = vscode.window.activeTextEditor): Promise<void> {
    const mine = ++this.generation;
    const targets = await targetsOf(this.client, editor?.document);
    if (mine !== this.generation) return; // a newer editor took over while we waited
    this.onTargets(targets);
    if (!editor || (targets.workloads.length === 0 && targets.nodes.length === 0)) {
      this.item.hide();
      return;
    }
    const file = clusterFileFor(editor.document.uri);
    const label = targets.nodes.length
      ? t(this.locale, 'simulation.status.manifest', { count: targets.nodes.length })
      : file
        ? path.basename(file)
        : t(this.locale, 'simulation.status.default');
    this.item.text = `$(server-environment) ${label}`;
    this.item.tooltip = t(this.locale, 'simulation.status.tooltip', { cluster: targets.nodes.length ? label : (file ?? label) });
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

type ClusterPick = vscode.QuickPickItem & { choice: 'manifest' | 'default' | 'browse' | 'create' | { file: vscode.Uri } };

/** Workspace YAML files that hold Node documents (or a kubectl List): cluster file candidates. */
async function clusterFiles(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/{node_modules,.git}/**', 200);
  const out: vscode.Uri[] = [];
  for (const uri of found.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
    if (out.length >= 30) break;
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (/^kind:\s*["']?(Node|List|NodeList)["']?\s*$/m.test(text)) out.push(uri);
    } catch {
      // unreadable: not a candidate
    }
  }
  return out;
}

/**
 * `kubeGuide.selectCluster [choice]`: 'default', a file path or URI, or (no argument) a quick pick
 * of the default cluster, the workspace's cluster files, a file to browse for, or a new one.
 * Returns the setting's new value (undefined when cancelled).
 */
export async function selectCluster(client: LanguageClient, locale: Locale, choice?: unknown): Promise<string | undefined> {
  if (choice === 'default') {
    await writeSetting('');
    return '';
  }
  if (typeof choice === 'string' && choice) {
    const file = /^file:/i.test(choice) ? vscode.Uri.parse(choice) : vscode.Uri.file(choice);
    const value = settingValue(file);
    await writeSetting(value);
    return value;
  }
  const editor = vscode.window.activeTextEditor;
  const targets = await targetsOf(client, editor?.document);
  const current = clusterFileFor(editor?.document.uri);
  const inUse = t(locale, 'simulation.cluster.current');
  const items: ClusterPick[] = [];
  if (targets.nodes.length) {
    items.push({
      label: `$(list-flat) ${t(locale, 'simulation.cluster.manifest', { count: targets.nodes.length })}`,
      description: inUse,
      detail: t(locale, 'simulation.cluster.manifestDetail'),
      choice: 'manifest',
    });
  }
  items.push({
    label: `$(server-environment) ${t(locale, 'simulation.cluster.default')}`,
    description: !current && !targets.nodes.length ? inUse : undefined,
    detail: t(locale, 'simulation.cluster.defaultDetail'),
    choice: 'default',
  });
  for (const file of await clusterFiles()) {
    if (editor && file.toString() === editor.document.uri.toString()) continue;
    items.push({
      label: `$(file) ${vscode.workspace.asRelativePath(file)}`,
      description: current && path.resolve(current) === file.fsPath && !targets.nodes.length ? inUse : undefined,
      detail: t(locale, 'simulation.cluster.fileDetail'),
      choice: { file },
    });
  }
  items.push({ label: `$(folder-opened) ${t(locale, 'simulation.cluster.browse')}`, choice: 'browse' });
  items.push({ label: `$(new-file) ${t(locale, 'simulation.cluster.create')}`, choice: 'create' });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t(locale, 'simulation.cluster.placeholder'), matchOnDetail: true });
  if (!picked || picked.choice === 'manifest') return undefined;
  if (picked.choice === 'default') return selectCluster(client, locale, 'default');
  if (picked.choice === 'create') {
    const created = await createClusterFile(client, locale, undefined, { use: true });
    return created ? settingValue(created) : undefined;
  }
  let file: vscode.Uri | undefined;
  if (picked.choice === 'browse') {
    const chosen = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: t(locale, 'simulation.cluster.openLabel'),
      filters: { YAML: ['yaml', 'yml'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    file = chosen?.[0];
  } else {
    file = picked.choice.file;
  }
  return file ? selectCluster(client, locale, file.toString()) : undefined;
}

/**
 * `kubeGuide.createClusterFile [target] [{ use }]`: writes the default cluster as an editable
 * cluster file (asking where, unless given), opens it, and offers to use it.
 */
export async function createClusterFile(client: LanguageClient, locale: Locale, target?: unknown, options: { use?: boolean } = {}): Promise<vscode.Uri | undefined> {
  let uri: vscode.Uri | undefined =
    target instanceof vscode.Uri ? target : typeof target === 'string' && target ? (/^file:/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target)) : undefined;
  if (!uri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    uri = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'cluster.yaml') : undefined,
      filters: { YAML: ['yaml', 'yml'] },
      saveLabel: t(locale, 'simulation.create.saveLabel'),
    });
    if (!uri) return undefined;
  }
  const { text } = await client.sendRequest<{ text: string }>(CLUSTER_TEMPLATE_REQUEST, {});
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri, { preview: false });
  if (options.use) {
    await writeSetting(settingValue(uri));
  } else {
    const use = t(locale, 'simulation.create.use');
    void vscode.window.showInformationMessage(t(locale, 'simulation.create.done', { file: vscode.workspace.asRelativePath(uri) }), use).then(async (answer) => {
      if (answer === use) await writeSetting(settingValue(uri!));
    });
  }
  return uri;
}
