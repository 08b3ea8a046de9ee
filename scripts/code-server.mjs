#!/usr/bin/env node
// code-server, the real VS Code that `npm start` and the end-to-end tests run (see ../shared/E2E.md
// for why each step is what it is). Everything lives in a tools folder of its own:
//   $KUBE_GUIDE_TOOLS (default <repo>/.tools)/code-server/   the pinned, locked install
// Several worktrees can share one install by pointing KUBE_GUIDE_TOOLS at the same folder.
//
//   node scripts/code-server.mjs install     installs it if missing (a stamp makes a re-run instant)
//   node scripts/code-server.mjs path        prints the executable
//
// As a module: ensureCodeServer(), startCodeServer(), installExtension(), quietSettings.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep's postinstall downloads rg from a host this machine cannot reach; it first looks
// in $TMPDIR/vscode-ripgrep-cache-<its version>/ for this tarball. Both names belong to 4.100.3.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const pinDir = join(root, 'scripts', 'code-server');

export function toolsDir() {
  return process.env.KUBE_GUIDE_TOOLS ? join(process.env.KUBE_GUIDE_TOOLS) : join(root, '.tools');
}
export function codeServerDir() {
  return join(toolsDir(), 'code-server');
}
export function codeServerBin() {
  return join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}

/** Settings that keep a fresh VS Code quiet: no trust prompt, welcome page, telemetry or updates. */
export const quietSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
};

/** Environment that keeps a code-server process (and its install) inside `dir`. */
function isolatedEnv(dir, extra = {}) {
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
    TMPDIR: join(dir, 'tmp'),
    ...extra,
  };
  for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'TMPDIR']) mkdirSync(env[k], { recursive: true });
  // A VS Code extension host inherits these; they must not point it at the outer editor.
  for (const k of Object.keys(env)) if (/^(VSCODE_|ELECTRON_RUN_AS_NODE)/.test(k)) delete env[k];
  return env;
}

