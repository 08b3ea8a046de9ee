import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledSource } from '../../../server/src/notes/bundled';
import { mapping } from '../../../server/src/notes/mapping';
import { parseNotes, plain } from '../../../server/src/notes/parse';
import { createNotesProvider } from '../../../server/src/notes/provider';
import { excerpt, pathText } from '../../../server/src/notes/render';
import { declaredSource, type NotesSource, type ResolvedLink } from '../../../server/src/notes/source';
import { dedent } from '../../helpers/fixtures';
import { golden } from '../../helpers/golden';
import { d, k, notesCases } from './cases';

const URI = 'file:///ext/dist/notes/kubernetes-perfect-guide.ko.md';
const bundled = bundledSource(URI);
const provider = createNotesProvider({ sources: () => [bundled] });

/** "path | bold text" for each part of the notes a link shows. */
function summary(source: NotesSource, link: ResolvedLink): string {
  const node = source.doc.nodes[link.node];
  const bold = link.focus ?? (node.kind === 'bullet' && !node.children.length ? node.id : undefined);
  return `${pathText(excerpt(source.doc, link).path)} | ${bold === undefined ? '' : plain(source.doc.nodes[bold].text)}`;
}

describe('notes provider: NotesTarget → the parts of the notes', () => {
  for (const c of notesCases) {
    it(c.name, () => {
      assert.deepEqual(provider.matches(bundled, c.target).map((l) => summary(bundled, l)), c.want);
      const ko = provider.hover(c.target, 'ko');
      const en = provider.hover(c.target, 'en');
      if (!c.want.length) return assert.equal(ko, null);
      assert.match(ko!, /^\*\*공부 노트\*\* · /);
      assert.match(en!, /^\*\*Study notes\*\* · /);
      assert.match(ko!, /\*출처: 쿠버네티스 완벽 가이드 \/ 마사야아오야마 — Yujin Ahn, 2023-06-11\*$/);
      assert.match(en!, /\*Source: 쿠버네티스 완벽 가이드 \/ 마사야아오야마 — Yujin Ahn, 2023-06-11\*$/);
    });
  }

  it('has a case for every link of the mapping', () => {
    const hit = new Set<ResolvedLink>();
    for (const c of notesCases) for (const l of provider.matches(bundled, c.target)) hit.add(l);
    const missed = bundled.links.filter((l) => !hit.has(l)).map((l) => `${mapping[bundled.links.indexOf(l)].at} / ${l.explains.join(', ')}`);
    assert.deepEqual(missed, []);
  });

  it('renders every case as the golden files show (Korean and English)', () => {
    for (const locale of ['ko', 'en'] as const) {
      const text = notesCases.map((c) => `## ${c.name}\n\n${provider.hover(c.target, locale) ?? '(nothing)'}\n`).join('\n');
      golden(join(__dirname, 'golden', `hover.${locale}.md`), text);
    }
  });
});

describe('notes provider: links and sources', () => {
  it('links to our VS Code command with the note and the line of the section', () => {
    const md = provider.hover(k('Deployment', 'spec replicas'), 'en')!;
    const m = /\[Open in the notes\]\(command:kubeGuide\.openNotes\?([^)]+)\)/.exec(md);
    assert.ok(m, md);
    assert.deepEqual(JSON.parse(decodeURIComponent(m[1])), [{ uri: URI, line: 118 }]);
    assert.match(bundled.doc.nodes.find((n) => n.line === 118)!.text, /^스케일링\/오토 스케일링$/);
  });

  it('writes file links for other editors, or none', () => {
    const file = createNotesProvider({ sources: () => [bundled], links: 'file' }).hover(d('USER'), 'ko')!;
    assert.match(file, /\[노트에서 보기\]\(file:\/\/\/ext\/dist\/notes\/kubernetes-perfect-guide\.ko\.md#L13\)/);
    const none = createNotesProvider({ sources: () => [bundled], links: 'none' }).hover(d('USER'), 'ko')!;
    assert.doesNotMatch(none, /\]\(/);
  });

  it('gives diagnostics a reference: the path and a link', () => {
    assert.deepEqual(provider.reference({ language: 'topic', topic: 'security.nonRoot' }), {
      path: '1장 › 1.1 › 도커 컨테이너란?',
      href: `command:kubeGuide.openNotes?${encodeURIComponent(JSON.stringify([{ uri: URI, line: 12 }]))}`,
    });
    assert.equal(provider.reference(d('WORKDIR')), null);
  });

  it('adds the user\'s notes after the bundled ones, with their own attribution', () => {
    const user = declaredSource(
      'file:///home/me/notes/replicas.md',
      parseNotes(dedent(`
        # Scaling
        ## Replicas
        <!-- kube-guide: spec.replicas; HorizontalPodAutoscaler -->
        Run at least two, so one can fail.
      `)),
    );
    const both = createNotesProvider({ sources: () => [bundled, user] });
    const md = both.hover(k('Deployment', 'spec replicas', '1'), 'en')!;
    const [first, second] = md.split('\n\n---\n\n');
    assert.match(first, /레플리카를 배포해/);
    assert.equal(
      second,
      [
        `**Study notes** · Scaling › Replicas · [Open in the notes](command:kubeGuide.openNotes?${encodeURIComponent(JSON.stringify([{ uri: 'file:///home/me/notes/replicas.md', line: 1 }]))})`,
        'Run at least two, so one can fail.',
        '*Source: replicas.md*',
      ].join('\n\n'),
    );
    assert.equal(both.hover(k('Deployment', 'spec template spec containers 0 workingDir'), 'en'), null);
  });

  it('shows only the bullet in focus of a long list, and cuts a long excerpt', () => {
    const doc = parseNotes(['# Long', '', ...Array.from({ length: 30 }, (_, i) => `- item ${i}`), '', 'After the list.', ''].join('\n'));
    doc.nodes[5].explains = ['topic: ports'];
    const src = declaredSource('file:///n.md', doc);
    const leaf = excerpt(doc, { node: 5 });
    assert.deepEqual(leaf.blocks, ['- **item 3**']);
    const section = excerpt(doc, { node: 1 });
    assert.equal(section.blocks.length, 1);
    assert.equal(section.truncated, true);
    assert.deepEqual(section.blocks[0].split('\n'), Array.from({ length: 18 }, (_, i) => `- item ${i}`));
    assert.ok(src.links.length === 1);
  });

  it('reports bad declarations in user notes and keeps the good ones', () => {
    const src = declaredSource('file:///n.md', parseNotes('# A <!-- kube-guide: spec.replicas; image ~ ( ; dockerfile: 9 -->\n'));
    assert.deepEqual(src.links.map((l) => l.explains), [['spec.replicas']]);
    assert.deepEqual(src.problems.map((p) => p.line), [0, 0]);
    assert.match(src.problems[0].message, /bad regular expression/);
  });
});
