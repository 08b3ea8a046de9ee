import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../../server/src/service';

const wrong = readFileSync(join(__dirname, 'fixtures', 'everything-wrong.Dockerfile'), 'utf8');
const anchor = readFileSync(join(__dirname, 'fixtures', 'anchor-d1.Dockerfile'), 'utf8');

describe('Dockerfile documents (incremental state)', () => {
  it('gives, after any sequence of edits, what a fresh service gives', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 10 }), insert: fc.constantFrom('', '\n', ' ', 'x', 'RUN sudo cd /a\n', 'FROM ubuntu\n', '\\\n', '<<EOF\n', 'EOF\n', '$A', '# kube-guide-disable-next-line\n') });
    fc.assert(
      fc.property(fc.constantFrom(wrong, anchor, wrong + anchor), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const service = getLanguageService({ locale: 'en' });
        let text = start;
        service.doValidation(TextDocument.create('file:///e/Dockerfile', 'dockerfile', 1, text));
        edits.forEach((e, n) => {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
          const incremental = service.doValidation(TextDocument.create('file:///e/Dockerfile', 'dockerfile', n + 2, text));
          const fresh = getLanguageService({ locale: 'en' }).doValidation(TextDocument.create('file:///f/Dockerfile', 'dockerfile', 1, text));
          assert.deepEqual(incremental, fresh);
        });
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('forgets a closed document', () => {
    const service = getLanguageService({ locale: 'en' });
    const doc = TextDocument.create('file:///g/Dockerfile', 'dockerfile', 1, 'FROM ubuntu\n');
    const first = service.doValidation(doc);
    service.forget(doc.uri);
    assert.deepEqual(service.doValidation(doc), first);
  });
});
