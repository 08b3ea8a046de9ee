#!/usr/bin/env node
// The one test command (`npm test`): builds once, runs every tier in order, and ends with a
// summary line. `node test/run.mjs unit protocol` runs only the named tiers.
//
// Tiers are data: a node:test tier lists its files; a script tier runs a command that prints
// its own `# pass N` / `# fail N` lines (TAP-style), which are counted the same way.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'test-artifacts');
mkdirSync(out, { recursive: true });

function files(dir, pattern = /\.test\.ts$/) {
  const abs = join(root, dir);
  let found = [];
  let entries = [];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  for (const name of entries.sort()) {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) found = found.concat(files(join(dir, name), pattern));
    else if (pattern.test(name)) found.push(join(dir, name));
  }
  return found;
}

/**
 * Each tier: `files` for node:test (`concurrency`: files at once, default 2), or `command` for a
 * script that prints TAP counts. `setup`: commands run first (their failure fails the tier).
 */
const node = process.execPath;
const tiers = [
  { name: 'unit', files: () => [...files('test/server'), ...files('test/client'), ...files('test/scripts'), ...files('test/syntaxes')] },
  { name: 'protocol', files: () => files('test/protocol') },
  // Property-based fuzzing and pathological input with fixed seeds (test/fuzz; `npm run fuzz` runs longer).
  { name: 'fuzz', files: () => files('test/fuzz') },
  // A second real LSP client: headless Neovim against the built server (test/nvim/check.lua).
  { name: 'nvim', command: [node, 'test/nvim/run.mjs'] },
  // The mocha suite inside VS Code's extension host, via @vscode/test-electron's runTests().
  { name: 'e2e-host', setup: [[node, 'scripts/code-server.mjs', 'install']], command: [node, 'test/e2e/host/run.mjs'] },
  // Playwright + Chromium on code-server with the packaged .vsix installed (test/e2e/ui/harness.ts).
  {
    name: 'ui',
    setup: [[node, 'scripts/code-server.mjs', 'install'], [node, 'scripts/package.mjs', '--no-build']],
    files: () => files('test/e2e/ui'),
    concurrency: 1,
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !tiers.some((t) => t.name === w));
if (unknown.length) {
  console.error(`test/run.mjs: unknown tier ${unknown.join(', ')} (tiers: ${tiers.map((t) => t.name).join(', ')})`);
  process.exit(2);
}
const selected = wanted.length ? tiers.filter((t) => wanted.includes(t.name)) : tiers;

if (!process.env.KUBE_GUIDE_SKIP_BUILD) {
  const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (b.status !== 0) {
    console.log('\nbuild failed: 0 passed, 1 failed');
    process.exit(1);
  }
}

function counts(tap) {
  const n = (k) => [...tap.matchAll(new RegExp(`^# ${k} (\\d+)$`, 'gm'))].reduce((s, m) => s + Number(m[1]), 0);
  return { pass: n('pass'), fail: n('fail') + n('cancelled'), skip: n('skipped') + n('todo') };
}

/** Runs a command with its output shown live and also captured (spawnSync could do only one). */
function tee(command, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      process.stdout.write(d);
    });
    child.on('error', (e) => resolve({ status: 1, stdout: `${stdout}\n# ${e.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, stdout }));
  });
}

const results = [];
for (const tier of selected) {
  console.log(`\n=== ${tier.name} ===`);
  const started = Date.now();
  let r;
  let tapText = '';
  const failedSetup = (tier.setup ?? []).find((cmd) => spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'inherit' }).status !== 0);
  if (failedSetup) {
    console.log(`setup failed: ${failedSetup.slice(1).join(' ')}`);
    results.push({ name: tier.name, pass: 0, fail: 1, skip: 0, ms: Date.now() - started, note: 'setup failed' });
    continue;
  }
  if (tier.files) {
    const list = tier.files();
    if (!list.length) {
      results.push({ name: tier.name, pass: 0, fail: 0, skip: 0, ms: 0, note: 'no tests' });
      continue;
    }
    const tapFile = join(out, `${tier.name}.tap`);
    r = spawnSync(
      process.execPath,
      [
        '--import', 'tsx',
        '--test', `--test-concurrency=${tier.concurrency ?? 2}`,
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
        ...list,
      ],
      { stdio: 'inherit', cwd: root, env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } },
    );
    try {
      tapText = readFileSync(tapFile, 'utf8');
    } catch {}
  } else {
    r = await tee(tier.command, root);
    tapText = r.stdout;
  }
  const c = counts(tapText);
  // A tier that failed without reporting a failure (crash, setup error) still counts as one.
  if (r.status !== 0 && c.fail === 0) c.fail = 1;
  results.push({ name: tier.name, ...c, ms: Date.now() - started });
}

const total = results.reduce((a, r) => ({ pass: a.pass + r.pass, fail: a.fail + r.fail, skip: a.skip + r.skip }), { pass: 0, fail: 0, skip: 0 });
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name.padEnd(10)} ${String(r.pass).padStart(5)} passed ${String(r.fail).padStart(3)} failed ${String(r.skip).padStart(3)} skipped  ${(r.ms / 1000).toFixed(1)} s${r.note ? `  (${r.note})` : ''}`);
console.log(`artifacts: ${relative(root, out)}/`);
console.log(`${total.pass} passed, ${total.fail} failed${total.skip ? `, ${total.skip} skipped` : ''}`);
process.exit(total.fail ? 1 : 0);
