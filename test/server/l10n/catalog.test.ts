import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { format, localeFromEnv, resolveLocale, t } from '../../../server/src/l10n';
import { catalog, tables } from '../../../server/src/l10n/catalog';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has English and Korean for every message, with the same placeholders', () => {
    for (const [key, text] of Object.entries(catalog)) {
      assert.ok(text.en.trim(), `${key}: English is empty`);
      assert.ok(text.ko.trim(), `${key}: Korean is empty`);
      assert.deepEqual(placeholders(text.ko), placeholders(text.en), `${key}: placeholders differ`);
    }
  });

  it('keeps each key in one table only', () => {
    const seen = new Map<string, string>();
    for (const [table, messages] of Object.entries(tables)) {
      for (const key of Object.keys(messages)) {
        assert.ok(!seen.has(key), `${key} is in ${seen.get(key)} and ${table}`);
        seen.set(key, table);
      }
    }
  });

  it('picks Korean for ko tags and English otherwise', () => {
    assert.equal(resolveLocale('ko'), 'ko');
    assert.equal(resolveLocale('ko-KR'), 'ko');
    assert.equal(resolveLocale('ko_KR.UTF-8'), 'ko');
    assert.equal(resolveLocale('kok'), 'en');
    assert.equal(resolveLocale('en-US'), 'en');
    assert.equal(resolveLocale(undefined), 'en');
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(localeFromEnv({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }), 'ko');
    assert.equal(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'C', LANG: 'ko_KR.UTF-8' }), 'en');
    assert.equal(localeFromEnv({ LANG: 'ko_KR.UTF-8' }), 'ko');
    assert.equal(localeFromEnv({}), 'en');
  });

  it('formats named placeholders and leaves unknown ones visible', () => {
    assert.equal(format('{a} and {b}', { a: 1 }), '1 and {b}');
    assert.equal(t('ko', 'cli.unknownCommand', { command: 'x' }), 'kube-guide: 알 수 없는 명령 "x" (kube-guide --help 참고)');
  });
});
