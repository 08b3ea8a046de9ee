#!/usr/bin/env node
/** `kube-guide-ls`: the language server for any LSP editor (`--stdio`), or VS Code (`--node-ipc`). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../version';
import { startServer } from './server';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`kube-guide-ls ${VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: kube-guide-ls --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n' +
      'The Kube Guide language server for Kubernetes manifests and Dockerfiles (LSP 3.17).\n',
  );
} else {
  // A plain `kube-guide-ls` speaks over stdio, as most editors expect.
  if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
  // The server must outlive any bad input; log what escaped a handler instead of dying.
  process.on('uncaughtException', (e) => process.stderr.write(`kube-guide-ls: uncaught: ${e?.stack ?? e}\n`));
  process.on('unhandledRejection', (e) => process.stderr.write(`kube-guide-ls: unhandled rejection: ${String(e)}\n`));
  startServer(createConnection(ProposedFeatures.all));
}
