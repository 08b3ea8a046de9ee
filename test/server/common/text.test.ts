import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/common/text';

describe('LineIndex', () => {
  it('maps offsets to positions over LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rg';
    const li = new LineIndex(text);
    assert.equal(li.lineCount, 4);
    assert.deepEqual(li.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(li.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(li.positionAt(8), { line: 2, character: 1 });
    assert.deepEqual(li.positionAt(10), { line: 3, character: 0 });
    assert.equal(li.lineText(1), 'cd');
    assert.equal(li.lineText(2), 'ef');
  });

  it('never puts a position inside a line break or past the end', () => {
    const li = new LineIndex('ab\r\ncd');
    // Offsets 2 (\r) and 3 (\n) both clamp to the end of line 0's text.
    assert.deepEqual(li.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(li.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(li.positionAt(99), { line: 1, character: 2 });
    assert.deepEqual(li.positionAt(-5), { line: 0, character: 0 });
  });

  it('counts UTF-16 code units (Hangul, emoji) and keeps a BOM as a character', () => {
    const li = new LineIndex('\uFEFFkind: 파드 😀x');
    assert.deepEqual(li.positionAt(li.text.indexOf('x')), { line: 0, character: 12 });
    assert.equal(li.offsetAt({ line: 0, character: 1 }), 1);
  });

  it('clamps positions given to offsetAt', () => {
    const li = new LineIndex('ab\ncd\n');
    assert.equal(li.lineCount, 3);
    assert.equal(li.offsetAt({ line: 0, character: 10 }), 2);
    assert.equal(li.offsetAt({ line: 7, character: 0 }), 6);
    assert.equal(li.offsetAt({ line: 2, character: 4 }), 6);
  });

  it('checks that a range lies inside the document', () => {
    const li = new LineIndex('ab\r\ncd');
    assert.equal(li.contains({ start: { line: 0, character: 0 }, end: { line: 1, character: 2 } }), true);
    assert.equal(li.contains({ start: { line: 0, character: 3 }, end: { line: 1, character: 0 } }), false);
    assert.equal(li.contains({ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }), false);
    assert.equal(li.contains({ start: { line: 1, character: 1 }, end: { line: 1, character: 0 } }), false);
  });
});
