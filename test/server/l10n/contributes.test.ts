/**
 * The VS Code side of the interface in both languages: every title and description that
 * package.json contributes comes from package.nls.json (English) and package.nls.ko.json (Korean).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, any>;
const pkg = read('package.json');
const en = read('package.nls.json') as Record<string, string>;
const ko = read('package.nls.ko.json') as Record<string, string>;

/** Keys whose values users read. */
const TEXT = new Set([
  'title', 'shortTitle', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions',
  'deprecationMessage', 'markdownDeprecationMessage', 'label', 'displayName', 'contextualTitle', 'name', 'category', 'placeholder',
]);
/** The product's name may stay as it is in every language. */
const NAME = 'Kube Guide';
/** Where `name`/`title` are not text (ids, paths), or text that stays the same in Korean. */
const SAME_IN_KOREAN = new Set(['displayName']);

/** Every user-facing string under `node`, with where it is. */
function texts(node: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((v, i) => texts(v, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const at = `${where}.${k}`;
      if (TEXT.has(k) && typeof v === 'string') out.push([at, v]);
      else if (TEXT.has(k) && Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((x, i) => out.push([`${at}[${i}]`, x]));
      else texts(v, at, out);
    }
  }
  return out;
}

const contributed = [
  ...texts({ displayName: pkg.displayName, description: pkg.description }, 'package'),
  ...texts(pkg.capabilities, 'capabilities'),
  ...texts(pkg.contributes, 'contributes'),
]
  // A grammar's `name`/scope and a configuration's section title are not translated text.
  .filter(([at]) => !/^contributes\.grammars/.test(at));

describe('package.json contributions in English and Korean', () => {
  it('takes every user-facing string from package.nls (%key%), but the product name', () => {
    const literal = contributed.filter(([, v]) => !/^%[\w.-]+%$/.test(v) && v !== NAME);
    assert.deepEqual(literal, []);
  });

  it('has every %key% in both package.nls.json and package.nls.ko.json', () => {
    const keys = contributed.map(([, v]) => /^%([\w.-]+)%$/.exec(v)?.[1]).filter((k): k is string => !!k);
    assert.deepEqual(keys.filter((k) => !en[k]?.trim()), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((k) => !ko[k]?.trim()), [], 'missing in package.nls.ko.json');
  });

  it('keeps the two files to the same keys, none unused', () => {
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
    const used = new Set(contributed.map(([, v]) => /^%([\w.-]+)%$/.exec(v)?.[1]));
    assert.deepEqual(Object.keys(en).filter((k) => !used.has(k)), []);
  });

  it('translates: the Korean text is Korean', () => {
    const untranslated = Object.keys(ko).filter((k) => !SAME_IN_KOREAN.has(k) && !/[\uAC00-\uD7A3]/.test(ko[k]));
    assert.deepEqual(untranslated, []);
  });

  it('registers in the client every command it contributes', () => {
    const client = readdirSync(join(root, 'client/src'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(root, 'client/src', f), 'utf8'))
      .join('\n');
    const registered = [...client.matchAll(/registerCommand\(\s*'([\w.]+)'/g)].map((m) => m[1]).sort();
    const declared = (pkg.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(declared.filter((c) => !registered.includes(c)), [], 'contributed but never registered');
  });
});
