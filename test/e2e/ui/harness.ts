/**
 * The UI test harness: a real VS Code (code-server) with the packaged extension installed, on a
 * workspace, driven through Debian's Chromium by Playwright, as a user would drive it.
 *
 *   const editor = await Editor.start({ name: 'hover' });   // test-artifacts/ui/hover/…
 *   await editor.openFile('web.yaml');
 *   const text = await editor.hoverText('kind', { line: 'kind: Deployment', contains: 'REST resource' });
 *   await editor.runCommand('Kube Guide: Restart Language Server');
 *   const rows = await editor.waitForProblem((p) => p.source === 'Kube Guide');
 *   await editor.screenshot('problems');
 *   await editor.close();
 *
 * Every wait is for a condition with a deadline (selectors, or a polled check); none is a sleep.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import type { CodeServer } from '../../../scripts/code-server.mjs' with { 'resolution-mode': 'import' };

export const root = join(__dirname, '..', '..', '..');
export const examples = join(root, 'examples');
export const artifacts = join(root, 'test-artifacts', 'ui');

// The tooling is ES modules; this file is CommonJS (dynamic imports bridge the two).
const tools = () => import('../../../scripts/code-server.mjs');
const packaging = () => import('../../../scripts/package.mjs');
const browsers = () => import('../browser.mjs');

export interface EditorOptions {
  /** Names the artifacts folder (test-artifacts/ui/<name>/): screenshots, code-server and browser logs. */
  name: string;
  /** The folder to open (default: the bundled examples/). */
  workspace?: string;
  /** User settings on top of the quiet defaults (e.g. `{ 'kubeGuide.hover.notes': false }`). */
  settings?: Record<string, unknown>;
  /** A .vsix to install (default: the project's, packaged from dist/ when missing or stale). */
  vsix?: string;
  /** Extra environment for code-server and so for the extension host and the language server. */
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
}

/** A row of the Problems panel. */
export interface Problem {
  /** The absolute path of the file it belongs to. */
  file: string;
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  /** The diagnostic's source and code, e.g. `Kube Guide` and `yaml/MISSING_CHAR`. */
  source: string;
  code: string;
  /** 1-based, as the panel shows them. */
  line: number;
  column: number;
  /** The whole row as a screen reader reads it. */
  label: string;
}

interface RawRow {
  index: number;
  level: number;
  label: string;
  file: string;
  message: string;
  source: string;
  code: string;
  lineCol: string;
  icon: string;
}

export interface WaitOptions {
  timeout?: number;
}

const DEFAULT_TIMEOUT = 30_000;

/** The .vsix for UI tests: the project's own, packaged once (under a lock) when missing or stale. */
export async function projectVsix(): Promise<string> {
  const { vsixIsFresh, vsixPath, packageVsix } = await packaging();
  const { withLock } = await tools();
  if (vsixIsFresh()) return vsixPath();
  mkdirSync(artifacts, { recursive: true });
  return withLock(join(artifacts, '.package.lock'), () => (vsixIsFresh() ? vsixPath() : packageVsix({ build: false, quiet: true })), 120_000);
}

export class Editor {
  /** Every alert, confirm or prompt the page opened (each dismissed): a script from a manifest that ran. */
  readonly dialogs: string[] = [];

  private constructor(
    readonly page: Page,
    readonly browser: Browser,
    readonly server: CodeServer,
    readonly dir: string,
    readonly workspace: string,
  ) {}

