/** Every rule that names a principle of the notes names a topic the notes have, and gets a link. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledSource, createNotesProvider } from '../../../server/src/notes';
import { NOTES_TOPICS, type NotesTopic } from '../../../server/src/service';
import { ALL_RULES } from '../../../server/src/service/rules';
import { DOCKERFILE_RULES } from '../../../server/src/service/dockerfile/rules';

const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/notes.md')] });

describe('rules and the notes', () => {
  it('every principle a rule names is a topic of the notes, with a section to link to', (t) => {
    const withPrinciple = ALL_RULES.filter((r) => r.principle);
    t.diagnostic(`${withPrinciple.length} of ${ALL_RULES.length} rules link to the notes`);
    assert.ok(withPrinciple.length > 0);
    const bad = withPrinciple.filter((r) => !(r.principle! in NOTES_TOPICS) || !notes.reference({ language: 'topic', topic: r.principle as NotesTopic }));
    assert.deepEqual(bad.map((r) => `${r.id}: ${r.principle}`), []);
  });

  it('every Dockerfile rule with a principle keeps it when it becomes a rule of the catalogue', () => {
    const lost = DOCKERFILE_RULES.filter((r) => r.principle && !ALL_RULES.find((m) => m.id === r.id)?.principle);
    assert.deepEqual(lost.map((r) => `${r.id}: ${r.principle}`), []);
  });
});
