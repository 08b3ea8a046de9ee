#!/usr/bin/env node
// `npm start`: builds and packages the extension, installs the .vsix into a code-server of its
// own (installed into the tools folder on first use), opens the bundled examples/ workspace and
// prints the URL. Stays up until Ctrl+C, then ends code-server's whole process group.
//
//   npm start [-- --port N] [-- --folder DIR]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCodeServer, installExtension, root, startCodeServer } from './code-server.mjs';
import { packageVsix } from './package.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const port = Number(option('port', process.env.PORT ?? 8080));
  const folder = resolve(option('folder', join(root, 'examples')));
  await ensureCodeServer({ log: (m) => console.log(m) });
  const vsix = packageVsix({ build: true });
  // This clone's own editor state (the code-server install may be shared through KUBE_GUIDE_TOOLS).
  const stateDir = join(root, '.tools', 'start');
  const dirs = { stateDir, userDataDir: join(stateDir, 'user-data'), extensionsDir: join(stateDir, 'extensions') };
  mkdirSync(dirs.extensionsDir, { recursive: true });
  await installExtension(vsix, dirs);
  console.log(`start: installed ${vsix}`);

  const editor = await startCodeServer({ ...dirs, folder, port });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstart: ${signal}, stopping code-server (pid group ${editor.pid})`);
    await editor.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));

  console.log('');
  console.log(`  Kube Guide in VS Code (code-server): ${editor.url()}`);
  console.log(`  workspace: ${folder}`);
  console.log(`  code-server log: ${editor.logFile}`);
  console.log('  Press Ctrl+C to stop.');
  console.log('');
  const { code, signal } = await editor.exited;
  if (!stopping) {
    console.error(`start: code-server exited on its own (${code ?? signal}); see ${editor.logFile}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
