/** DL3020: ADD for local files and directories, where COPY says what it does. */
import type { DockerfileModel, Inst } from '../model';
import { HADOLINT_WIKI, type DockerfileRule, type Finding } from './rule';
import { onKeyword } from './helpers';

/** Archives ADD unpacks (tar, possibly compressed). */
const ARCHIVE = /\.(?:tar|tgz|tbz2?|txz|tzst|tar\.(?:gz|bz2|xz|zst|lz|lzma|Z))$/i;
const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)|\.git(?:#.*)?$/i;

export const addInsteadOfCopy: DockerfileRule = {
  id: 'dockerfile/add-instead-of-copy',
  severity: 'warning',
  description: 'dockerfile.rule.addInsteadOfCopy',
  hadolint: ['DL3020'],
  buildkit: null,
  principle: null,
  docs: HADOLINT_WIKI + 'DL3020',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'ADD' || inst.fact.heredocs.length) continue;
        // Flags only ADD has: --checksum, --keep-git-dir, --unpack.
        if (inst.fact.flags.some((f) => f.name === 'checksum' || f.name === 'keep-git-dir' || f.name === 'unpack')) continue;
        const sources = addSources(inst);
        if (!sources.length || sources.some((s) => s.includes('$') || REMOTE.test(s) || ARCHIVE.test(s))) continue;
        out.push(
          onKeyword(inst, {
            message: 'dockerfile.addInsteadOfCopy',
            fixes: [
              {
                title: 'dockerfile.fix.addToCopy',
                edits: [{ start: inst.base + inst.fact.keywordStart, end: inst.base + inst.fact.keywordEnd, newText: copyKeyword(model, inst) }],
                preferred: true,
              },
            ],
          }),
        );
      }
    }
    return out;
  },
};

/** The sources of ADD/COPY: every argument but the last (JSON form too). */
export function addSources(inst: Inst): string[] {
  const words = inst.fact.json ? inst.fact.json.map((w) => w.value) : inst.fact.args.map((w) => w.value);
  return words.slice(0, -1);
}

/** COPY in the casing ADD was written in. */
function copyKeyword(model: DockerfileModel, inst: Inst): string {
  const written = model.text.slice(inst.base + inst.fact.keywordStart, inst.base + inst.fact.keywordEnd);
  return written === written.toLowerCase() ? 'copy' : 'COPY';
}
