/**
 * Suppression comments, ours and the ones users bring from other tools:
 * - `# kube-guide-disable-next-line [id …]` — the next instruction (all rules when no id);
 * - `# kube-guide-disable-file [id …]` — the whole file;
 * - `# hadolint ignore=DL3006,DL3008` — the next instruction; `# hadolint global ignore=…` — the file;
 * - `# check=skip=JSONArgsRecommended,…` or `skip=all` — BuildKit's parser directive, at the top only;
 * - `# dockerfile-utils: ignore` — the builder errors of the next instruction.
 * Ids may be written with or without the `dockerfile/` prefix.
 */
import { instructionAt, type DockerfileModel, type Inst } from './model';

export interface Suppressible {
  id: string;
  hadolint: string[];
  buildkit: string | null;
  /** A dockerfile-utils builder error. */
  builder: boolean;
  start: number;
}

interface Scope {
  all: boolean;
  ids: Set<string>;
  hadolint: Set<string>;
  builder: boolean;
}

const emptyScope = (): Scope => ({ all: false, ids: new Set(), hadolint: new Set(), builder: false });

export class Suppressions {
  private readonly file = emptyScope();
  private readonly buildkitSkip = new Set<string>();
  private buildkitAll = false;
  /** Keyed by the instruction's unit start. */
  private readonly next = new Map<number, Scope>();

  constructor(private readonly model: DockerfileModel) {
    for (const d of model.file.directives) {
      if (d.name.toLowerCase() !== 'check') continue;
      for (const part of d.value.split(';')) {
        const [key, value = ''] = part.split('=').map((s) => s.trim());
        if (key !== 'skip') continue;
        for (const name of value.split(',').map((s) => s.trim()).filter(Boolean)) {
          if (name === 'all') this.buildkitAll = true;
          else this.buildkitSkip.add(name);
        }
      }
    }
    const instructions = model.instructions;
    let cursor = 0;
    for (const c of model.comments) {
      const text = c.fact.content;
      const at = c.base + c.fact.start;
      while (cursor < instructions.length && instructions[cursor].unit.start < at) cursor++;
      const target: Inst | undefined = instructions[cursor];
      let m: RegExpExecArray | null;
      if ((m = /^kube-guide-disable-next-line\b(.*)$/.exec(text)) && target) addIds(this.scopeFor(target), m[1]);
      else if ((m = /^kube-guide-disable-file\b(.*)$/.exec(text))) addIds(this.file, m[1]);
      else if ((m = /^hadolint\s+global\s+ignore\s*=\s*(.*)$/.exec(text))) addCodes(this.file, m[1]);
      else if ((m = /^hadolint\s+ignore\s*=\s*(.*)$/.exec(text)) && target) addCodes(this.scopeFor(target), m[1]);
      else if (text === 'dockerfile-utils: ignore' && target) this.scopeFor(target).builder = true;
    }
  }

  private scopeFor(inst: Inst): Scope {
    let s = this.next.get(inst.unit.start);
    if (!s) this.next.set(inst.unit.start, (s = emptyScope()));
    return s;
  }

  isSuppressed(f: Suppressible): boolean {
    if (matches(this.file, f)) return true;
    if (f.buildkit && (this.buildkitAll || this.buildkitSkip.has(f.buildkit))) return true;
    if (!this.next.size) return false;
    const inst = instructionAt(this.model, f.start);
    const scope = inst ? this.next.get(inst.unit.start) : undefined;
    return !!scope && matches(scope, f);
  }
}

function matches(s: Scope, f: Suppressible): boolean {
  if (s.all) return true;
  if (f.builder && s.builder) return true;
  if (s.ids.has(f.id) || s.ids.has(f.id.replace(/^dockerfile\//, ''))) return true;
  return f.hadolint.some((code) => s.hadolint.has(code));
}

function addIds(scope: Scope, list: string): void {
  // `--` starts a reason: `# kube-guide-disable-next-line latest-tag -- pinned by digest upstream`.
  const words = list.split(/[\s,]+/).filter(Boolean);
  const ids = words.includes('--') ? words.slice(0, words.indexOf('--')) : words;
  if (!ids.length) scope.all = true;
  for (const id of ids) {
    scope.ids.add(id);
    scope.ids.add(id.startsWith('dockerfile/') ? id.slice('dockerfile/'.length) : 'dockerfile/' + id);
  }
}

function addCodes(scope: Scope, list: string): void {
  for (const code of list.split(/[\s,]+/)) if (/^(?:DL|SC)\d+$/.test(code)) scope.hadolint.add(code);
}
