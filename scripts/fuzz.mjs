#!/usr/bin/env node
// `npm run fuzz -- [--scale K] [--seed S] [--budget MS] [--only NAME]`: the fuzz tier (test/fuzz/),
// longer. Each property runs K times its `npm test` cases (default 20) from seed S (default: a
// new one, printed, so a failure can be replayed with --seed); a request over MS milliseconds
// (default 5000) fails. Prints and writes test-artifacts/fuzz/summary.json: cases, requests,
// crashes (failed properties), and the slowest request with the input that made it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'test-artifacts', 'fuzz');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`fuzz: --${name} needs a value`);
    process.exit(2);
  }
  return v;
};
const unknown = args.filter((a, i) => a.startsWith('--') && !['--scale', '--seed', '--budget', '--only'].includes(a) && !(i > 0 && ['--scale', '--seed', '--budget', '--only'].includes(args[i - 1])));
if (unknown.length) {
  console.error(`fuzz: unknown option ${unknown.join(' ')} (options: --scale K, --seed S, --budget MS, --only NAME)`);
  process.exit(2);
}
const scale = Number(opt('scale', '20'));
const seed = Number(opt('seed', String(Date.now() % 2 ** 31)));
const budget = Number(opt('budget', '5000'));
const only = opt('only', '');
for (const [name, v] of [['scale', scale], ['seed', seed], ['budget', budget]]) {
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`fuzz: --${name} must be a positive number`);
    process.exit(2);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = readdirSync(join(root, 'test', 'fuzz'))
  .filter((f) => f.endsWith('.test.ts') && (!only || f.includes(only)))
  .map((f) => join('test', 'fuzz', f));
console.log(`fuzz: ${files.length} suites, scale ${scale}, seed ${seed}, budget ${budget} ms per request`);
const started = Date.now();
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
  cwd: root,
  env: { ...process.env, KUBE_GUIDE_FUZZ_SCALE: String(scale), KUBE_GUIDE_FUZZ_SEED: String(seed), KUBE_GUIDE_FUZZ_BUDGET_MS: String(budget) },
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const tap = run.stdout ?? '';
// A failed property, not the suite (file or describe) that fails because one of its tests did.
const failed = [...tap.matchAll(/^\s*not ok \d+ - (.*)\n(?:.*\n){0,12}?\s*error: (.*)$/gm)]
  .filter((m) => !files.some((f) => m[1].endsWith(f)) && !/^'?\d+ subtests? failed/.test(m[2]))
  .map((m) => m[1]);
for (const line of tap.split('\n')) if (/^\s*(not ok|# (pass|fail))/.test(line) || /^\s+(error|seed|text):/.test(line)) console.log(line);

const suites = readdirSync(out)
  .filter((f) => f.endsWith('.json') && f !== 'summary.json')
  .map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')));
const slowest = suites.map((s) => ({ suite: s.suite, ...s.slowest })).sort((a, b) => b.ms - a.ms)[0] ?? null;
// What an editor waits for on a keystroke or a hover, apart from whole simulations and CLI runs.
const WHOLE_RUNS = /^(simulate|what-if|kube-guide )/;
const slowestEditor =
  suites
    .filter((s) => s.suite !== 'cli')
    .flatMap((s) => Object.entries(s.features ?? {}).filter(([name]) => !WHOLE_RUNS.test(name)).map(([feature, f]) => ({ suite: s.suite, feature, ms: f.maxMs, origin: f.maxOrigin })))
    .sort((a, b) => b.ms - a.ms)[0] ?? null;
const summary = {
  seed,
  scale,
  budgetMs: budget,
  minutes: Math.round((Date.now() - started) / 600) / 100,
  cases: suites.reduce((n, s) => n + s.cases, 0),
  requests: suites.reduce((n, s) => n + s.requests, 0),
  crashes: failed.length,
  failed,
  slowest,
  slowestEditor,
  suites: suites.map(({ suite, cases, requests, slowest: s }) => ({ suite, cases, requests, slowestMs: s.ms, slowestFeature: s.feature })),
};
writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(
  `\nfuzz: ${summary.cases} cases, ${summary.requests} requests, ${summary.crashes} failed properties in ${summary.minutes} min; ` +
    (slowest ? `slowest request: ${slowest.feature} ${slowest.ms} ms on ${slowest.chars} characters (${slowest.suite})` : 'no requests'),
);
if (slowestEditor) console.log(`slowest editor request (not a whole simulation): ${slowestEditor.feature} ${slowestEditor.ms} ms (${slowestEditor.suite}: ${slowestEditor.origin})`);
console.log(`summary: ${join('test-artifacts', 'fuzz', 'summary.json')}`);
process.exit(run.status === 0 && failed.length === 0 ? 0 : 1);
