import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lineStartsOf } from '../../../../server/src/common/text';
import { buildModel, expandVariables, instructionAt, shiftLineStarts, stageAt, updateModel, variablesAt } from '../../../../server/src/service/dockerfile/model';
import { parseFile } from '../../../../server/src/service/dockerfile/parse';

const model = (text: string) => buildModel(parseFile(text));

describe('Dockerfile model', () => {
  it('knows the stages, their parents and the final image\'s chain', () => {
    const m = model('ARG V=1\nFROM golang:1.23 AS Build\nRUN go build\nFROM alpine:3.20 AS base\nFROM BASE\nCOPY --from=build /a /b\n');
    assert.deepEqual(m.stages.map((s) => [s.index, s.name, s.image?.text, s.parent?.index ?? null]), [
      [0, 'Build', 'golang:1.23', null],
      [1, 'base', 'alpine:3.20', null],
      [2, null, 'BASE', 1],
    ]);
    assert.deepEqual(m.finalChain.map((s) => s.index), [2, 1]);
    assert.deepEqual(m.globalArgs.map((a) => a.keyword), ['ARG']);
    assert.equal(stageAt(m, m.text.indexOf('RUN'))?.index, 0);
  });

  it('scopes variables: global ARGs in FROM, a stage and its parents after', () => {
    const text = 'ARG BASE=alpine:3.20\nFROM ${BASE} AS a\nENV HOME=/app\nFROM a\nARG PORT=80\nEXPOSE $PORT ${HOME} ${MISSING:-9}\n';
    const m = model(text);
    assert.deepEqual(variablesAt(m, text.indexOf('${BASE}')).map((v) => v.name), ['BASE']);
    const at = text.indexOf('EXPOSE');
    assert.deepEqual(variablesAt(m, at).map((v) => [v.kind, v.name, v.value]), [['ENV', 'HOME', '/app'], ['ARG', 'PORT', '80']]);
    assert.equal(expandVariables(m, at, '$PORT/${HOME}/${MISSING:-9}'), '80//app/9');
    assert.equal(expandVariables(m, at, '$NOPE'), null);
  });

  it('finds the instruction at an offset, continuation lines included', () => {
    const text = 'FROM alpine:3.20\nRUN a \\\n  b\n\nCMD ["x"]\n';
    const m = model(text);
    assert.equal(instructionAt(m, text.indexOf('b'))?.keyword, 'RUN');
    assert.equal(instructionAt(m, text.indexOf('\n\n') + 1), null);
  });

  it('shifts line starts after any edit as a whole scan finds them', () => {
    const piece = fc.constantFrom('a', 'FROM x\n', '\n', '\r\n', '\r', 'RUN b \\\r\n', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), insert: fc.array(piece, { maxLength: 3 }) }), { maxLength: 5 }), (start, edits) => {
        let text = start.join('');
        let m = model(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          const next = text.slice(0, at) + e.insert.join('') + text.slice(Math.min(text.length, at + e.del));
          assert.deepEqual(shiftLineStarts(text, m.lines.lineStarts, next), lineStartsOf(next));
          m = updateModel(m, next);
          assert.deepEqual(m.lines.lineStarts, lineStartsOf(next));
          text = next;
        }
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});

describe('Dockerfile model after an edit that adds a BOM', () => {
  // Found by the long fuzz run (npm run fuzz, seed 9001): the re-parsed window started with the
  // BOM, which was taken for the file's own and dropped, so `\ufeffRUN` passed as RUN.
  it('reads a BOM typed at the start of a later line as text (`COPY ./main.go ./\\n\\ufeffRUN …`)', () => {
    const text = 'FROM golang:1.22 AS builder\nCOPY ./main.go ./\nRUN go build -o /app ./main.go\n';
    const edited = text.replace('\nRUN', '\n\ufeffRUN');
    const incremental = updateModel(updateModel(undefined, text), edited);
    const fresh = updateModel(undefined, edited);
    assert.deepEqual(
      incremental.instructions.map((i) => i.keyword),
      fresh.instructions.map((i) => i.keyword),
    );
    assert.equal(fresh.instructions[2].keyword, '\ufeffRUN');
  });
});
