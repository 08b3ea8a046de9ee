/** Whatever the text, the Dockerfile features answer, and every range they return lies inside it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../server/src/common/text';
import { getLanguageService } from '../../../../server/src/service';

const pieces = [
  'FROM ', 'RUN ', 'COPY ', 'ADD ', 'ENV ', 'ARG ', 'LABEL ', 'CMD ', 'ENTRYPOINT ', 'EXPOSE ', 'USER ', 'WORKDIR ', 'HEALTHCHECK ', 'ONBUILD ', 'SHELL ', 'STOPSIGNAL ',
  '--mount=type=cache,target=/x', '--from=', '--platform=$BUILDPLATFORM', '--', '=', ',', '$', '${', '}', '\\', '\n', '\r\n', '\t', ' ', '#', '# escape=`', '`',
  '<<EOF', '<< \'EOF\'', 'EOF', '<<-', '"', "'", '[', ']', '["a", "b"]', 'alpine:3.20', 'ubuntu', 'AS build', 'sudo', 'apt-get install', '&&', '&', '|', ';',
  '\uFEFF', '한글', '😀', '\u0000', 'x',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('Dockerfile features on any text', () => {
  it('validate, hover, complete and fix without throwing, inside the document', () => {
    const service = getLanguageService({ locale: 'ko' });
    fc.assert(
      fc.property(text, fc.nat(), (t, at) => {
        const doc = TextDocument.create('file:///z/Dockerfile', 'dockerfile', 1, t);
        const lines = new LineIndex(t);
        const inside = (r: Range) => assert.ok(lines.contains(r), JSON.stringify(r));
        const diags = service.doValidation(doc);
        for (const d of diags) {
          inside(d.range);
          assert.equal(typeof d.message, 'string');
          for (const f of (d.data as { fixes?: { edits: TextEdit[] }[] } | undefined)?.fixes ?? []) for (const e of f.edits) inside(e.range);
        }
        const position = lines.positionAt(at % (t.length + 1));
        const h = service.doHover(doc, position);
        if (h?.range) inside(h.range);
        for (const i of service.doComplete(doc, position)?.items ?? []) if (i.textEdit) inside((i.textEdit as TextEdit).range);
        for (const a of service.doCodeActions(doc, { start: position, end: position }, { diagnostics: [] })) for (const e of a.edit?.changes?.[doc.uri] ?? []) inside(e.range);
      }),
      { seed: 99, numRuns: 600 },
    );
  });
});
