#!/usr/bin/env node
/** `kube-guide` entry: wires the real process into the pure `runCli`. */
import { localeFromEnv } from '../l10n';
import { runCli } from './main';

void runCli(process.argv.slice(2), {
  locale: localeFromEnv(process.env),
  cwd: process.cwd(),
  env: process.env,
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
