import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service';
import { cursor, dedent, textDocument } from '../../../helpers/fixtures';

const service = getLanguageService({ locale: 'en' });

describe('folding ranges', () => {
  it('folds documents, blocks, list items, block scalars and comment runs', () => {
    const text = dedent(`
      # a comment
      # and another
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: c
        labels:
          a: b
      data:
        script: |
          echo one
          echo two
      ---
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: a
            image: b
    `);
    const ranges = service.doFoldingRanges(textDocument(text)).map((r) => `${r.startLine + 1}-${r.endLine + 1}${r.kind ? ` ${r.kind}` : ''}`);
    assert.deepEqual(ranges, ['1-2 comment', '3-12', '5-8', '7-8', '9-12', '10-12', '13-19', '16-19', '17-19', '18-19']);
  });
});

describe('selection ranges', () => {
  it('grows from a value to its entry, its collections and the document', () => {
    const [text, offset] = cursor(dedent(`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: a
            image: ngi|nx
    `));
    const doc = textDocument(text);
    const [sel] = service.doSelectionRanges(doc, [doc.positionAt(offset)]);
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) chain.push(doc.getText(s.range).replace(/\n/g, '⏎'));
    assert.deepEqual(chain, [
      'nginx',
      'image: nginx',
      'name: a⏎      image: nginx',
      '- name: a⏎      image: nginx',
      'containers:⏎    - name: a⏎      image: nginx',
      'spec:⏎  containers:⏎    - name: a⏎      image: nginx',
      text.trimEnd().replace(/\n/g, '⏎'),
    ]);
  });

  it('holds a position on the empty line after the last one (`kind: APIGroup⏎|`; found by the fuzzer)', () => {
    const [text, offset] = cursor('apiVersion: v1\nkind: APIGroup\n|');
    const doc = textDocument(text);
    const [sel] = service.doSelectionRanges(doc, [doc.positionAt(offset)]);
    assert.deepEqual(sel, { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } });
  });
});
