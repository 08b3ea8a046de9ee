// Debian's Chromium driven by playwright-core (no browser download): the flags that keep it off
// the network and quiet on this machine (../shared/E2E.md), and a fresh profile each launch.
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.KUBE_GUIDE_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser (launchPersistentContext would keep a profile; a plain launch uses a temporary one). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The text of a console message. The workbench forwards extension-host output as
 * `('%c INFO', css, text…)` or `('%c[Extension Host] %c…', css, css, …)`: drop the styling.
 */
export async function consoleText(msg) {
  const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (!args.length) return msg.text();
  const [fmt, ...rest] = args;
  if (typeof fmt !== 'string') return format(...args);
  // The workbench's own `%c` styling first, then the extension host's printf-style arguments.
  const styles = (fmt.match(/%c/g) ?? []).length;
  const [inner, ...innerArgs] = rest.slice(styles);
  const head = fmt.replace(/%c/g, '').trim();
  const body = typeof inner === 'string' ? format(inner, ...innerArgs) : format(...rest.slice(styles));
  return head ? `${head} ${body}` : body;
}
