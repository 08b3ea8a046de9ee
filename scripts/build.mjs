#!/usr/bin/env node
// Type-checks with tsc (the solution tsconfig.json), then bundles the client, the server and the
// CLI with esbuild into dist/. `--no-typecheck` bundles only (for quick iterations).
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const args = new Set(process.argv.slice(2));

if (!args.has('--no-typecheck')) {
  const started = Date.now();
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'tsconfig.json')], {
      stdio: 'inherit',
    });
  } catch {
    console.error('typecheck: failed (see the errors above)');
    process.exit(1);
  }
  console.log(`typecheck: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  define: { __KUBE_GUIDE_VERSION__: JSON.stringify(pkg.version) },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', bin: true },
  { in: 'server/src/cli/bin.ts', out: 'dist/cli.js', bin: true },
  // The simulation report's webview script (browser code); its stylesheet lands beside it.
  { in: 'client/webview/report.ts', out: 'dist/webview/report.js', browser: true },
];

const started = Date.now();
await Promise.all(
  entries.map((e) =>
    esbuild.build({
      ...common,
      ...(e.browser ? { platform: 'browser', format: 'iife', target: 'es2022' } : {}),
      entryPoints: [join(root, e.in)],
      outfile: join(root, e.out),
      external: e.external ?? [],
    }),
  ),
);
for (const e of entries) if (e.bin) chmodSync(join(root, e.out), 0o755);
console.log(`bundle: ${entries.map((e) => e.out).join(', ')} (${Date.now() - started} ms)`);
