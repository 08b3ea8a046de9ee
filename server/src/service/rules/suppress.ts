/**
 * Silencing findings where the user decided: comments and annotations.
 *
 * Comments (YAML and Dockerfiles), each optionally followed by rule ids (all rules when none):
 * - `# kube-guide-disable-next-line [ids]`: the next line that is not blank or a comment;
 * - `# kube-guide-disable-line [ids]`: its own line (a trailing YAML comment);
 * - `# kube-guide-disable [ids]`: from there to the end of the YAML document (of the file for Dockerfiles);
 * - `# kube-guide-disable-file [ids]`: the whole file.
 * Ids are separated by spaces or commas; `manifest/*` names every id of an area.
 *
 * Annotations, on the object's own metadata (the whole document): `kube-guide/disable: "id, id"`
 * (or `all`), and the annotations of the tools users come from, for the rules that have an
 * equivalent there: `ignore-check.kube-linter.io/<check>`, `kube-score/ignore: <check>,…`,
 * `polaris.fairwinds.com/<check>-exempt: "true"` (and `polaris.fairwinds.com/exempt`).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LineIndex } from '../../common/text';
import type { YamlFile } from '../yaml/parse';
import type { Equivalents } from './rule';

export const DISABLE_ANNOTATION = 'kube-guide/disable';

type Ids = Set<string> | 'all';

interface LineSpan {
  from: number;
  to: number;
  ids: Ids;
}

export interface Suppressions {
  /** Line spans (inclusive) and the ids silenced there. */
  spans: LineSpan[];
}

const DIRECTIVE = /(?:^|[ \t])#[ \t]*kube-guide-(disable-next-line|disable-line|disable-file|disable)(?=$|[ \t,])(.*)$/;

function parseIds(rest: string): Ids {
  // A `--` ends the ids: anything after it is a reason for the reader.
  const list = rest.split(/--/)[0].split(/[\s,]+/).filter(Boolean);
  return list.length ? new Set(list) : 'all';
}

/**
 * Directives in `text`. `blocks` are the YAML documents as line spans, for `kube-guide-disable`;
 * without them (Dockerfiles) it runs to the end of the file. `trailing` says whether a directive
 * may follow content on its line (YAML) or must be the whole line (Dockerfiles).
 */
export function scanSuppressions(lines: LineIndex, blocks: [number, number][] = [], trailing = true, isComment: (offset: number) => boolean = () => true): Suppressions {
  const spans: LineSpan[] = [];
  const last = lines.lineCount - 1;
  const text = lines.text;
  // A quick test first: most files have no directive at all.
  if (!text.includes('kube-guide-disable')) return { spans };
  for (let line = 0; line <= last; line++) {
    const content = lines.lineText(line);
    if (!content.includes('kube-guide-disable')) continue;
    const m = DIRECTIVE.exec(content);
    if (!m) continue;
    const before = content.slice(0, m.index + (m[0].startsWith('#') ? 0 : 1));
    const commentOnly = before.trim() === '';
    if (!trailing && !commentOnly) continue;
    if (!isComment(lines.lineStarts[line] + before.length)) continue;
    const ids = parseIds(m[2]);
    switch (m[1]) {
      case 'disable-line':
        spans.push({ from: line, to: line, ids });
        break;
      case 'disable-next-line': {
        let next = line + 1;
        while (next <= last && /^\s*(#.*)?$/.test(lines.lineText(next))) next++;
        if (next <= last) spans.push({ from: next, to: next, ids });
        break;
      }
      case 'disable-file':
        spans.push({ from: 0, to: last, ids });
        break;
      case 'disable': {
        const block = blocks.find(([a, b]) => line >= a && line <= b);
        spans.push({ from: line, to: block ? block[1] : last, ids });
        break;
      }
    }
  }
  return { spans };
}

export function idMatches(ids: Ids, code: string): boolean {
  if (ids === 'all') return true;
  if (ids.has(code)) return true;
  const slash = code.indexOf('/');
  return slash > 0 && ids.has(code.slice(0, slash) + '/*');
}

export function isSuppressed(s: Suppressions, line: number, code: string): boolean {
  return s.spans.some((sp) => line >= sp.from && line <= sp.to && idMatches(sp.ids, code));
}

/** The YAML documents of a file as line spans. */
export function documentBlocks(file: YamlFile): [number, number][] {
  return file.docs.map((d) => [file.lines.lineOf(d.start), file.lines.lineOf(Math.max(d.start, d.end - 1))]);
}

/**
 * Ids silenced by a document's annotations. `equivalents` maps our ids to other tools' checks.
 */
export function annotationIds(annotations: Record<string, unknown>, equivalents: ReadonlyMap<string, Equivalents>): Ids {
  const ids = new Set<string>();
  const ours = annotations[DISABLE_ANNOTATION];
  if (typeof ours === 'string') {
    const parsed = parseIds(ours.replace(/^\s*(all|\*)\s*$/i, ''));
    if (parsed === 'all') return 'all';
    for (const id of parsed) ids.add(id);
  }
  if (String(annotations['polaris.fairwinds.com/exempt']).toLowerCase() === 'true') return 'all';
  const kubeScore = typeof annotations['kube-score/ignore'] === 'string' ? (annotations['kube-score/ignore'] as string).split(',').map((s) => s.trim()) : [];
  for (const [id, eq] of equivalents) {
    if (eq.kubeLinter?.some((c) => `ignore-check.kube-linter.io/${c}` in annotations)) ids.add(id);
    if (eq.kubeScore?.some((c) => kubeScore.includes(c))) ids.add(id);
    if (eq.polaris?.some((c) => String(annotations[`polaris.fairwinds.com/${c}-exempt`]).toLowerCase() === 'true')) ids.add(id);
  }
  return ids;
}

/** Drops the diagnostics a comment silences. */
export function filterSuppressed(diagnostics: Diagnostic[], s: Suppressions): Diagnostic[] {
  if (!s.spans.length) return diagnostics;
  return diagnostics.filter((d) => typeof d.code !== 'string' || !isSuppressed(s, d.range.start.line, d.code));
}
