/** Runs the CLI in-process over a temporary folder of fixture files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import type { Locale } from '../../../server/src/l10n';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runIn(files: Record<string, string | Buffer>, argv: string[], locale: Locale = 'en'): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kube-guide-cli-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    let out = '';
    let err = '';
    const code = await runCli(argv, { locale, cwd: dir, env: {}, out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
