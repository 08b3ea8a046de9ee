/**
 * Builder-level errors from dockerfile-utils (what `docker build` itself rejects), with its known
 * false positives filtered, its severities aligned with what BuildKit really rejects, its messages
 * in Korean too, and the few checks that need the whole file done here (see parse.ts: units are
 * validated alone, so context-dependent checks of the library are redone with our scope model).
 *
 * Fixed or filtered (each has a test):
 * - `RUN cat << 'EOF'` (blank before the word) read as instructions: normalize.ts rewrites it.
 * - `LABEL a` reported as "ENV must have two arguments": the message names the real instruction.
 * - `${VAR#x}`, `${VAR%x}`, `${VAR/x/y}` in non-RUN instructions reported as unsupported: BuildKit
 *   supports them since Dockerfile 1.7.
 * - `COPY --from=$STAGE`, `EXPOSE $PORT`, `STOPSIGNAL $SIG`: variables are not errors.
 * - STOPSIGNAL: `TERM` and `sigterm` are valid and `SIGFOO` is not, as BuildKit's ParseSignal has it.
 * - Image references the library lets through (`node:18:bad`, `Node`, `node@sha256:abc`) are
 *   checked with the grammar of distribution/reference, in FROM and in `COPY --from=<image>`.
 * - Lower-case instructions flagged one by one: replaced by BuildKit's consistency rule.
 * Severities: a warning where BuildKit only warns (casing, empty continuation lines, JSON in single
 * quotes); everything else stays an error, as the builder fails on it.
 */
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import { ValidationCode } from 'dockerfile-utils';
import { DefaultVariables } from 'dockerfile-ast';
import { t, type Locale, type MessageKey } from '../../l10n';
import { catalog } from '../../l10n/catalog';
import type { DockerfileModel, Inst } from './model';
import type { BuilderProblem } from './parse';
import type { RuleSeverity } from './rules/rule';

export interface BuilderFinding {
  /** `dockerfile/UNKNOWN_INSTRUCTION`, … (dockerfile-utils' ValidationCode names). */
  code: string;
  start: number;
  end: number;
  severity: RuleSeverity;
  message: string;
  buildkit: string | null;
  /** The instruction it is about, for suppression comments. */
  inst: Inst | null;
  href: string;
}

const WARNINGS = new Set<number>([ValidationCode.CASING_DIRECTIVE, ValidationCode.EMPTY_CONTINUATION_LINE, ValidationCode.JSON_IN_SINGLE_QUOTES]);
const BUILDKIT_NAMES: Partial<Record<number, string>> = {
  [ValidationCode.EMPTY_CONTINUATION_LINE]: 'NoEmptyContinuation',
};

/** Automatic platform ARGs and proxy ARGs: defined without an ARG line. */
export const PREDEFINED_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  ...DefaultVariables,
];

export function builderFindings(model: DockerfileModel, locale: Locale): BuilderFinding[] {
  const out: BuilderFinding[] = [];
  for (const p of model.file.directiveProblems) {
    out.push(finding(p.code, p.start, p.end, localize(p.message, locale), null, 'https://docs.docker.com/reference/dockerfile/#parser-directives'));
  }
  for (const inst of model.instructions) {
    for (const p of inst.unit.problems) {
      const kept = filter(model, inst, p);
      if (!kept) continue;
      out.push(finding(kept.code, inst.base + kept.start, inst.base + kept.end, localize(kept.message, locale), inst, instructionDocs(inst)));
    }
  }
  out.push(...noSourceImage(model, locale), ...baseNameEmpty(model, locale), ...invalidSignals(model, locale), ...invalidReferences(model, locale));
  return out;
}

function finding(code: number, start: number, end: number, message: string, inst: Inst | null, href: string): BuilderFinding {
  const buildkit = BUILDKIT_NAMES[code] ?? null;
  return {
    code: 'dockerfile/' + (ValidationCode[code] ?? String(code)),
    start,
    end,
    severity: WARNINGS.has(code) ? 'warning' : 'error',
    message,
    buildkit,
    inst,
    href: buildkit ? `https://docs.docker.com/reference/build-checks/no-empty-continuation/` : href,
  };
}

