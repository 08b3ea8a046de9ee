// Types for scripts/code-server.mjs (used by the end-to-end harness and runners).
export declare const root: string;
export declare const CODE_SERVER_VERSION: string;
export declare const quietSettings: Record<string, unknown>;
export declare function toolsDir(): string;
export declare function codeServerDir(): string;
export declare function codeServerBin(): string;
export declare function waitUntil<T>(
  check: () => T | Promise<T>,
  options?: { timeout?: number; every?: number; what?: string },
): Promise<NonNullable<T>>;
export declare function withLock<T>(path: string, fn: () => T | Promise<T>, timeout?: number): Promise<T>;
export declare function ensureCodeServer(options?: { log?: (line: string) => void }): Promise<string>;
export declare function freePort(preferred?: number): Promise<number>;
export declare function installExtension(
  vsix: string,
  dirs: { stateDir: string; extensionsDir: string; userDataDir: string },
): Promise<void>;

export interface CodeServerOptions {
  /** Everything of this instance lives here: user data, extensions, config, XDG folders, TMPDIR, its log. */
  stateDir: string;
  /** The folder the workbench opens by default. */
  folder?: string;
  /** 0 (default): any free port; otherwise this one if free. */
  port?: number;
  userDataDir?: string;
  extensionsDir?: string;
  /** User settings, merged over quietSettings. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server (and so for the extension host). */
  env?: Record<string, string>;
  /** Extra command-line arguments. */
  args?: string[];
  /** How long to wait for /healthz (ms). */
  timeout?: number;
}

export interface CodeServer {
  base: string;
  port: number;
  pid: number;
  logFile: string;
  userDataDir: string;
  extensionsDir: string;
  url(folder?: string, query?: Record<string, string>): string;
  log(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(grace?: number): Promise<void>;
}

export declare function startCodeServer(options: CodeServerOptions): Promise<CodeServer>;
