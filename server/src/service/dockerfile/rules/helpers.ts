/** What several rules ask of the model: RUN commands, apt-get invocations, mounts, users. */
import { imageFacts } from '../data/images';
import { repositoryKey } from '../image';
import { shellScripts, type DockerfileModel, type Inst, type Stage } from '../model';
import { basename, programChain, programIndex, type ShellCommand, type ShellScript, type ShellWord } from '../shell';
import type { Finding } from './rule';

export interface RunCommand {
  command: ShellCommand;
  /** Index of the program word in `command.words`. */
  program: number;
  /** The program whose output is piped into this one (`yes | apt-get install …` → `yes`). */
  stdinFrom: string | null;
}

/** Derived per lexed scripts (so they follow the scripts' cache and shifts). */
const runCache = new WeakMap<ShellScript[], RunCommand[]>();
const aptCache = new WeakMap<ShellScript[], AptCall[]>();

/** Every simple command a RUN executes (its command line and its shell heredocs). */
export function runCommands(model: DockerfileModel, inst: Inst): RunCommand[] {
  const scripts = shellScripts(model, inst);
  let out = runCache.get(scripts);
  if (out) return out;
  out = [];
  for (const script of scripts) {
    script.commands.forEach((command, i) => {
      const program = programIndex(command.words);
      if (program < 0) return;
      const prev = i > 0 && script.commands[i - 1].terminator === '|' ? script.commands[i - 1] : null;
      const prevProgram = prev ? programIndex(prev.words) : -1;
      out.push({ command, program, stdinFrom: prev && prevProgram >= 0 ? basename(prev.words[prevProgram].value) : null });
    });
  }
  runCache.set(scripts, out);
  return out;
}

/** The words in program position, wrappers included: `env X=1 sudo apt-get` → env, sudo, apt-get. */
const programWordsCache = new WeakMap<ShellCommand, ShellWord[]>();

export function programWords(command: ShellCommand): ShellWord[] {
  let words = programWordsCache.get(command);
  if (!words) {
    words = programChain(command.words).map((i) => command.words[i]);
    programWordsCache.set(command, words);
  }
  return words;
}

/** Per model: its RUN instructions, and those of the final image's stages (several rules ask). */
const runsCache = new WeakMap<DockerfileModel, { all: Inst[]; final: Inst[] }>();

/** All RUN instructions of the given stages (all stages when omitted). */
export function runs(model: DockerfileModel, stages: Stage[] = model.stages): Inst[] {
  if (stages !== model.stages && stages !== model.finalChain) return stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN'));
  let cached = runsCache.get(model);
  if (!cached) {
    const of = (list: Stage[]) => list.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN'));
    cached = { all: of(model.stages), final: of(model.finalChain) };
    runsCache.set(model, cached);
  }
  return stages === model.stages ? cached.all : cached.final;
}

export interface AptCall extends RunCommand {
  /** `apt-get` or `apt`. */
  tool: string;
  /** Index of the subcommand word (`install`, `update`), or -1. */
  subcommand: number;
  /** Option words (before and after the subcommand). */
  options: ShellWord[];
}

const APT_VALUE_OPTIONS = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']);

export function aptCalls(model: DockerfileModel, inst: Inst): AptCall[] {
  const scripts = shellScripts(model, inst);
  const cached = aptCache.get(scripts);
  if (cached) return cached;
  const out: AptCall[] = [];
  aptCache.set(scripts, out);
  for (const rc of runCommands(model, inst)) {
    const words = rc.command.words;
    const tool = basename(words[rc.program].value);
    if (tool !== 'apt-get' && tool !== 'apt') continue;
    let subcommand = -1;
    const options: ShellWord[] = [];
    for (let i = rc.program + 1; i < words.length; i++) {
      const v = words[i].value;
      if (v.startsWith('-')) {
        options.push(words[i]);
        if (APT_VALUE_OPTIONS.has(v) && i + 1 < words.length) options.push(words[++i]);
        continue;
      }
      if (subcommand < 0) subcommand = i;
    }
    out.push({ ...rc, tool, subcommand, options });
  }
  return out;
}

export function aptSubcommand(call: AptCall): string {
  return call.subcommand >= 0 ? call.command.words[call.subcommand].value : '';
}

/** `--mount` flags of a RUN: type and options. */
export function mounts(inst: Inst): { type: string; options: Map<string, string | null> }[] {
  return inst.fact.flags
    .filter((f) => f.name === 'mount')
    .map((f) => {
      const options = new Map<string, string | null>();
      for (const o of f.options) options.set(o.name.toLowerCase(), o.value);
      return { type: (options.get('type') ?? 'bind') || 'bind', options };
    });
}

/** The user part of `USER user[:group]`: root when it names uid 0 or root. */
export function isRootUser(value: string): boolean {
  const user = value.split(':')[0].trim();
  return user === 'root' || /^0+$/.test(user);
}

/** Images that already run as a non-root user, so a missing USER is not a finding. */
export function baseRunsAsNonRoot(stage: Stage): boolean {
  const ref = stage.image;
  if (!ref) return false;
  const key = repositoryKey(ref);
  return (
    /(?:^|[-_.:])nonroot(?:$|[-_.])/.test(ref.tag ?? '') ||
    key.startsWith('cgr.dev/chainguard/') ||
    key.startsWith('bitnami/') ||
    key.startsWith('nginxinc/nginx-unprivileged')
  );
}

/** The first stage of the final chain: the one whose FROM names a real image. */
export function finalRoot(model: DockerfileModel): Stage | null {
  return model.finalChain.length ? model.finalChain[model.finalChain.length - 1] : null;
}

/** True when a stage is `FROM scratch`, FROM a variable, or FROM another stage: no image rules apply. */
export function isConcreteImage(stage: Stage): boolean {
  const ref = stage.image;
  return !!ref && !ref.hasVariable && !stage.parent && repositoryKey(ref) !== 'scratch' && ref.text !== '';
}

/** Does the toolchain rule apply to the final image? (The heavy-image rule then stays quiet.) */
export function toolchainFinding(model: DockerfileModel, builds: (inst: Inst) => boolean): Stage | null {
  const root = finalRoot(model);
  if (!root || !isConcreteImage(root) || !imageFacts(root.image!).toolchain) return null;
  for (const stage of model.finalChain) for (const inst of stage.instructions) if (inst.keyword === 'RUN' && builds(inst)) return root;
  return null;
}

/** A finding on an instruction's keyword. */
export function onKeyword(inst: Inst, f: Omit<Finding, 'start' | 'end'>): Finding {
  return { start: inst.base + inst.fact.keywordStart, end: inst.base + inst.fact.keywordEnd, ...f };
}

/** Text of an instruction's arguments (absolute slice). */
export function argsText(model: DockerfileModel, inst: Inst): string {
  return model.text.slice(inst.base + inst.fact.argsStart, inst.base + inst.fact.argsEnd);
}

/** Several CMD / ENTRYPOINT / HEALTHCHECK in one stage: all but the last are ignored. */
export function earlierDuplicates(model: DockerfileModel, keyword: string): Finding[] {
  const out: Finding[] = [];
  for (const stage of model.stages) {
    const all = stage.instructions.filter((i) => i.keyword === keyword);
    for (const inst of all.slice(0, -1)) {
      out.push(onKeyword(inst, { message: 'dockerfile.multipleInstructions', params: { instruction: keyword }, unnecessary: true }));
    }
  }
  return out;
}
