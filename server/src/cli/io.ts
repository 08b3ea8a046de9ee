import type { Locale } from '../l10n';

/** What a CLI command may touch; tests pass an in-memory one. */
export interface CliIO {
  locale: Locale;
  cwd: string;
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
}

/** A user error: printed as one line, exit code `exitCode`, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Command {
  name: string;
  run(args: string[], io: CliIO): Promise<number>;
}
