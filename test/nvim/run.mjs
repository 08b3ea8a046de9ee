#!/usr/bin/env node
// The Neovim tier: headless Neovim (Debian's `neovim`, 0.7+) as a second real LSP client of the
// built dist/server.js. Two runs, each printing TAP lines for test/run.mjs:
//   check.lua          starts the server itself and checks diagnostics, hover and shutdown;
//   readme-check.lua   loads README.md's Neovim snippet as init.lua, with `kube-guide-ls` on PATH,
//                      so the snippet users copy is known to work.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'test-artifacts', 'nvim');
const nvim = process.env.KUBE_GUIDE_NVIM || 'nvim';
const server = join(root, 'dist', 'server.js');
const examples = join(root, 'examples');

function fail(why) {
  console.log(`not ok 1 - neovim: ${why}\n1..1\n# pass 0\n# fail 1`);
  process.exit(1);
}

/** The first ```lua block after the "### Neovim" heading of README.md. */
function readmeSnippet() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const m = /^### Neovim$[\s\S]*?^```lua\n([\s\S]*?)^```$/m.exec(readme);
  if (!m) throw new Error('README.md has no ```lua block under "### Neovim"');
  return m[1];
}

/** Runs Neovim with a private state folder (no shada, swap or log of the user's own). */
function run(name, args, env = {}) {
  const tap = join(out, `${name}.tap`);
  rmSync(tap, { force: true });
  const r = spawnSync(nvim, ['--headless', '-n', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      KUBE_GUIDE_TAP: tap,
      KUBE_GUIDE_NVIM_DIR: here,
      KUBE_GUIDE_SERVER: server,
      KUBE_GUIDE_EXAMPLES: examples,
      KUBE_GUIDE_NODE: process.execPath,
      XDG_STATE_HOME: join(out, 'state'),
      XDG_CACHE_HOME: join(out, 'cache'),
      XDG_DATA_HOME: join(out, 'data'),
      XDG_CONFIG_HOME: join(out, 'config'),
      ...env,
    },
  });
  let text = '';
  try {
    text = readFileSync(tap, 'utf8');
  } catch {}
  if (!/^# pass \d+$/m.test(text)) {
    const why = `${name}: no result (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''}) ${(r.stderr || r.stdout || '').trim()}`;
    return { ok: false, text: `not ok 1 - ${why}\n1..1\n# pass 0\n# fail 1\n` };
  }
  return { ok: r.status === 0 && /^# fail 0$/m.test(text), text };
}

mkdirSync(out, { recursive: true });
const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) fail(`${nvim} is not installed (bash scripts/system-deps.sh installs Debian's neovim)`);
if (!existsSync(server)) fail('dist/server.js is missing: run npm run build first');
console.log(`# ${version.stdout.split('\n')[0]}`);

const direct = run('check', ['--clean', '-c', `luafile ${join(here, 'check.lua')}`]);
process.stdout.write(direct.text);

// README's snippet, as a user would have it: init.lua, and kube-guide-ls on PATH (as `npm link` does).
const bin = join(out, 'bin');
rmSync(bin, { recursive: true, force: true });
mkdirSync(bin, { recursive: true });
symlinkSync(server, join(bin, 'kube-guide-ls'));
const init = join(out, 'init.lua');
let readme;
try {
  writeFileSync(init, readmeSnippet());
  readme = run('readme', ['-u', init, '-c', `luafile ${join(here, 'readme-check.lua')}`, join(examples, 'broken.yaml')], {
    PATH: `${bin}${delimiter}${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
  });
} catch (e) {
  readme = { ok: false, text: `not ok 1 - ${e.message}\n1..1\n# pass 0\n# fail 1\n` };
}
process.stdout.write(readme.text);
process.exit(direct.ok && readme.ok ? 0 : 1);
