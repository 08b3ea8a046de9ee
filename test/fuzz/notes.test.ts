/**
 * Fuzzing the user's notes (`kubeGuide.notes.paths`): mutated Markdown with `<!-- kube-guide: … -->`
 * declarations of any shape, parsed and asked for hovers. Parsing never throws, problems carry a
 * line inside the file, and a hover answers within the budget (a user's regular expression is
 * run on every value under the cursor).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createNotesProvider, declaredSource, parseNotes } from '../../server/src/notes';
import type { NotesTarget } from '../../server/src/service/notes';
import { applyMutation, mutationArb } from './lib/mutate';
import { assertProperty, fail, FUZZ, Stats } from './lib/oracle';

const stats = new Stats('notes');
after(() => stats.write());

const bundled = readFileSync(join(__dirname, '..', '..', 'server', 'data', 'notes', 'kubernetes-perfect-guide.ko.md'), 'utf8');
const NOTE_TOKENS = [
  '\n# ', '\n## ', '\n- ', '\n  - ', '\n```\n', '`', '**', '[x](', ')', '<!--', '-->', '<!-- kube-guide: ', ';', ' ~ ', ' = ', '.', '**.', '*',
  'spec.replicas', 'image', 'Service', 'dockerfile: FROM', 'dockerfile: COPY --from', 'topic: image.immutable', '.kind', 'apps/* Deployment spec.**',
  '^alpine', '(', '[', '\\', '(a+)+$', '(a|a)*$', '.*.*.*.*=', '"quoted ; semi"', '\u0000', '\ufeff', '한글', '\r\n', '<script>alert(1)</script>', 'javascript:alert(1)',
  '---\ntitle: x\n---\n', '---\n&a [*a]\n---\n',
];
const SEEDS = [
  bundled.slice(0, 6000),
  '# Replicas <!-- kube-guide: spec.replicas; HorizontalPodAutoscaler -->\nRun at least two.\n\n- Never `:latest` <!-- kube-guide: image ~ :latest$; dockerfile: FROM ~ :latest$ -->\n',
  // Regular expressions that backtrack for hours on `aaaa…!` (the image value of a target below).
  '# Images <!-- kube-guide: image ~ (a|a)*$; image ~ (a+)+$; image ~ ^a -->\nSmall ones.\n',
];
const TARGETS: NotesTarget[] = [
  { language: 'kubernetes', apiVersion: 'apps/v1', kind: 'Deployment', path: ['spec', 'replicas'], on: 'key' },
  { language: 'kubernetes', apiVersion: 'v1', kind: 'Pod', path: ['spec', 'containers', 0, 'image'], on: 'value', value: 'a'.repeat(40) + '!' },
  { language: 'kubernetes', apiVersion: 'v1', kind: 'Service', path: ['kind'], on: 'value', value: 'Service' },
  { language: 'dockerfile', instruction: 'FROM', value: 'alpine:latest' },
  { language: 'topic', topic: 'image.immutable' },
];

describe('fuzzing the user\'s notes', () => {
  it('parses mutated notes and answers hovers from them', () => {
    assertProperty(
      'notes',
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutationArb(NOTE_TOKENS, SEEDS.length), { minLength: 1, maxLength: 8 }), (i, mutations) => {
        stats.cases++;
        let text = SEEDS[i];
        for (const m of mutations) text = applyMutation(text, m, SEEDS.map((t, n) => ({ name: String(n), uri: '', languageId: 'yaml' as const, text: t })));
        const input = { text, origin: JSON.stringify(mutations).slice(0, 300) };
        const source = stats.request('parse', input, () => declaredSource('file:///notes/mine.md', parseNotes(text)));
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const p of source.problems) if (!(p.line >= 0 && p.line < lines)) fail('notes', 'a problem on a line outside the file', p);
        const provider = createNotesProvider({ sources: () => [source], links: 'command' });
        for (const target of TARGETS) {
          const md = stats.request('hover', input, () => provider.hover(target, 'ko'));
          if (md !== null && (typeof md !== 'string' || /\[object Object\]/.test(md))) fail('notes', 'a hover that is not Markdown text', md);
          stats.request('reference', input, () => provider.reference(target));
        }
      }),
      FUZZ.runs(150),
    );
  });
});
