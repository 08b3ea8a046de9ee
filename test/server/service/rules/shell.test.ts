import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programOf, splitShell } from '../../../../server/src/service/rules/shell';

const shape = (s: string) => splitShell(s).map((c) => (c.background ? `${c.words.join(' ')} &` : c.words.join(' ')));

describe('shell splitting', () => {
  for (const [script, want] of [
    ['a & b', ['a &', 'b']],
    ['a && b || c; d', ['a', 'b', 'c', 'd']],
    ['run 2>&1 | tee log &>/dev/null', ['run 2>&1', 'tee log &>/dev/null']],
    ["echo 'a & b' \"c & d\" e\\&f", ['echo a & b c & d e&f']],
    ['x=$(date & echo) y', ['x=$(date & echo) y']],
    ['# comment & no\nserver &\nwait', ['server &', 'wait']],
    ['( worker & ) ; exec web', ['worker &', 'exec web']],
    ['a |& b', ['a', 'b']],
  ] as const) {
    it(JSON.stringify(script), () => assert.deepEqual(shape(script), want));
  }

  it('records where the & is', () => {
    assert.equal(splitShell('nginx & php')[0].ampersand, 6);
  });

  it('finds the program behind assignments and wrappers', () => {
    assert.equal(programOf(['A=1', 'exec', 'nohup', 'node', 'x.js']), 'node');
    assert.equal(programOf(['env', '-i', 'python']), 'python');
    assert.equal(programOf(['A=1']), null);
  });
});
