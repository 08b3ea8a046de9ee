import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shellScripts, updateModel, type DockerfileModel } from '../../../../server/src/service/dockerfile/model';

/** Each word of the RUN's command line with the text at its offsets. */
function runWords(model: DockerfileModel): string[] {
  const run = model.instructions.find((i) => i.keyword === 'RUN')!;
  return shellScripts(model, run).flatMap((s) => s.commands.flatMap((c) => c.words.map((w) => `${w.value}@${model.text.slice(w.start, w.end)}`)));
}

describe('Dockerfile model', () => {
  // Found by the fuzzer (test/fuzz/incremental.test.ts): shell scripts were cached on reused
  // instructions with the offsets of where they had been, so after a line was added above a RUN
  // every finding in it moved one column left.
  it('moves the cached shell scripts of a reused instruction (`FROM ubuntu` + a new line above `RUN apt-get …`)', () => {
    const text = 'FROM ubuntu\nUSER root\nRUN apt-get update && apt-get install curl\n';
    const before = updateModel(undefined, text);
    assert.deepEqual(runWords(before), ['apt-get@apt-get', 'update@update', 'apt-get@apt-get', 'install@install', 'curl@curl']);
    const after = updateModel(before, text.replace('FROM ubuntu\n', 'FROM ubuntu\n\n'));
    assert.equal(after.instructions[2].fact, before.instructions[2].fact, 'the RUN is reused, not parsed again');
    assert.deepEqual(runWords(after), runWords(before));
  });
});
