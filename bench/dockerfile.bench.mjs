#!/usr/bin/env node
// Dockerfile LS bench (see bench/dockerfile.bench.ts). Bundles the bench with esbuild, builds
// dist/server.js first when it is missing, and runs it. `npm run bench` runs it via bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
if (!existsSync(join(root, 'dist', 'server.js'))) {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-typecheck'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const out = mkdtempSync(join(tmpdir(), 'kube-guide-bench-'));
const bundle = join(out, 'dockerfile.bench.js');
try {
  await esbuild.build({
    entryPoints: [join(here, 'dockerfile.bench.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // __dirname of the bundle must be bench/ so that the paths to the servers hold.
    define: { __dirname: JSON.stringify(here) },
  });
  const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
