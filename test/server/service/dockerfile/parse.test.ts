import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFile, reparseFile, type ParsedFile } from '../../../../server/src/service/dockerfile/parse';

const slice = (f: ParsedFile) => f.units.map((u) => [f.text.slice(u.start, u.start + u.length), u.instruction?.keyword ?? 'comment']);

describe('Dockerfile parser layer', () => {
  it('splits a file into instruction and comment units with their text', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS b\n\n# note\nRUN echo a \\\n  # inside\n  b\nRUN <<EOF\nx\nEOF\nCMD ["a"]';
    const f = parseFile(text);
    assert.deepEqual(f.directives.map((d) => [d.name, d.value]), [['syntax', 'docker/dockerfile:1']]);
    assert.deepEqual(slice(f), [
      ['FROM alpine:3.20 AS b', 'FROM'],
      ['# note', 'comment'],
      ['RUN echo a \\\n  # inside\n  b', 'RUN'],
      ['RUN <<EOF\nx\nEOF', 'RUN'],
      ['CMD ["a"]', 'CMD'],
    ]);
  });

  it('reads a heredoc opener with a blank before its word (dockerfile-utils#130)', () => {
    const f = parseFile("FROM alpine:3.20\nRUN cat << 'EOF' > /f\nhello\nworld\nEOF\nUSER app\n");
    assert.deepEqual(slice(f), [
      ['FROM alpine:3.20', 'FROM'],
      ["RUN cat << 'EOF' > /f\nhello\nworld\nEOF", 'RUN'],
      ['USER app', 'USER'],
    ]);
    assert.deepEqual(f.units[1].instruction!.heredocs.map((h) => h.name), ['EOF']);
    assert.deepEqual(f.units.flatMap((u) => u.problems), []);
  });

  it('honours the escape directive and a BOM', () => {
    const f = parseFile('\uFEFF# escape=`\nFROM alpine:3.20\nRUN echo a `\n  b\n');
    assert.equal(f.escape, '`');
    assert.deepEqual(slice(f), [
      ['FROM alpine:3.20', 'FROM'],
      ['RUN echo a `\n  b', 'RUN'],
    ]);
    const g = parseFile('\uFEFFFROM alpine:3.20\n');
    assert.deepEqual(g.units.map((u) => u.instruction?.keyword), ['FROM']);
    assert.deepEqual(g.units.flatMap((u) => u.problems), []);
  });

  it('keeps the blanks of exec-form strings (dockerfile-ast drops them)', () => {
    const f = parseFile('CMD ["sh", "-c", "a & b"]\n');
    assert.deepEqual(f.units[0].instruction!.json!.map((w) => w.value), ['sh', '-c', 'a & b']);
  });

  it('reparses only around an edit and shifts the rest', () => {
    const text = 'FROM alpine:3.20\nRUN a\nRUN b\nRUN c\n';
    const f = parseFile(text);
    const g = reparseFile(f, text.replace('RUN b', 'RUN bb'));
    assert.equal(g.units[0], f.units[0], 'the unit before the edit is reused as is');
    assert.equal(g.units[3].start, f.units[3].start + 1);
  });

  const lines = [
    'FROM alpine:3.20 AS build',
    'FROM golang:1.23',
    'RUN apt-get update && apt-get install -y curl',
    'RUN echo a \\',
    '  b',
    '# a comment',
    '# check=skip=all',
    'RUN <<EOF',
    "RUN cat << 'EOF' > /f",
    'RUN cat <<-EOT',
    'EOF',
    '\tEOT',
    'hello world',
    '',
    'COPY --from=build /a /b',
    'CMD ["sh", "-c", "a & b"]',
    'ENV A=1 B="two words"',
    'LABEL a',
    'ONBUILD RUN echo',
    'EXPOSE 80/tcp',
    '  ',
    'WORKDIR app',
  ];
  const file = fc.array(fc.constantFrom(...lines), { maxLength: 14 }).map((ls) => ls.join('\n'));
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom('\n', '\\\n', '<<EOF', 'EOF\n', '#', ' ', 'RUN x\n', '"', "'", '\r\n', ''), fc.string({ maxLength: 4 })) });

  it('gives what a whole parse gives after any sequence of edits', () => {
    fc.assert(
      fc.property(file, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let prev = parseFile(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
          const incremental = reparseFile(prev, text);
          const whole = parseFile(text);
          assert.deepEqual(incremental, whole);
          prev = incremental;
        }
      }),
      { seed: 4242, numRuns: 400 },
    );
  });
});
