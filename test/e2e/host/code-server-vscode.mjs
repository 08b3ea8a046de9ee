#!/usr/bin/env node
// A stand-in for the VS Code executable that @vscode/test-electron's runTests() launches
// (`vscodeExecutablePath`): it takes the same arguments, runs the extension tests in code-server
// in headless Chromium, and exits with their verdict.
//
// code-server refuses --extensionDevelopmentPath on its command line, but its workbench page reads
// them from the `payload` query parameter as vscode-remote:// URIs; when the tests finish the page
// calls window.codeAutomationExit(code). The extension host's console reaches the browser console;
// the suite's report is copied to stdout (everything with KUBE_GUIDE_E2E_VERBOSE=1).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startCodeServer } from '../../../scripts/code-server.mjs';
import { consoleText, launchBrowser } from '../browser.mjs';

const TIMEOUT = Number(process.env.KUBE_GUIDE_E2E_TIMEOUT_MS ?? 10 * 60_000);
// VS Code's own flags that have no meaning for code-server in a browser.
const IGNORED = /^--(no-sandbox|disable-gpu-sandbox|disable-updates|skip-welcome|skip-release-notes|disable-workspace-trust|disable-extensions|disable-extension(=.*)?|disable-gpu|verbose|logExtensionHostCommunication|new-window|wait)$/;

function parse(argv) {
  const o = { dev: [], tests: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined, ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') o.dev.push(resolve(value()));
    else if (flag === '--extensionTestsPath') o.tests = resolve(value());
    else if (flag === '--user-data-dir') o.userDataDir = resolve(value());
    else if (flag === '--extensions-dir') o.extensionsDir = resolve(value());
    else if (!a.startsWith('-') && !o.folder) o.folder = resolve(a);
    else o.ignored.push(a);
  }
  return o;
}

async function main() {
  const o = parse(process.argv.slice(2));
  if (!o.tests || !o.dev.length) throw new Error('needs --extensionTestsPath and --extensionDevelopmentPath (as runTests passes them)');
  const unknown = o.ignored.filter((a) => !IGNORED.test(a));
  if (unknown.length) console.error(`code-server-vscode: ignoring ${unknown.join(' ')}`);
  // runTests passes profile folders (default: .vscode-test/); the rest of code-server's state goes beside them.
  const userDataDir = o.userDataDir ?? resolve('.vscode-test/user-data');
  const extensionsDir = o.extensionsDir ?? resolve('.vscode-test/extensions');
  const stateDir = join(dirname(userDataDir), 'code-server');
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });

  const verbose = process.env.KUBE_GUIDE_E2E_VERBOSE === '1';
  const TAG = '[kube-guide-e2e] ';
  const editor = await startCodeServer({ stateDir, userDataDir, extensionsDir, folder: o.folder, env: { KUBE_GUIDE_E2E_CONSOLE_TAG: TAG } });
  let browser;
  let code = 1;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const verdict = new Promise((resolveVerdict) => {
      void page.exposeFunction('codeAutomationExit', (c) => resolveVerdict(Number(c)));
    });
    page.on('console', async (msg) => {
      const text = await consoleText(msg).catch(() => msg.text());
      // The suite's report arrives tagged (see test/e2e/suite/index.ts); the rest is the workbench's log.
      const i = text.indexOf(TAG);
      if (i >= 0) process.stdout.write(`${text.slice(i + TAG.length)}\n`);
      else if (verbose) process.stdout.write(`${text}\n`);
    });
    page.on('pageerror', (e) => verbose && console.error(`page error: ${e.message}`));
    const remote = (p) => `vscode-remote://127.0.0.1:${editor.port}${p}`;
    const payload = [...o.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['extensionTestsPath', remote(o.tests)]];
    await page.goto(editor.url(o.folder, { payload: JSON.stringify(payload) }));
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no verdict from the extension tests within ${TIMEOUT} ms`)), TIMEOUT);
    });
    const died = editor.exited.then((e) => {
      throw new Error(`code-server exited (${e.code ?? e.signal}) during the tests; see ${editor.logFile}`);
    });
    try {
      code = await Promise.race([verdict, timeout, died]);
    } finally {
      clearTimeout(timer);
      await page.screenshot({ path: join(stateDir, 'last.png') }).catch(() => {});
    }
  } finally {
    await browser?.close().catch(() => {});
    await editor.stop();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`code-server-vscode: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
