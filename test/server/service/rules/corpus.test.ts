/**
 * The rules on the book's samples (../shared/corpus, 312 files nobody here wrote), as one
 * workspace, linted together as `kube-guide lint` does. Every finding in the golden file was
 * reviewed by hand: a change to it is a change to what users see (UPDATE_GOLDEN=1 after review).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles } from '../../../../server/src/cli/files';
import { lintFiles, type Finding } from '../../../../server/src/cli/commands/lint';
import { resolveRulesConfig } from '../../../../server/src/service/rules/config';
import { golden } from '../../../helpers/golden';

const root = join(__dirname, '..', '..', '..', '..');
const samples = [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].map((s) => join(s, 'corpus', 'kubernetes-perfect-guide', 'samples')).find(existsSync);

function lint(preset: 'minimal' | 'recommended' | 'strict'): Finding[] {
  const io = { locale: 'en' as const, cwd: samples!, env: {}, out: () => {}, err: () => {} };
  const files = collectFiles(['.'], samples!, 'en');
  return lintFiles(files, io, resolveRulesConfig({ preset })).filter((f) => f.code.startsWith('manifest/'));
}

function counts(findings: Finding[]): string[] {
  const by = new Map<string, number>();
  for (const f of findings) by.set(`${f.severity} ${f.code}`, (by.get(`${f.severity} ${f.code}`) ?? 0) + 1);
  return [...by].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${String(n).padStart(5)} ${k}`);
}

describe('rules on the book\'s samples', { skip: !samples && 'no ../shared/corpus' }, () => {
  it('finds what was reviewed, and nothing an engineer would call an error', () => {
    const recommended = lint('recommended');
    assert.deepEqual(recommended.filter((f) => f.severity === 'error'), [], 'no error on files the API server accepts');
    const lines = [
      '# manifest/* findings of the default preset (recommended) on corpus/kubernetes-perfect-guide/samples',
      '',
      '## per rule',
      ...counts(recommended),
      '',
      '## per preset',
      ...(['minimal', 'recommended', 'strict'] as const).map((p) => `${p}: ${p === 'recommended' ? recommended.length : lint(p).length}`),
      '',
      '## findings',
      ...recommended.map((f) => `${f.file.split('\\').join('/')}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code}`),
    ];
    golden(join(__dirname, 'golden', 'corpus.txt'), lines.join('\n') + '\n');
  });
});
