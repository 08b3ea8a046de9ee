#!/usr/bin/env node
// The Neovim tier: runs test/nvim/check.lua in a headless Neovim (Debian's `neovim`, 0.7+)
// against the built dist/server.js, and prints its TAP lines for test/run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'test-artifacts', 'nvim');
const tapFile = join(out, 'nvim.tap');
mkdirSync(out, { recursive: true });

function fail(why) {
  console.log(`not ok 1 - neovim check: ${why}\n1..1\n# pass 0\n# fail 1`);
  process.exit(1);
}

const nvim = process.env.KUBE_GUIDE_NVIM || 'nvim';
const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) fail(`${nvim} is not installed (bash scripts/system-deps.sh installs Debian's neovim)`);
const server = join(root, 'dist', 'server.js');
if (!existsSync(server)) fail('dist/server.js is missing: run npm run build first');

console.log(`# ${version.stdout.split('\n')[0]}`);
const r = spawnSync(nvim, ['--headless', '--clean', '-n', '-c', `luafile ${join(here, 'check.lua')}`], {
  cwd: root,
  encoding: 'utf8',
  timeout: 120_000,
  // A private state folder: no shada, swap or log from the user's own Neovim, none left behind.
  env: {
    ...process.env,
    KUBE_GUIDE_SERVER: server,
    KUBE_GUIDE_EXAMPLES: join(root, 'examples'),
    KUBE_GUIDE_TAP: tapFile,
    KUBE_GUIDE_NODE: process.execPath,
    XDG_STATE_HOME: join(out, 'state'),
    XDG_CACHE_HOME: join(out, 'cache'),
    XDG_DATA_HOME: join(out, 'data'),
    XDG_CONFIG_HOME: join(out, 'config'),
  },
});
let tap = '';
try {
  tap = readFileSync(tapFile, 'utf8');
} catch {}
if (!/^# pass \d+$/m.test(tap)) {
  fail(`no result from check.lua (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''})\n${(r.stderr || r.stdout || '').trim()}`);
}
process.stdout.write(tap);
process.exit(r.status === 0 && /^# fail 0$/m.test(tap) ? 0 : 1);
