/**
 * The VS Code client: starts the language server, wires commands, renders results.
 * All analysis lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OPEN_NOTES_COMMAND, openNotes } from './notes';
import { SHOW_REFERENCES_COMMAND, showReferences } from './references';
import { registerSimulation } from './simulate';
import { RestartPolicy } from './faults';
import { resolveLocale } from '../../server/src/l10n';

let client: LanguageClient | undefined;

/** What the extension exports: which server process answers (the restart test kills it), and the last fault notice. */
export interface KubeGuideApi {
  serverInfo(): Promise<{ pid: number; version: string }>;
  lastNotice(): string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<KubeGuideApi> {
  const output = vscode.window.createOutputChannel('Kube Guide', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const policy = new RestartPolicy();
  let lastNotice: string | undefined;
  const restartServer = async () => {
    policy.reset();
    await client?.restart();
    output.info('kube-guide-ls restarted');
  };
  // A dead server is started again, and the user is told in words (faults.ts).
  const errorHandler: ErrorHandler = {
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const d = policy.closed(Date.now(), resolveLocale(vscode.env.language));
      lastNotice = d.message;
      const show = d.severity === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
      void Promise.resolve(show(d.message, ...d.actions.map((a) => a.label))).then((label) => {
        const action = d.actions.find((a) => a.label === label)?.action;
        if (action === 'showOutput') output.show(true);
        else if (action === 'restartServer') void restartServer();
      });
      return { action: d.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: d.message, handled: true };
    },
  };
  const clientOptions: LanguageClientOptions = {
    errorHandler,
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'dockerfile' },
      { scheme: 'untitled', language: 'dockerfile' },
    ],
    // notesLinks: hover links to the notes run our command (the only one hover Markdown may run).
    initializationOptions: { locale: vscode.env.language, notesLinks: 'command' },
    markdown: { isTrusted: { enabledCommands: [OPEN_NOTES_COMMAND] } },
    // files.exclude: the server's workspace index skips what it hides, and rescans when it changes.
    synchronize: { configurationSection: ['kubeGuide', 'files.exclude'] },
    outputChannel: output,
  };
  client = new LanguageClient('kubeGuide', 'Kube Guide', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('kubeGuide.restartServer', restartServer),
    vscode.commands.registerCommand('kubeGuide.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('kubeGuide.openNotes', (arg?: { uri?: unknown; line?: unknown }) => openNotes(context, arg)),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (uri: unknown, position: unknown, locations: unknown) => showReferences(client, uri, position, locations)),
  );

  const simulation = registerSimulation(context, client);

  await client.start();
  output.info(`kube-guide-ls started: ${module}`);
  simulation.started();
  return {
    serverInfo: () => client!.sendRequest('kubeGuide/serverInfo', {}),
    lastNotice: () => lastNotice,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
