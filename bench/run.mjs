#!/usr/bin/env node
// `npm run bench [-- NAME…] [-- --quick]`: runs every benchmark in bench/ in turn — each
// `bench/<name>.bench.mjs` with node, each `bench/<name>.bench.ts` with tsx — and exits non-zero
// when one misses its target. Each prints its own figures (and may keep them in bench/results/).
// Figures taken while the machine is busy are noisy.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const flags = args.filter((a) => a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs') || f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const runner = f.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const r = spawnSync(process.execPath, [...runner, join(here, f), ...flags], { stdio: 'inherit', cwd: join(here, '..') });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length - failed} of ${files.length} benchmarks met their targets`);
process.exitCode = failed ? 1 : 0;
