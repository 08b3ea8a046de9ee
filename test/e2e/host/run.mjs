#!/usr/bin/env node
// The extension-host tier: bundles the mocha suite (test/e2e/suite) for the extension host, then
// runs it the @vscode/test-electron way, with runTests(). Prints TAP-style counts for test/run.mjs.
//
// Which VS Code runs it (KUBE_GUIDE_E2E_VSCODE):
//   unset        code-server, through test/e2e/host/code-server-vscode.mjs (VS Code cannot be
//                downloaded here; the pinned code-server is installed on first use)
//   download     plain runTests(): @vscode/test-electron downloads a desktop VS Code
//   <path>       that VS Code executable
// KUBE_GUIDE_E2E_GREP=<text> runs only the tests whose title matches.
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { ensureCodeServer } from '../../../scripts/code-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const suiteSrc = join(root, 'test', 'e2e', 'suite');
const suiteOut = join(root, 'out', 'e2e', 'suite');
const state = join(root, 'test-artifacts', 'e2e-host');
const reportFile = join(state, 'report.json');

async function bundleSuite() {
  rmSync(suiteOut, { recursive: true, force: true });
  const entries = readdirSync(suiteSrc).filter((n) => n === 'index.ts' || n.endsWith('.test.ts'));
  await esbuild.build({
    entryPoints: entries.map((n) => join(suiteSrc, n)),
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    // Both come from the extension host: `vscode` is the API, mocha is loaded from node_modules.
    external: ['vscode', 'mocha'],
  });
}

function tap(report, error) {
  const lines = [];
  let n = 0;
  for (const t of report?.passed ?? []) lines.push(`ok ${++n} - ${t}`);
  for (const t of report?.pending ?? []) lines.push(`ok ${++n} - ${t} # SKIP`);
  for (const f of report?.failed ?? []) {
    lines.push(`not ok ${++n} - ${f.title}`);
    lines.push(...f.error.split('\n').map((l) => `  # ${l}`));
  }
  let fail = report?.failed.length ?? 0;
  if (error && !fail) {
    // The run failed without a failing test: a setup error (no VS Code, no verdict, a crash).
    lines.push(`not ok ${++n} - extension-host run: ${error}`);
    fail = 1;
  }
  lines.push(`1..${n}`, `# pass ${report?.passed.length ?? 0}`, `# fail ${fail}`, `# skipped ${report?.pending.length ?? 0}`);
  return lines.join('\n');
}

async function main() {
  if (!existsSync(join(root, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run npm run build first');
  await bundleSuite();
  rmSync(state, { recursive: true, force: true });
  const choice = process.env.KUBE_GUIDE_E2E_VSCODE;
  let vscodeExecutablePath;
  if (!choice) {
    await ensureCodeServer({ log: (m) => console.log(`# ${m}`) });
    vscodeExecutablePath = join(here, 'code-server-vscode.mjs');
    chmodSync(vscodeExecutablePath, 0o755); // a checkout without modes (some zips) still runs it
  } else if (choice !== 'download') {
    vscodeExecutablePath = choice;
  }
  let error;
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(suiteOut, 'index.js'),
      launchArgs: [
        join(root, 'examples'),
        '--disable-extensions', // only the extension under development
        `--user-data-dir=${join(state, 'user-data')}`,
        `--extensions-dir=${join(state, 'extensions')}`,
      ],
      extensionTestsEnv: { KUBE_GUIDE_E2E_REPORT: reportFile },
    });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {}
  console.log(tap(report, error));
  return error || !report || report.failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.log(tap(undefined, e instanceof Error ? e.message : String(e)));
    process.exit(1);
  },
);
