import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service';
import { cursor, textDocument } from '../../../helpers/fixtures';

function hover(fixture: string, locale: 'en' | 'ko' = 'en') {
  const [text, offset] = cursor(fixture);
  const doc = textDocument(text);
  return getLanguageService({ locale }).doHover(doc, doc.positionAt(offset));
}

describe('hover on apiVersion and kind', () => {
  it('explains apiVersion and names the document type, over the key', () => {
    const h = hover('api|Version: apps/v1\nkind: Deployment\n');
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /^\*\*apiVersion\*\* `string`/);
    assert.match(md, /This document: `apps\/v1` `Deployment`/);
  });

  it('explains kind in Korean', () => {
    const h = hover('apiVersion: v1\nki|nd: Pod\n', 'ko');
    assert.match((h!.contents as MarkupContent).value, /REST 리소스/);
  });

  it('answers in the right document of a multi-document file', () => {
    const h = hover('apiVersion: v1\nkind: Pod\n---\napiVersion: v1\n|kind: Service\n');
    assert.match((h!.contents as MarkupContent).value, /`v1` `Service`/);
  });

  it('gives nothing on YAML that is not a manifest', () => {
    assert.equal(hover('ki|nd: Cluster\nnodes: []\n'), null);
  });
});
