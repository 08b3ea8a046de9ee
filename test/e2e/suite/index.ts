/**
 * The extension-host test entry point (`--extensionTestsPath`), as @vscode/test-electron expects:
 * `run()` runs every `*.test.js` beside it with mocha inside the extension host and rejects when
 * a test fails. It also writes a JSON report when KUBE_GUIDE_E2E_REPORT names a file, so the
 * runner can count results whichever VS Code ran them (code-server here, desktop elsewhere).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

// In code-server the extension host's console reaches the runner through the browser, mixed with
// the workbench's own log: a tag (asked for by the runner) lets it pick out the test report.
const TAG = process.env.KUBE_GUIDE_E2E_CONSOLE_TAG;
if (TAG) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(`${TAG}${format(...args)}`);

export interface E2EReport {
  passed: string[];
  failed: { title: string; error: string }[];
  pending: string[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.KUBE_GUIDE_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  const report: E2EReport = { passed: [], failed: [], pending: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.KUBE_GUIDE_E2E_REPORT;
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(report, null, 2));
      }
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => report.passed.push(t.fullTitle()));
    runner.on('pending', (t) => report.pending.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => report.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
  });
}
