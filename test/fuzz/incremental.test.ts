/**
 * Fuzzing the caches: a document edited keystroke by keystroke through one service (the YAML
 * layer re-parses only changed documents, the Dockerfile model only changed instructions, results
 * are memoized per document) must give, after every edit, what a fresh service gives on the same
 * text, and keep every answer inside the document.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/common/text';
import { getLanguageService } from '../../server/src/service';
import { dockerfileSeeds, yamlSeeds, type Seed } from './lib/corpus';
import { driveDocument, probeArb } from './lib/drive';
import { DOCKERFILE_TOKENS, YAML_TOKENS } from './lib/mutate';
import { assertProperty, checkDiagnostics, FUZZ, Stats } from './lib/oracle';

const stats = new Stats('incremental');
after(() => stats.write());

interface Edit {
  at: number;
  len: number;
  text: string;
}

const editArb = (tokens: readonly string[]) =>
  fc.record({
    at: fc.integer({ min: 0, max: 9999 }),
    len: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
    text: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }),
  });

function editSession(name: string, pool: Seed[], tokens: readonly string[], runs: number) {
  it(name, () => {
    assertProperty(
      name,
      fc.property(fc.nat(pool.length - 1), fc.array(editArb(tokens), { minLength: 1, maxLength: 12 }), fc.array(probeArb, { maxLength: 2 }), (i, edits: Edit[], probes) => {
        stats.cases++;
        const seed = pool[i];
        const service = getLanguageService({ locale: 'en' });
        const doc = TextDocument.create(seed.uri, seed.languageId, 1, seed.text);
        const origin = `${seed.name} edited ${JSON.stringify(edits)}`;
        service.doValidation(doc);
        edits.forEach((e, n) => {
          const start = Math.floor((e.at / 10000) * (doc.getText().length + 1));
          const range = { start: doc.positionAt(start), end: doc.positionAt(start + e.len) };
          TextDocument.update(doc, [{ range, text: e.text }], n + 2);
          const input = { text: doc.getText(), origin };
          const incremental = stats.request('diagnostics (incremental)', input, () => service.doValidation(doc));
          checkDiagnostics(new LineIndex(doc.getText()), doc.uri, incremental);
          const fresh = getLanguageService({ locale: 'en' }).doValidation(doc);
          assert.deepEqual(incremental, fresh, `after edit ${n + 1} the cached diagnostics differ from a fresh parse's`);
        });
        // Every other feature on the edited text, through the same (warm) service.
        driveDocument(service, doc, { uri: seed.uri, languageId: seed.languageId, text: doc.getText(), origin }, probes, stats, false);
      }),
      FUZZ.runs(runs),
    );
  });
}

describe('fuzzing the incremental caches', () => {
  editSession('manifests edited keystroke by keystroke', yamlSeeds(), YAML_TOKENS, 120);
  editSession('Dockerfiles edited keystroke by keystroke', dockerfileSeeds(), DOCKERFILE_TOKENS, 120);
});
