/**
 * The resource snippets' exact text (snippet syntax, placeholders unresolved), so that the shared
 * pieces they are built from cannot change a snippet unnoticed. Completion tests check that each
 * one validates clean.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SNIPPETS } from '../../../../server/src/service/k8s/snippets';
import { golden } from '../../../helpers/golden';

describe('resource snippets', () => {
  it('keep their exact text', () => {
    const text = SNIPPETS.map((s) => `=== ${s.kind} (${s.apiVersion})\n${s.body}\n`).join('\n');
    golden(join(__dirname, 'golden', 'snippets.golden'), text);
  });

  it('have one snippet per kind, and the apiVersion and kind the body starts with', () => {
    assert.equal(new Set(SNIPPETS.map((s) => s.kind)).size, SNIPPETS.length);
    for (const s of SNIPPETS) assert.ok(s.body.startsWith(`apiVersion: ${s.apiVersion}\nkind: ${s.kind}\n`), s.kind);
  });
});
