import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexShell, programChain, programIndex } from '../../../../server/src/service/dockerfile/shell';

const commands = (text: string, escape: string | null = '\\') =>
  lexShell(text, 0, text.length, escape).commands.map((c) => [c.words.map((w) => w.value).join(' '), c.terminator, c.subshell]);

describe('shell lexer', () => {
  it('splits commands on operators and keeps word offsets', () => {
    const text = 'apt-get update && apt-get install -y curl; ls | wc -l & wait';
    const s = lexShell(text, 0, text.length, '\\');
    assert.deepEqual(commands(text), [
      ['apt-get update', '&&', false],
      ['apt-get install -y curl', ';', false],
      ['ls', '|', false],
      ['wc -l', '&', false],
      ['wait', '', false],
    ]);
    const w = s.commands[1].words[2];
    assert.equal(text.slice(w.start, w.end), '-y');
  });

  it('removes quotes, keeps expansions, and marks what needs a shell', () => {
    const text = `echo "a & b" 'c d' $HOME \${X:-y} $(date +%s) e\\ f`;
    assert.deepEqual(commands(text), [['echo a & b c d $HOME ${X:-y} $(date +%s) e f', '', false]]);
    assert.equal(lexShell(text, 0, text.length, '\\').needsShell, true);
    assert.equal(lexShell('node "server.js" --port 80', 0, 26, '\\').needsShell, false);
  });

  it('joins Dockerfile continuations and drops comment lines inside them', () => {
    assert.deepEqual(commands('a \\\n  # note\n  b && \\\n c'), [['a b', '&&', false], ['c', '', false]]);
    assert.deepEqual(commands('a `\n b', '`'), [['a b', '', false]]);
  });

  it('reads newlines as separators in heredoc scripts', () => {
    assert.deepEqual(commands('set -e\napt-get update\n', null), [['set -e', '\n', false], ['apt-get update', '\n', false]]);
  });

  it('keeps redirections out of the arguments and does not read 2>&1 as background', () => {
    assert.deepEqual(commands('cmd 2>&1 >/dev/null < in &> all'), [['cmd', '', false]]);
  });

  it('marks subshells', () => {
    assert.deepEqual(commands('(cd a && make) && ls'), [['cd a', '&&', true], ['make', ')', true], ['ls', '', false]]);
  });

  it('finds the program behind assignments, keywords and wrappers', () => {
    const words = lexShell('DEBIAN_FRONTEND=x sudo -u app env -i nice -n 5 apt-get install', 0, 63, '\\').commands[0].words;
    assert.equal(words[programIndex(words)].value, 'apt-get');
    assert.deepEqual(programChain(words).map((i) => words[i].value), ['sudo', 'env', 'nice', 'apt-get']);
    const gosu = lexShell('gosu app node a.js', 0, 18, '\\').commands[0].words;
    assert.equal(gosu[programIndex(gosu)].value, 'node');
    const ifs = lexShell('if true; then make; fi', 0, 22, '\\').commands.map((c) => c.words[programIndex(c.words)]?.value);
    assert.deepEqual(ifs, ['true', 'make', undefined]);
  });

  it('never fails on unterminated quotes and expansions', () => {
    assert.deepEqual(commands('echo "abc'), [['echo abc', '', false]]);
    assert.deepEqual(commands("echo 'x $(y"), [['echo x $(y', '', false]]);
  });
});
