import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
// The build scripts are ES modules; these tests are CommonJS (a dynamic import bridges the two).
const vsixFiles = async () => (await import('../../scripts/package.mjs')).vsixFiles();

test('the .vsix holds only the build output (dist/), grammars, data, manifest, icon and docs', async () => {
  const files = await vsixFiles();
  const unexpected = files.filter(
    (f) =>
      !(/^dist\//.test(f) && !/\.map$/.test(f)) &&
      !(/^server\/data\//.test(f) && !/\.ts$/.test(f)) &&
      !/^syntaxes\/[^/]+\.json$/.test(f) &&
      !/^images\/[^/]+\.png$/.test(f) &&
      !/^docs\/images\/[^/]+\.png$/.test(f) && // README's pictures
      !/^package(\.nls(\.[a-z-]+)?)?\.json$/.test(f) &&
      !['README.md', 'CHANGELOG.md', 'LICENSE'].includes(f),
  );
  assert.deepEqual(unexpected, [], 'files that do not belong in the .vsix');
  for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'server/data/notes/kubernetes-perfect-guide.ko.md', 'dist/webview/report.js', 'dist/webview/report.css', 'syntaxes/simulation.tmLanguage.json']) {
    assert.ok(files.includes(f), `${f} is missing from the .vsix`);
  }
});

test('every file under server/data/ is in the .vsix (the server reads some at run time)', async () => {
  const files = await vsixFiles();
  const data = (readdirSync(join(root, 'server', 'data'), { recursive: true }) as string[])
    .map((f) => `server/data/${f.split(sep).join('/')}`)
    .filter((f) => statSync(join(root, f)).isFile() && !f.endsWith('.ts')); // generated .ts is bundled
  assert.ok(data.length > 0);
  assert.deepEqual(data.filter((f) => !files.includes(f)), []);
});

test('everything the manifest points at is in the .vsix', async () => {
  const files = await vsixFiles();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const wanted = [pkg.main, pkg.icon, ...pkg.contributes.grammars.map((g: { path: string }) => g.path)];
  for (const w of wanted) assert.ok(files.includes(w.replace(/^\.\//, '')), `${w} (named in package.json) is not in the .vsix`);
});

test('every %key% of the manifest has an English and a Korean translation', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 0);
  for (const nls of ['package.nls.json', 'package.nls.ko.json']) {
    const table = JSON.parse(readFileSync(join(root, nls), 'utf8'));
    assert.deepEqual(keys.filter((k) => typeof table[k] !== 'string' || !table[k]), [], `${nls} lacks translations`);
  }
});
