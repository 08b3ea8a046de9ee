/** Every section and bullet of the notes is reachable from a hover; every mapping names real text. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledNotes } from '../../../server/src/notes/bundled';
import { coverage, reachableByHover } from '../../../server/src/notes/coverage';
import { mapping } from '../../../server/src/notes/mapping';
import { parseNotes, plain } from '../../../server/src/notes/parse';
import { parseSelector } from '../../../server/src/notes/select';
import { findNode, mappedSource, NotesRefError } from '../../../server/src/notes/source';
import { NOTES_TOPICS } from '../../../server/src/service/notes';

const source = mappedSource('file:///notes.md', bundledNotes, mapping);
const describeNode = (id: number) => `line ${bundledNotes.nodes[id].line + 1}: ${plain(bundledNotes.nodes[id].text).slice(0, 60)}`;

describe('notes coverage', () => {
  it('every section, bullet, paragraph and code block is shown by a hover on a field or instruction', (t) => {
    const c = coverage(source, reachableByHover);
    for (const [kind, { total, orphans }] of Object.entries(c.byKind)) {
      t.diagnostic(`${kind}: ${total - orphans.length}/${total} reachable from hover`);
      assert.deepEqual(orphans.map(describeNode), [], `${kind}s no hover shows`);
    }
  });

  it('every mapping names text that exists, once', () => {
    const problems: string[] = [];
    for (const m of mapping) {
      try {
        const at = findNode(bundledNotes, m.at);
        if (m.focus !== undefined) findNode(bundledNotes, m.focus, at.id);
      } catch (e) {
        if (!(e instanceof NotesRefError)) throw e;
        problems.push(`${m.at}${m.focus ? ` / ${m.focus}` : ''}: ${e.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('every selector of the mapping parses', () => {
    const bad: string[] = [];
    for (const m of mapping) for (const s of m.explains) {
      try {
        parseSelector(s);
      } catch (e) {
        bad.push(`${s}: ${(e as Error).message}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('every topic is mapped, and the mapping uses no other', () => {
    const used = new Set(mapping.flatMap((m) => m.explains).filter((s) => s.startsWith('topic:')).map((s) => s.slice(6).trim()));
    assert.deepEqual([...used].filter((x) => !(x in NOTES_TOPICS)), []);
    assert.deepEqual(Object.keys(NOTES_TOPICS).filter((x) => !used.has(x)), []);
  });

  it('fails when the notes lose text a mapping points at', () => {
    const md = readFileSync(join(__dirname, '../../../server/data/notes/kubernetes-perfect-guide.ko.md'), 'utf8');
    const edited = parseNotes(md.replace('- 레플리카를 배포해 부하 분산 및 다중화구조를 만든다\n', ''));
    assert.throws(() => mappedSource('file:///n.md', edited, mapping), (e: Error) => e instanceof NotesRefError && /"레플리카를 배포해 부하 분산 및 다중화구조를 만든다" is no longer in the notes/.test(e.message));
  });

  it('finds a new bullet no hover shows', () => {
    const md = readFileSync(join(__dirname, '../../../server/data/notes/kubernetes-perfect-guide.ko.md'), 'utf8');
    const edited = parseNotes(md.replace('# 3장 쿠버네티스 환경 선택\n', '# 3장 쿠버네티스 환경 선택\n\n- 새로 배운 것\n'));
    const c = coverage(mappedSource('file:///n.md', edited, mapping), reachableByHover);
    assert.deepEqual(c.byKind.bullet.orphans.map((id) => edited.nodes[id].text), ['새로 배운 것']);
  });
});
