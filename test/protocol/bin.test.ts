/** The `bin` entries of package.json, as `npm ci && npm run build` leaves them in the project root. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('bin entries', () => {
  it('names kube-guide-ls (the language server) and kube-guide (the CLI)', () => {
    assert.deepEqual(Object.keys(pkg.bin).sort(), ['kube-guide', 'kube-guide-ls']);
  });

  for (const [name, file] of Object.entries(pkg.bin)) {
    it(`${name}: ${file} is an executable node script that prints its version`, () => {
      const path = join(root, file);
      assert.match(readFileSync(path, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
      accessSync(path, constants.X_OK);
      assert.equal(execFileSync(path, ['--version'], { encoding: 'utf8' }), `${name} ${pkg.version}\n`);
      assert.equal(execFileSync(process.execPath, [path, '--version'], { encoding: 'utf8' }), `${name} ${pkg.version}\n`);
    });

    it(`${name}: runs as \`npx ${name}\` in the project root, offline`, () => {
      const out = execFileSync('npm', ['exec', '--offline', '--no', '--', name, '--version'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, npm_config_update_notifier: 'false' },
      });
      assert.equal(out, `${name} ${pkg.version}\n`);
    });
  }
});
