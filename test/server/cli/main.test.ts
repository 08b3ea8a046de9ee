import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../../server/src/cli/main';
import type { Locale } from '../../../server/src/l10n';

async function run(argv: string[], locale: Locale = 'en') {
  let out = '';
  let err = '';
  const code = await runCli(argv, { locale, cwd: '/', env: {}, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('kube-guide CLI', () => {
  it('prints help and version', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: kube-guide <command>/);
    const version = await run(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.out, /^kube-guide \d+\.\d+\.\d+/);
  });

  it('rejects an unknown command or option with one line and exit 2', async () => {
    for (const argv of [['frobnicate'], ['--frobnicate'], []]) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err.trim().split('\n').length, 1);
    }
  });

  it('speaks Korean', async () => {
    const r = await run(['--help'], 'ko');
    assert.match(r.out, /^사용법: kube-guide/);
  });
});
