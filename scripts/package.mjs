#!/usr/bin/env node
// `npm run package`: builds (typecheck + bundle), then packs the extension into
// kube-guide-<version>.vsix with @vscode/vsce. Offline: everything is bundled into dist/, so
// vsce needs no dependency scan (--no-dependencies); .vscodeignore decides what goes in.
//
//   node scripts/package.mjs [--no-build] [--out FILE]
//
// As a module: packageVsix({ build, out }) → the .vsix path; vsixPath(); vsixIsFresh().
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

export function vsixPath() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, `${pkg.name}-${pkg.version}.vsix`);
}

/** vsce's arguments for `package` (`ls` takes only the first: the file list is the same). */
export const vsceArgs = [
  '--no-dependencies',
  // No public repository yet: relative README links stay relative (they resolve inside the
  // installed extension in VS Code's extension view) instead of failing the pack.
  '--no-rewrite-relative-links',
  '--allow-missing-repository',
];

/** The files `vsce package` would put in the .vsix (paths relative to the project root). */
export function vsixFiles() {
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

function newestInput() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) visit(join(p, n));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ['dist', 'syntaxes', 'server/data', 'images', 'package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore']) {
    visit(join(root, p));
  }
  return newest;
}

/** True when the .vsix exists and is newer than everything that goes into it. */
export function vsixIsFresh(file = vsixPath()) {
  return existsSync(file) && statSync(file).mtimeMs >= newestInput();
}

export function packageVsix({ build = true, out = vsixPath(), quiet = false } = {}) {
  const stdio = quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit';
  if (build) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio });
  for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) {
    if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  execFileSync(process.execPath, [vsce, 'package', ...vsceArgs, '--out', out], { cwd: root, stdio });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  try {
    const file = packageVsix({ build: !args.includes('--no-build'), out: i >= 0 ? args[i + 1] : undefined });
    console.log(`package: ${file}`);
  } catch (e) {
    console.error(`package: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
