#!/usr/bin/env node
/** `kube-guide` entry: wires the real process into the pure `runCli`. */
import { localeFromEnv } from '../l10n';
import { runCli } from './main';

// A reader that stops early (`kube-guide simulate … | head`) closes the pipe: stop quietly, as
// Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void runCli(process.argv.slice(2), {
  locale: localeFromEnv(process.env),
  cwd: process.cwd(),
  env: process.env,
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
