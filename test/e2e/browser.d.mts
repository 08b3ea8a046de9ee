// Types for test/e2e/browser.mjs.
import type { Browser, ConsoleMessage } from 'playwright-core';
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function launchBrowser(): Promise<Browser>;
export declare function consoleText(msg: ConsoleMessage): Promise<string>;