function stampFor() {
  const lock = readFileSync(join(pinDir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex').slice(0, 16);
  return `code-server ${CODE_SERVER_VERSION} lock ${hash} node ${process.versions.node.split('.')[0]} ${process.platform}-${process.arch}\n`;
}

function isInstalled() {
  const dir = codeServerDir();
  try {
    return readFileSync(join(dir, '.stamp'), 'utf8') === stampFor() && existsSync(codeServerBin());
  } catch {
    return false;
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Waits until `check()` is truthy, polling every `every` ms; throws `what` at the deadline. */
export async function waitUntil(check, { timeout = 30_000, every = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Runs `fn` under an exclusive lock (a file holding our pid), so that parallel callers take turns. */
export async function withLock(path, fn, timeout = 15 * 60_000) {
  await waitUntil(
    () => {
      try {
        closeSync(openSync(path, 'wx'));
        writeFileSync(path, String(process.pid));
        return true;
      } catch (e) {
        if (e.code !== 'EEXIST') throw e;
        const holder = Number(readFileSync(path, 'utf8')) || 0;
        // A holder that died (or has not written its pid yet for a long time) leaves a stale lock.
        if (holder && !processAlive(holder)) rmSync(path, { force: true });
        return false;
      }
    },
    { timeout, every: 200, what: `the lock ${path}` },
  );
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}

function requireSystem(path, pkg) {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install the Debian package ${pkg} (bash scripts/system-deps.sh)`);
  }
}

/**
 * Installs the pinned code-server into the tools folder unless the stamp says it is there.
 * Returns the executable. `log` receives progress lines.
 */
export async function ensureCodeServer({ log = (m) => console.error(m) } = {}) {
  if (isInstalled()) return codeServerBin();
  const dir = codeServerDir();
  mkdirSync(dir, { recursive: true });
  return withLock(join(toolsDir(), '.code-server.lock'), async () => {
    if (isInstalled()) return codeServerBin(); // another process finished it while we waited
    requireSystem('/usr/bin/rg', 'ripgrep');
    requireSystem('/usr/bin/krb5-config', 'libkrb5-dev');
    const started = Date.now();
    log(`code-server: installing ${CODE_SERVER_VERSION} into ${dir} (about a minute and a half)`);
    rmSync(join(dir, '.stamp'), { force: true });
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    rmSync(join(dir, 'tmp'), { recursive: true, force: true });
    copyFileSync(join(pinDir, 'package.json'), join(dir, 'package.json'));
    copyFileSync(join(pinDir, 'package-lock.json'), join(dir, 'package-lock.json'));
    const env = isolatedEnv(dir, {
      // code-server's postinstall runs a nested `npm install` that no allow-list reaches, so this
      // pinned, locked install (and only it) runs every install script.
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_unsafe_perm: 'true', // npm runs as root here; postinstall.sh reads it
      npm_config_yes: 'true', // node-pty's build runs npx, and the user npmrc may say yes=false
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    });
    // Debian's rg, packed the way @vscode/ripgrep's cache expects, so its postinstall needs no network.
    const cache = join(env.TMPDIR, RIPGREP_CACHE);
    mkdirSync(cache, { recursive: true });
    execFileSync('tar', ['-czf', join(cache, RIPGREP_TARBALL), '-C', '/usr/bin', 'rg']);
    const logFile = join(dir, 'install.log');
    const out = openSync(logFile, 'w');
    const npm = spawn('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: dir, env, stdio: ['ignore', out, out] });
    const code = await new Promise((resolve) => npm.on('close', (c) => resolve(c ?? 1)));
    closeSync(out);
    if (code !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`code-server install failed (npm ci exited ${code}); the end of ${logFile}:\n${tail}`);
    }
    // An install script that silently did not run leaves a broken install: check what it builds.
    const rg = join(dir, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
    if (!existsSync(rg)) throw new Error(`code-server install incomplete: ${rg} is missing (see ${logFile})`);
    const said = execFileSync(codeServerBin(), ['--version'], { env, encoding: 'utf8' });
    const version = said.split('\n').find((l) => l.startsWith(`${CODE_SERVER_VERSION} `));
    if (!version) throw new Error(`code-server --version said ${JSON.stringify(said)}`);
    writeFileSync(join(dir, '.stamp'), stampFor());
    log(`code-server: installed ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return codeServerBin();
  });
}

/** A free TCP port on 127.0.0.1 (the OS picks; there is a short window before code-server binds it). */
export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', (e) => (preferred ? resolve(freePort(0)) : reject(e)));
    s.listen(preferred, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix into an extensions folder (replacing the same version). */
export async function installExtension(vsix, { stateDir, extensionsDir, userDataDir }) {
  const bin = await ensureCodeServer();
  const env = isolatedEnv(stateDir);
  execFileSync(
    bin,
    ['--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir],
    { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
}

/**
 * Starts code-server on 127.0.0.1 in a process group of its own, with everything under
 * `stateDir` (user data, extensions, config, XDG folders, TMPDIR, its log), and resolves once
 * /healthz answers. `stop()` ends the whole group.
 *
 * Options: stateDir (required), folder (opened by default), port (0 = any free one),
 * extensionsDir / userDataDir (default inside stateDir), settings (merged over quietSettings),
 * env (extra variables for the server and so for the extension host), timeout.
 */
export async function startCodeServer(opts) {
  const bin = await ensureCodeServer();
  const stateDir = opts.stateDir;
  const userDataDir = opts.userDataDir ?? join(stateDir, 'user-data');
  const extensionsDir = opts.extensionsDir ?? join(stateDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...opts.settings }, null, 2));
  const port = await freePort(opts.port ?? 0);
  const config = join(stateDir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(opts.args ?? []),
    ...(opts.folder ? [opts.folder] : []),
  ];
  const logFile = join(stateDir, 'code-server.log');
  const out = openSync(logFile, 'w');
  // detached: the child leads a new process group (setsid), so stop() can end it and every child.
  // Its IPC sockets go in TMPDIR and must stay under 107 characters: a short private folder,
  // removed on stop (the rest of its state stays in stateDir).
  const tmp = mkdtempSync(join(tmpdir(), 'kube-guide-cs-'));
  const env = isolatedEnv(stateDir, { TMPDIR: tmp, ...opts.env });
  const child = spawn(bin, args, { env, stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  // If this process ends first (a crash, Ctrl+C), the editor must not outlive it.
  const onExit = () => {
    killGroup('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(
      async () => {
        if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was ready; see ${logFile}`);
        try {
          return (await fetch(`${base}/healthz`)).ok;
        } catch {
          return false;
        }
      },
      { timeout: opts.timeout ?? 60_000, what: `code-server /healthz on ${base} (log: ${logFile})` },
    );
  } catch (e) {
    onExit();
    process.off('exit', onExit);
    throw e;
  }

  return {
    base,
    port,
    pid: child.pid,
    logFile,
    userDataDir,
    extensionsDir,
    /** The workbench URL for a folder (default: the folder it was started with). */
    url(folder = opts.folder, query = {}) {
      const q = new URLSearchParams(folder ? { folder, ...query } : query);
      return `${base}/?${q}`;
    },
    log: () => readFileSync(logFile, 'utf8'),
    exited: exit,
    /** Ends the process group: SIGTERM, then SIGKILL if it has not gone within `grace` ms. */
    async stop(grace = 5_000) {
      process.off('exit', onExit);
      if (!exited) {
        killGroup('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), grace);
        await exit;
        clearTimeout(timer);
      }
      onExit(); // children that ignored SIGTERM, and the private TMPDIR
    },
  };
}

async function main(cmd = 'install') {
  if (cmd === 'install') console.log(await ensureCodeServer({ log: (m) => console.log(m) }));
  else if (cmd === 'path') console.log(codeServerBin());
  else {
    console.error('usage: node scripts/code-server.mjs install|path');
    process.exitCode = 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