  /** Installs the extension into a fresh code-server, starts it, and opens the workbench on the workspace. */
  static async start(options: EditorOptions): Promise<Editor> {
    const { ensureCodeServer, installExtension, startCodeServer } = await tools();
    const { launchBrowser, consoleText } = await browsers();
    const dir = join(artifacts, options.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await ensureCodeServer();
    const dirs = { stateDir: join(dir, 'code-server'), userDataDir: join(dir, 'code-server', 'user-data'), extensionsDir: join(dir, 'code-server', 'extensions') };
    mkdirSync(dirs.extensionsDir, { recursive: true });
    await installExtension(options.vsix ?? (await projectVsix()), dirs);
    const workspace = options.workspace ?? examples;
    const server = await startCodeServer({ ...dirs, folder: workspace, settings: options.settings, env: options.env });
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
      const consoleLog = join(dir, 'browser-console.log');
      page.on('console', (m) => {
        void consoleText(m).then((t) => appendFileSync(consoleLog, `[${m.type()}] ${t}\n`), () => {});
      });
      page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e.message}\n`));
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      const editor = new Editor(page, browser, server, dir, workspace);
      page.on('dialog', (d) => {
        editor.dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(server.url(workspace));
      await editor.ready();
      return editor;
    } catch (e) {
      await browser?.close().catch(() => {});
      await server.stop();
      throw e;
    }
  }

  /** The workbench is up and the workspace folder is listed in the explorer. */
  private async ready(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** The editor of the active editor group. */
  get activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor shows text. */
  async openFile(relativePath: string, options: WaitOptions = {}): Promise<void> {
    const name = relativePath.split('/').pop()!;
    // Enter takes the focused row: wait until the filtered list has focused the file itself (the
    // history shown before the filter applies lists the current file first).
    const row = this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name });
    // A webview that takes focus back (a report being revealed) closes the quick input under us:
    // open it again rather than wait on a hidden one.
    for (let attempt = 1; ; attempt++) {
      const input = await this.quickInput('Control+P', options);
      try {
        await input.fill(relativePath, { timeout: 5_000 });
        await row.waitFor({ state: 'visible', timeout: attempt < 3 ? 10_000 : options.timeout });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
    await this.page.keyboard.press('Enter');
    await this.page
      .locator('.editor-group-container.active .tab.active', { hasText: name })
      .waitFor({ state: 'visible', timeout: options.timeout });
    await this.activeEditor.locator('.view-line').first().waitFor({ state: 'visible', timeout: options.timeout });
  }

  /**
   * Moves the mouse onto `word` in the active editor and returns the hover's text. With `line`,
   * the word is looked for on the first visible line containing that text; with `contains`, waits
   * until the hover says it (the server may still be starting: the mouse leaves and comes back).
   */
  async hoverText(word: string, options: { line?: string; contains?: string } & WaitOptions = {}): Promise<string> {
    const { waitUntil } = await tools();
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    let last = '';
    return waitUntil(
      async () => {
        const at = await this.wordCenter(word, options.line);
        await this.page.mouse.move(at.x, at.y + 200); // away, so a hover that is up goes and comes back
        await this.page.mouse.move(at.x, at.y, { steps: 4 });
        try {
          await hover.waitFor({ state: 'visible', timeout: 3_000 });
        } catch {
          return undefined;
        }
        const ok = await waitUntilQuiet(async () => {
          last = (await hover.innerText()).trim();
          return last && !/^Loading/.test(last) && (!options.contains || last.includes(options.contains));
        }, 2_000);
        return ok ? last : undefined;
      },
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, every: 100, what: `a hover on ${JSON.stringify(word)}${options.contains ? ` saying ${JSON.stringify(options.contains)}` : ''} (last: ${JSON.stringify(last)})` },
    );
  }

  /** The screen coordinates of the middle of `word` in the active editor's visible lines. */
  async wordCenter(word: string, line?: string): Promise<{ x: number; y: number }> {
    // Page functions must not declare named helpers: tsx (esbuild keepNames) would wrap them in a
    // `__name` call that does not exist in the page.
    const box = await this.activeEditor.evaluate(
      (el, { word, line }) => {
        const lines = [...el.querySelectorAll<HTMLElement>('.view-lines .view-line')].sort(
          (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
        );
        for (const l of lines) {
          const text = (l.textContent ?? '').replace(/\u00a0/g, ' ');
          if (line !== undefined && !text.includes(line)) continue;
          const start = text.indexOf(word);
          if (start < 0) continue;
          // Map the character offsets onto the line's text nodes and measure that range.
          const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let seen = 0;
          let begun = false;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = n.textContent!.length;
            if (!begun && start < seen + len) {
              range.setStart(n, start - seen);
              begun = true;
            }
            if (begun && start + word.length <= seen + len) {
              range.setEnd(n, start + word.length - seen);
              const r = range.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            }
            seen += len;
          }
        }
        return null;
      },
      { word, line },
    );
    if (!box) throw new Error(`${JSON.stringify(word)}${line ? ` on a line with ${JSON.stringify(line)}` : ''} is not on screen`);
    return box;
  }

  /**
   * Opens the quick input with its key. A focused native control (the Output view's channel
   * picker, say) swallows the key, so focus returns to the workbench and the key is pressed again
   * until the input shows.
   */
  private async quickInput(key: string, options: WaitOptions): Promise<Locator> {
    const input = this.page.locator('.quick-input-widget input');
    const { waitUntil } = await tools();
    await waitUntil(
      async () => {
        await this.page.keyboard.press('Escape');
        // Focus inside a webview (an iframe) keeps the workbench's keys from it: take it back to
        // the first text editor (or just out of the frame).
        await this.page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          const editor = active?.tagName === 'IFRAME' ? document.querySelector<HTMLElement>('.editor-group-container .monaco-editor textarea') : null;
          if (editor) editor.focus();
          else active?.blur();
        });
        await this.page.keyboard.press(key);
        try {
          await input.waitFor({ state: 'visible', timeout: 2_000 });
          return true;
        } catch {
          return false;
        }
      },
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, what: `the quick input (${key})` },
    );
    return input;
  }

  /** Runs a command by its title from the Command Palette (Ctrl+Shift+P). */
  async runCommand(title: string, options: WaitOptions = {}): Promise<void> {
    const input = await this.quickInput('Control+Shift+P', options);
    await input.fill(`>${title}`);
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused .quick-input-list-label');
    const { waitUntil } = await tools();
    await waitUntil(async () => (await focused.count()) > 0 && normalize(await focused.first().innerText()).startsWith(title), {
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      what: `the command ${JSON.stringify(title)} in the Command Palette`,
    });
    await this.page.keyboard.press('Enter');
    // The palette closes; a command may open a quick pick of its own at once (no `>` in it).
    await waitUntil(async () => !(await input.isVisible()) || !(await input.inputValue()).startsWith('>'), {
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      what: `the Command Palette to close after ${JSON.stringify(title)}`,
    });
  }

  /**
   * Picks an item of the quick pick that is showing (or about to show): types `filter` (default:
   * the label) and presses Enter once the focused row is the one whose label starts with `label`.
   */
  async pickQuickItem(label: string, options: { filter?: string } & WaitOptions = {}): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: options.timeout });
    const filter = options.filter ?? label;
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused .quick-input-list-label');
    const { waitUntil } = await tools();
    await waitUntil(async () => {
      // A quick pick that replaced the previous one starts empty: type the filter again.
      if ((await input.inputValue()) !== filter) await input.fill(filter);
      return (await focused.count()) > 0 && normalize(await focused.first().innerText()).startsWith(label);
    }, {
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      what: `the item ${JSON.stringify(label)} in the quick pick`,
    });
    await this.page.keyboard.press('Enter');
  }

  /**
   * The frame of the webview whose page has `selector` (webviews are an iframe in an iframe, and
   * a page that is rebuilt gets a new inner frame): waits until one has it, with `contains` in it.
   */
  async webviewFrame(selector: string, options: { contains?: string } & WaitOptions = {}): Promise<Frame> {
    const { waitUntil } = await tools();
    return waitUntil(
      async () => {
        for (const frame of this.page.frames()) {
          if (frame === this.page.mainFrame()) continue;
          const found = await frame
            .evaluate(([sel, text]) => {
              const el = document.querySelector(sel);
              return !!el && (!text || (el.textContent ?? '').includes(text));
            }, [selector, options.contains ?? ''] as const)
            .catch(() => false);
          if (found) return frame;
        }
        return undefined;
      },
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, every: 100, what: `a webview with ${selector}${options.contains ? ` saying ${JSON.stringify(options.contains)}` : ''}` },
    );
  }

  /** Opens the Problems panel and reads every row (the list draws only what is on screen: it scrolls). */
  async problems(): Promise<Problem[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible' });
    }
    const scroller = panel.locator('.monaco-list .monaco-scrollable-element').first();
    const rows = new Map<number, RawRow>();
    await scroller.evaluate((s) => (s.scrollTop = 0)).catch(() => {});
    for (let guard = 0; guard < 1000; guard++) {
      const seen: RawRow[] = await panel.evaluate((p) =>
        [...p.querySelectorAll<HTMLElement>('.monaco-list-row')].map((r) => ({
          index: Number(r.dataset.index),
          level: Number(r.getAttribute('aria-level')),
          label: r.getAttribute('aria-label') ?? '',
          file: r.querySelector('.monaco-icon-label.file-icon')?.getAttribute('aria-label') ?? '',
          message: r.querySelector('.marker-message')?.textContent ?? '',
          source: r.querySelector('.marker-source')?.textContent ?? '',
          code: r.querySelector('.marker-code')?.textContent ?? '',
          lineCol: r.querySelector('.marker-line')?.textContent ?? '',
          icon: r.querySelector('.marker-icon')?.className ?? '',
        })),
      );
      let added = false;
      for (const r of seen) {
        if (!rows.has(r.index)) {
          rows.set(r.index, r);
          added = true;
        }
      }
      const atEnd = await scroller.evaluate((s) => s.scrollTop + s.clientHeight >= s.scrollHeight - 1).catch(() => true);
      if (atEnd && !added) break;
      await scroller.hover();
      await this.page.mouse.wheel(0, 60); // a few rows at a time, so none is skipped
    }
    const out: Problem[] = [];
    let file = '';
    for (const [, r] of [...rows.entries()].sort((a, b) => a[0] - b[0])) {
      if (r.file) file = r.file;
      if (!r.message) continue;
      const m = /Ln (\d+), Col (\d+)/.exec(r.lineCol);
      out.push({
        file,
        severity: /\berror\b/.test(r.icon) ? 'error' : /\bwarning\b/.test(r.icon) ? 'warning' : /\binfo\b/.test(r.icon) ? 'info' : 'unknown',
        message: normalize(r.message),
        source: normalize(r.source),
        code: normalize(r.code),
        line: m ? Number(m[1]) : 0,
        column: m ? Number(m[2]) : 0,
        label: normalize(r.label),
      });
    }
    return out;
  }

  /** Waits until the Problems panel has a row that satisfies `accept`, and returns it. */
  async waitForProblem(accept: (p: Problem) => boolean, options: WaitOptions = {}): Promise<Problem> {
    const { waitUntil } = await tools();
    let last: Problem[] = [];
    return waitUntil(
      async () => {
        last = await this.problems();
        return last.find(accept);
      },
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, every: 200, what: `a matching row in the Problems panel (rows: ${JSON.stringify(last)})` },
    );
  }

  /**
   * The text of an Output channel (opening the Output view and picking the channel as needed).
   * With `contains`, waits until the channel says it. Only the lines on screen are drawn.
   */
  async outputText(channel: string, options: { contains?: string } & WaitOptions = {}): Promise<string> {
    const view = this.page.locator('.part.panel .output-view');
    if (!(await view.isVisible())) await this.runCommand('Output: Focus on Output View');
    await view.waitFor({ state: 'visible' });
    const select = this.page.locator('.part.panel .monaco-select-box').first();
    if ((await select.inputValue()) !== channel) await select.selectOption({ label: channel });
    const { waitUntil } = await tools();
    let last = '';
    return waitUntil(
      async () => {
        if ((await select.inputValue()) !== channel) return undefined;
        last = await view.locator('.monaco-editor').first().evaluate((el) =>
          [...el.querySelectorAll<HTMLElement>('.view-lines .view-line')]
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
            .join('\n'),
        );
        return !options.contains || last.includes(options.contains) ? last : undefined;
      },
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, what: `the ${channel} output${options.contains ? ` to say ${JSON.stringify(options.contains)}` : ''} (last: ${JSON.stringify(last)})` },
    );
  }

  /** The text of the first notification toast that contains `contains` (waits for it to show). */
  async notification(contains: string, options: WaitOptions = {}): Promise<string> {
    const { waitUntil } = await tools();
    return waitUntil(
      async () => {
        const texts = await this.page.locator('.notifications-toasts .notification-toast .notification-list-item-message').allInnerTexts();
        return texts.find((t) => t.includes(contains));
      },
      { timeout: options.timeout ?? DEFAULT_TIMEOUT, what: `a notification saying ${JSON.stringify(contains)}` },
    );
  }

  /**
   * The PIDs of the processes this code-server started whose command line contains `needle`
   * (the language server: `dist/server.js` under this editor's extensions folder).
   */
  processes(needle: string): number[] {
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
        if (cmdline.includes(this.dir) && cmdline.includes(needle)) pids.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
    return pids;
  }

  /** Runs `fn`; when it throws, saves FAILED-<name>.png first, so a failure leaves a picture. */
  async capture<T>(name: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      await this.screenshot(`FAILED-${name}`).catch(() => {});
      throw e;
    }
  }

  /** Saves a full-window screenshot as test-artifacts/ui/<name>/<file>.png and returns its path. */
  async screenshot(file: string): Promise<string> {
    const path = join(this.dir, `${file}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Closes the browser and ends code-server's process group. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.server.stop();
  }
}

function normalize(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Polls `check` until it is truthy or `timeout` ms pass; resolves with the last result (no throw). */
async function waitUntilQuiet(check: () => Promise<unknown>, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
