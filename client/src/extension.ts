/**
 * The VS Code client: starts the language server, wires commands, renders results.
 * All analysis lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OPEN_NOTES_COMMAND, openNotes } from './notes';
import { SHOW_REFERENCES_COMMAND, showReferences } from './references';
import { registerSimulation } from './simulate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Kube Guide', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
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
    vscode.commands.registerCommand('kubeGuide.restartServer', async () => {
      await client?.restart();
      output.info('kube-guide-ls restarted');
    }),
    vscode.commands.registerCommand('kubeGuide.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('kubeGuide.openNotes', (arg?: { uri?: unknown; line?: unknown }) => openNotes(context, arg)),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (uri: unknown, position: unknown, locations: unknown) => showReferences(client, uri, position, locations)),
  );

  const simulation = registerSimulation(context, client);

  await client.start();
  output.info(`kube-guide-ls started: ${module}`);
  simulation.started();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
