/** The rules docs and settings never drift from the rules as data; every rule has both. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { DOCS_FILE, generated, NLS_FILES, nlsKey, PACKAGE_FILE } from '../../scripts/gen-rules';
import { ALL_RULES } from '../../server/src/service/rules/catalog';

describe('gen-rules', () => {
  it('docs/rules.md, the settings and their descriptions are current (run `npm run gen:rules` when this fails)', () => {
    for (const [file, fresh] of generated()) assert.equal(readFileSync(file, 'utf8'), fresh, `${file} is stale`);
  });

  it('every rule of every area has a docs row, a setting, and an English and Korean setting description', () => {
    const docs = readFileSync(DOCS_FILE, 'utf8') + readFileSync(join(DOCS_FILE, '..', 'dockerfile-rules.md'), 'utf8');
    const props = JSON.parse(readFileSync(PACKAGE_FILE, 'utf8')).contributes.configuration.properties['kubeGuide.rules'].properties;
    const nls = { en: JSON.parse(readFileSync(NLS_FILES.en, 'utf8')), ko: JSON.parse(readFileSync(NLS_FILES.ko, 'utf8')) };
    for (const r of ALL_RULES) {
      assert.match(docs, new RegExp(`^\\| \\[\`${r.id}\`\\]\\(https?://`, 'm'), `${r.id}: no row in docs/rules.md`);
      assert.deepEqual([...(props[r.id]?.enum ?? [])].sort(), ['error', 'hint', 'information', 'off', 'warning'], `${r.id}: no setting`);
      for (const l of ['en', 'ko'] as const) assert.ok(nls[l][nlsKey(r.id)]?.trim(), `${r.id}: no ${l} description`);
    }
  });
});
