#!/usr/bin/env node
// Scheduler throughput bench. Bundles bench/scheduler.bench.ts with esbuild (as the product ships:
// one bundle) and runs each scenario in its own process. `npm run bench` runs it through bench/run.mjs;
// `node bench/scheduler.bench.mjs [plain|spread|preferred|antiaffinity]` runs it alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kube-guide-bench-'));
const bundle = join(out, 'scheduler.bench.js');
try {
  await esbuild.build({ entryPoints: [join(here, 'scheduler.bench.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