function instructionDocs(inst: Inst): string {
  const keyword = inst.keyword === 'ONBUILD' && inst.fact.trigger ? 'onbuild' : inst.keyword.toLowerCase();
  return 'https://docs.docker.com/reference/dockerfile/#' + keyword;
}

/** Drops the library's false positives and corrects its messages. Null when dropped. */
function filter(model: DockerfileModel, inst: Inst, p: BuilderProblem): BuilderProblem | null {
  const text = model.text;
  const args = text.slice(inst.base + inst.fact.argsStart, inst.base + inst.fact.argsEnd);
  switch (p.code) {
    case ValidationCode.BASE_NAME_EMPTY:
      // Decided with the file's global ARGs below; a window parse does not see them all.
      return null;
    case ValidationCode.INVALID_PORT:
    case ValidationCode.INVALID_PROTO:
      return args.includes('$') ? null : p;
    case ValidationCode.INVALID_SIGNAL:
      // The library accepts any `SIG…` and rejects `TERM`; BuildKit's ParseSignal is checked below.
      return null;
    case ValidationCode.FLAG_INVALID_FROM_VALUE:
      return text.slice(inst.base + p.start, inst.base + p.end).startsWith('$') ? null : p;
    case ValidationCode.UNSUPPORTED_MODIFIER: {
      // `${NAME#…}`, `${NAME%…}`, `${NAME/…}`: the variable around the reported range.
      const open = text.lastIndexOf('${', inst.base + p.start);
      const m = open >= 0 ? /^\$\{[A-Za-z_][A-Za-z0-9_]*([#%/])/.exec(text.slice(open, open + 256)) : null;
      return m ? null : p;
    }
    case ValidationCode.ARGUMENT_REQUIRES_TWO: {
      // The library says ENV for LABEL too.
      const keyword = inst.keyword === 'ONBUILD' && inst.fact.trigger ? inst.fact.trigger.keyword : inst.keyword;
      return { ...p, message: p.message.replace(/^\w+ must have two arguments$/, `${keyword} must have two arguments`) };
    }
    default:
      return p;
  }
}

function noSourceImage(model: DockerfileModel, locale: Locale): BuilderFinding[] {
  const message = localize("No source image provided with `FROM`", locale);
  const first = model.instructions.find((i) => i.keyword !== 'ARG');
  if (!first) return [finding(ValidationCode.NO_SOURCE_IMAGE, 0, 0, message, null, 'https://docs.docker.com/reference/dockerfile/#from')];
  if (first.keyword === 'FROM') return [];
  return [finding(ValidationCode.NO_SOURCE_IMAGE, first.base + first.fact.keywordStart, first.base + first.fact.keywordEnd, message, first, 'https://docs.docker.com/reference/dockerfile/#from')];
}

/** `FROM ${BASE}` where no global ARG declares BASE and no default is given: the builder fails. */
function baseNameEmpty(model: DockerfileModel, locale: Locale): BuilderFinding[] {
  const out: BuilderFinding[] = [];
  for (const stage of model.stages) {
    const ref = stage.image;
    if (!ref) continue;
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(ref.text);
    if (!m) continue;
    const name = m[1] ?? m[4];
    if (m[2]?.endsWith('-') && m[3]) continue;
    if (PREDEFINED_ARGS.includes(name)) continue;
    const declared = model.globalArgs.some((a) => a.base < stage.from.base && a.fact.properties.some((p) => p.name === name));
    if (declared) continue;
    out.push(finding(ValidationCode.BASE_NAME_EMPTY, ref.start, ref.end, localize(`base name (${ref.text}) should not be blank`, locale), stage.from, 'https://docs.docker.com/reference/dockerfile/#from'));
  }
  return out;
}

/** Linux signal names as moby's ParseSignal knows them (without `SIG`, any case). */
const SIGNALS = new Set(
  'ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX'
    .split(' ')
    .concat(Array.from({ length: 15 }, (_v, i) => `RTMIN+${i + 1}`), Array.from({ length: 14 }, (_v, i) => `RTMAX-${i + 1}`)),
);

export function isValidSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) > 0;
  return SIGNALS.has(value.toUpperCase().replace(/^SIG/, ''));
}

function invalidSignals(model: DockerfileModel, locale: Locale): BuilderFinding[] {
  const out: BuilderFinding[] = [];
  for (const inst of model.instructions) {
    if (inst.keyword !== 'STOPSIGNAL' || inst.fact.args.length !== 1) continue;
    const arg = inst.fact.args[0];
    if (arg.value.includes('$') || isValidSignal(arg.value)) continue;
    out.push(finding(ValidationCode.INVALID_SIGNAL, inst.base + arg.start, inst.base + arg.end, localize(`Invalid signal: ${arg.value}`, locale), inst, instructionDocs(inst)));
  }
  return out;
}

/** distribution/reference: `[domain[:port]/]path[:tag][@digest]`, path components in lower case. */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:localhost|\\[[0-9a-fA-F:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,}))?$`);
const DIGEST_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** True when `docker build` accepts the reference (a domain may only come first when a path follows). */
export function isValidReference(ref: string): boolean {
  const m = REFERENCE.exec(ref);
  if (!m) return false;
  if (m[1] !== undefined && DIGEST_LENGTH[m[1]] !== m[2].length) return false;
  const name = ref.replace(/[@:][^/]*$/, '');
  return name.length <= 255;
}

function invalidReferences(model: DockerfileModel, locale: Locale): BuilderFinding[] {
  const out: BuilderFinding[] = [];
  for (const stage of model.stages) {
    const ref = stage.image;
    if (!ref || ref.hasVariable || stage.parent || ref.text.toLowerCase() === 'scratch') continue;
    // The library already said so on this line.
    if (stage.from.unit.problems.some((p) => p.code === ValidationCode.INVALID_REFERENCE_FORMAT)) continue;
    if (isValidReference(ref.text)) continue;
    out.push(finding(ValidationCode.INVALID_REFERENCE_FORMAT, ref.start, ref.end, localize('invalid reference format', locale), stage.from, 'https://docs.docker.com/reference/dockerfile/#from'));
  }
  for (const inst of model.instructions) {
    if (inst.keyword !== 'COPY') continue;
    const from = inst.fact.flags.find((f) => f.name === 'from');
    // A stage name or index is not a reference; an image (with a tag, a digest or a path) is.
    if (!from?.value || from.value.includes('$') || !/[:/@]/.test(from.value) || isValidReference(from.value)) continue;
    if (inst.unit.problems.some((p) => p.code === ValidationCode.FLAG_INVALID_FROM_VALUE)) continue;
    out.push(finding(ValidationCode.FLAG_INVALID_FROM_VALUE, inst.base + from.valueStart, inst.base + from.valueEnd, localize(`invalid from flag value ${from.value}: invalid reference format`, locale), inst, instructionDocs(inst)));
  }
  return out;
}

interface Template {
  key: MessageKey;
  pattern: RegExp;
}

let templates: Template[] | null = null;

/** The library's message templates as patterns, most specific first. */
function messageTemplates(): Template[] {
  if (templates) return templates;
  const problems = (Validator as unknown as { dockerProblems: Record<string, string> }).dockerProblems;
  templates = Object.entries(problems)
    .map(([name, template]) => {
      const source = template
        .split(/\$\{\d\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(.*)');
      return { key: `dockerfile.builder.${name}` as MessageKey, pattern: new RegExp('^' + source + '$', 's'), literal: template.replace(/\$\{\d\}/g, '').length };
    })
    .sort((a, b) => b.literal - a.literal)
    .map(({ key, pattern }) => ({ key, pattern }));
  return templates;
}

/** The library's English message in the user's language (unknown messages stay as they are). */
export function localize(message: string, locale: Locale): string {
  for (const tpl of messageTemplates()) {
    const m = tpl.pattern.exec(message);
    if (!m || !(tpl.key in catalog)) continue;
    const params: Record<string, string> = {};
    m.slice(1).forEach((v, i) => (params[String(i)] = v));
    return t(locale, tpl.key, params);
  }
  return message;
}

/** For tests: the library's templates, to check every one has a translation. */
export function libraryTemplates(): Record<string, string> {
  return { ...(Validator as unknown as { dockerProblems: Record<string, string> }).dockerProblems };
}
