/**
 * Dockerfile completion: instructions (snippets), every flag of the instruction at hand with its
 * values (`RUN --mount` types and their options, `--network`, `--security`, `COPY --from` stage
 * names, `FROM --platform`, HEALTHCHECK durations…), ARG/ENV variables in scope after `$`/`${`,
 * base images by the notes' size classes, and suppression comments. Every item carries a
 * `textEdit` over the word it replaces.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import { PREDEFINED_ARGS } from './builder';
import { SUGGESTED_BASES, type SizeClass } from './data/images';
import { DIRECTIVES, INSTRUCTIONS, MOUNT_TYPES, instructionDoc, instructionMarkdown, type FlagDoc } from './data/reference';
import { instructionAt, stageAt, variablesAt, type DockerfileModel, type Inst } from './model';
import type { InstructionFact } from './parse';
import { DOCKERFILE_RULES } from './rules';

const RETRIGGER = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'];

interface Ctx {
  model: DockerfileModel;
  offset: number;
  locale: Locale;
  docs: boolean;
}

export function doDockerfileComplete(model: DockerfileModel, offset: number, locale: Locale, docs: boolean): CompletionList {
  const items = complete({ model, offset, locale, docs });
  return { isIncomplete: false, items };
}

function complete(ctx: Ctx): CompletionItem[] {
  const { model, offset } = ctx;
  const text = model.text;
  const line = model.lines.lineOf(offset);
  const lineStart = model.lines.lineStarts[line];
  const before = text.slice(lineStart, offset);
  const inst = instructionAt(model, offset);
  if (inst && inHeredocBody(inst, offset)) return [];
  const continuation = inst !== null && lineStart > inst.base + inst.fact.keywordStart;
  if (!continuation && /^\s*#/.test(before)) return commentItems(ctx, before, line);
  const [wordStart, wordEnd] = wordAt(text, offset);
  const word = text.slice(wordStart, offset);

  // The keyword: a new line, or the first word of an instruction.
  if (!inst || (!continuation && offset <= inst.base + inst.fact.keywordEnd && /^\s*[A-Za-z]*$/.test(before))) {
    if (!/^\s*[A-Za-z]*$/.test(before)) return [];
    const hasArgs = inst !== null && inst.fact.argsEnd > inst.fact.argsStart;
    return keywordItems(ctx, range(model, wordStart, wordEnd), word, hasArgs, false);
  }

  // ONBUILD: its trigger's keyword, or the trigger itself.
  let fact: InstructionFact = inst.fact;
  if (inst.keyword === 'ONBUILD') {
    const trigger = fact.trigger;
    if (!trigger || offset <= inst.base + trigger.keywordEnd) {
      const hasArgs = !!trigger && trigger.argsEnd > trigger.argsStart;
      return keywordItems(ctx, range(model, wordStart, wordEnd), word, hasArgs, true);
    }
    fact = trigger;
  }
  const target: Inst = { ...inst, fact, keyword: fact.keyword };

  // `$NAME` / `${NAME`: variables in scope.
  const variable = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)?$/.exec(word);
  if (variable) return variableItems(ctx, target, offset - (variable[2]?.length ?? 0), variable[1] === '{');

  // The arguments wholly before the word being typed.
  const argsBefore = fact.args.filter((a) => target.base + a.end <= wordStart);
  // Flags come before the first argument.
  if (word.startsWith('-')) return argsBefore.length === 0 ? flagItems(ctx, target, word, wordStart, wordEnd) : [];
  // On an empty word, flags too, after the other choices.
  const flags = word === '' && argsBefore.length === 0 ? flagItems(ctx, target, word, wordStart, wordEnd).map((i) => ({ ...i, sortText: 'z' + i.sortText })) : [];
  const r = range(model, wordStart, wordEnd);
  const written = model.text.slice(target.base + fact.keywordStart, target.base + fact.keywordEnd);
  switch (target.keyword) {
    case 'FROM':
      if (argsBefore.length === 0) return [...imageItems(ctx, target, r), ...flags];
      if (argsBefore.length === 1) return [keywordLike('AS', r, written)];
      return [];
    case 'HEALTHCHECK':
      return argsBefore.length === 0 ? [...['CMD', 'NONE'].map((k) => keywordLike(k, r, written)), ...flags] : [];
    case 'STOPSIGNAL':
      return argsBefore.length === 0 ? SIGNALS.map((s, i) => ({ label: s, kind: CompletionItemKind.EnumMember, sortText: String(i).padStart(2, '0'), textEdit: { range: r, newText: s } })) : [];
    default:
      return flags;
  }
}

function inHeredocBody(inst: Inst, offset: number): boolean {
  const hs = inst.fact.heredocs.concat(inst.fact.trigger?.heredocs ?? []);
  return hs.some((h) => offset >= inst.base + h.contentStart && offset <= inst.base + h.contentEnd + (h.name.length + 1));
}

/** The blank-delimited word around `offset`. */
function wordAt(text: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  let e = offset;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return [s, e];
}

function range(model: DockerfileModel, start: number, end: number): Range {
  return model.lines.range(start, end);
}

function markdown(ctx: Ctx, value: string) {
  return ctx.docs ? { kind: MarkupKind.Markdown, value } : undefined;
}

/** Write keywords as the file does: upper case unless most instructions are lower case. */
function lowerCaseFile(model: DockerfileModel): boolean {
  let lower = 0;
  for (const i of model.instructions) {
    const w = model.text.slice(i.base + i.fact.keywordStart, i.base + i.fact.keywordEnd);
    lower += w === w.toLowerCase() ? 1 : -1;
  }
  return lower > 0;
}

function keywordItems(ctx: Ctx, r: Range, word: string, hasArgs: boolean, trigger: boolean): CompletionItem[] {
  const lower = word ? word === word.toLowerCase() : lowerCaseFile(ctx.model);
  const stageBefore = stageAt(ctx.model, ctx.offset);
  return INSTRUCTIONS.filter((i) => !trigger || i.trigger).map((i) => {
    const keyword = lower ? i.name.toLowerCase() : i.name;
    const snippet = hasArgs ? keyword : keyword + i.snippet.slice(i.name.length);
    return {
      label: keyword,
      kind: CompletionItemKind.Keyword,
      detail: t(ctx.locale, 'dockerfile.hover.instruction'),
      documentation: markdown(ctx, instructionMarkdown(i.name)),
      // FROM first until there is a stage; MAINTAINER last (deprecated).
      sortText: (i.name === 'FROM' ? (stageBefore ? '1' : '0') : i.name === 'MAINTAINER' ? '9' : '1') + i.name,
      filterText: keyword,
      insertTextFormat: hasArgs ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
      textEdit: { range: r, newText: snippet },
      ...(i.name === 'MAINTAINER' ? { tags: [CompletionItemTag.Deprecated] } : {}),
    };
  });
}

function keywordLike(word: string, r: Range, context: string): CompletionItem {
  const lower = context === context.toLowerCase() && context !== '';
  const label = lower ? word.toLowerCase() : word;
  return { label, kind: CompletionItemKind.Keyword, textEdit: { range: r, newText: label + ' ' }, command: RETRIGGER };
}

function flagItems(ctx: Ctx, inst: Inst, word: string, wordStart: number, wordEnd: number): CompletionItem[] {
  const doc = instructionDoc(inst.keyword);
  if (!doc) return [];
  const eq = word.indexOf('=');
  if (eq > 0) {
    const name = word.slice(2, eq);
    const flag = doc.flags.find((f) => f.name === name);
    if (!flag) return [];
    return flagValueItems(ctx, inst, flag, word.slice(eq + 1), wordStart + eq + 1, wordEnd);
  }
  const present = new Set(inst.fact.flags.filter((f) => inst.base + f.start !== wordStart).map((f) => f.name));
  const r = range(ctx.model, wordStart, wordEnd);
  return doc.flags
    .filter((f) => f.repeatable || !present.has(f.name))
    .map((f, i) => ({
      label: `--${f.name}`,
      kind: CompletionItemKind.Property,
      detail: f.value ? `--${f.name}=${f.value}` : `--${f.name}`,
      documentation: markdown(ctx, f.doc),
      sortText: String(i).padStart(2, '0'),
      filterText: `--${f.name}`,
      textEdit: { range: r, newText: f.value ? `--${f.name}=` : `--${f.name}` },
      ...(f.value ? { command: RETRIGGER } : {}),
    }));
}

function flagValueItems(ctx: Ctx, inst: Inst, flag: FlagDoc, value: string, valueStart: number, wordEnd: number): CompletionItem[] {
  const model = ctx.model;
  if (flag.name === 'mount') return mountItems(ctx, inst, value, valueStart, wordEnd);
  const r = range(model, valueStart, wordEnd);
  if (flag.name === 'from' && inst.keyword === 'COPY') return stageItems(ctx, inst, r);
  return (flag.values ?? []).map((v, i) => ({
    label: v,
    kind: CompletionItemKind.Value,
    sortText: String(i).padStart(2, '0'),
    textEdit: { range: r, newText: v },
  }));
}

/** `--mount=type=cache,target=/x,sharing=…`: types, then the options of the type, then their values. */
function mountItems(ctx: Ctx, inst: Inst, value: string, valueStart: number, wordEnd: number): CompletionItem[] {
  const model = ctx.model;
  const comma = value.lastIndexOf(',');
  const segment = value.slice(comma + 1);
  const segmentStart = valueStart + comma + 1;
  const full = model.text.slice(valueStart, wordEnd);
  const pairs = new Map(full.split(',').map((p) => [p.split('=')[0].toLowerCase(), p.slice(p.indexOf('=') + 1)]));
  const type = pairs.get('type') ?? 'bind';
  const typeDoc = MOUNT_TYPES.find((m) => m.type === type);
  // The end of the segment being edited (up to the next comma).
  const rest = model.text.slice(segmentStart, wordEnd);
  const segmentEnd = segmentStart + (rest.includes(',') ? rest.indexOf(',') : rest.length);
  const eq = segment.indexOf('=');
  if (eq >= 0) {
    const key = segment.slice(0, eq).toLowerCase();
    const r = range(model, segmentStart + eq + 1, segmentEnd);
    if (key === 'type') {
      return MOUNT_TYPES.map((m, i) => ({ label: m.type, kind: CompletionItemKind.EnumMember, documentation: markdown(ctx, m.doc), sortText: String(i), textEdit: { range: r, newText: m.type } }));
    }
    if (key === 'from') return stageItems(ctx, inst, r);
    const option = typeDoc?.options.find((o) => o.name === key);
    return (option?.values ?? []).map((v, i) => ({ label: v, kind: CompletionItemKind.Value, sortText: String(i), textEdit: { range: r, newText: v } }));
  }
  const r = range(model, segmentStart, segmentEnd);
  const items: CompletionItem[] = [];
  if (!pairs.has('type') || segment === '' && !value.includes('type=')) {
    items.push({ label: 'type', kind: CompletionItemKind.Property, detail: 'type=bind|cache|tmpfs|secret|ssh', sortText: '00', textEdit: { range: r, newText: 'type=' }, command: RETRIGGER });
  }
  for (const [i, o] of (typeDoc?.options ?? []).entries()) {
    if (pairs.has(o.name) && o.name !== segment) continue;
    items.push({
      label: o.name,
      kind: CompletionItemKind.Property,
      detail: `${type} mount`,
      documentation: markdown(ctx, o.doc),
      sortText: String(i + 1).padStart(2, '0'),
      textEdit: { range: r, newText: o.name + '=' },
      command: RETRIGGER,
    });
  }
  return items;
}

/** Stages defined before the current one (what `--from` may name). */
function stageItems(ctx: Ctx, inst: Inst, r: Range): CompletionItem[] {
  const current = stageAt(ctx.model, inst.base + inst.fact.start);
  return ctx.model.stages
    .filter((s) => s.name && (!current || s.index < current.index))
    .map((s, i) => ({
      label: s.name!,
      kind: CompletionItemKind.Reference,
      detail: t(ctx.locale, 'dockerfile.completion.stage', { line: ctx.model.lines.lineOf(s.from.base) + 1 }),
      documentation: markdown(ctx, '```dockerfile\n' + ctx.model.text.slice(s.from.base + s.from.fact.start, s.from.base + s.from.fact.end) + '\n```'),
      sortText: String(99 - i).padStart(2, '0'),
      textEdit: { range: r, newText: s.name! },
    }));
}

function variableItems(ctx: Ctx, inst: Inst, nameStart: number, braced: boolean): CompletionItem[] {
  const model = ctx.model;
  let nameEnd = nameStart;
  while (nameEnd < model.text.length && /[A-Za-z0-9_]/.test(model.text[nameEnd])) nameEnd++;
  const close = braced && model.text[nameEnd] !== '}' ? '}' : '';
  const r = range(model, nameStart, nameEnd);
  const defs = variablesAt(model, inst.base + inst.fact.start);
  const seen = new Map<string, CompletionItem>();
  for (const d of defs) {
    const line = model.lines.lineOf(d.inst.base + d.inst.fact.start) + 1;
    seen.set(d.name, {
      label: d.name,
      kind: CompletionItemKind.Variable,
      detail: t(ctx.locale, 'dockerfile.completion.variable', { kind: d.kind, line }),
      documentation: markdown(ctx, d.value === null ? `\`${d.kind} ${d.name}\`` : `\`${d.name}=${d.value}\``),
      sortText: '0' + d.name,
      textEdit: { range: r, newText: d.name + close },
    });
  }
  // FROM lines see the platform ARGs; every instruction sees the proxy ARGs.
  const inFrom = inst.keyword === 'FROM';
  for (const name of PREDEFINED_ARGS) {
    if (seen.has(name) || (!inFrom && /^(TARGET|BUILD)/.test(name))) continue;
    seen.set(name, {
      label: name,
      kind: CompletionItemKind.Variable,
      detail: t(ctx.locale, 'dockerfile.completion.predefined'),
      sortText: (/^(TARGET|BUILD)/.test(name) ? '1' : '2') + name,
      textEdit: { range: r, newText: name + close },
    });
  }
  return [...seen.values()];
}

const SIZE_ORDER: Record<SizeClass, string> = { minimal: '0', small: '1', large: '2' };

function imageItems(ctx: Ctx, inst: Inst, r: Range): CompletionItem[] {
  const items: CompletionItem[] = SUGGESTED_BASES.map((b) => ({
    label: b.image,
    kind: CompletionItemKind.Module,
    detail: `${t(ctx.locale, `dockerfile.completion.size.${b.size}`)} · ${t(ctx.locale, `dockerfile.completion.use.${b.use}`)}`,
    documentation: markdown(ctx, t(ctx.locale, `dockerfile.hover.size.${b.size}`)),
    sortText: SIZE_ORDER[b.size] + b.image,
    textEdit: { range: r, newText: b.image },
  }));
  return items.concat(stageItems(ctx, inst, r).map((i) => ({ ...i, sortText: '00' + i.label })));
}

/** Directives at the top, and the suppression comments of our rules, hadolint and BuildKit. */
function commentItems(ctx: Ctx, before: string, line: number): CompletionItem[] {
  const model = ctx.model;
  const offset = ctx.offset;
  const [wordStart] = wordAt(model.text, offset);
  const inDirectives = model.lines.lineStarts[line] <= model.file.bodyStart || line === model.file.directives.length;
  let m: RegExpExecArray | null;
  if ((m = /#\s*kube-guide-disable-(?:next-line|file)\b[\s\S]*?([\w/-]*)$/.exec(before))) {
    const r = range(model, offset - m[1].length, offset);
    return DOCKERFILE_RULES.map((rule) => ({ label: rule.id, kind: CompletionItemKind.Constant, detail: t(ctx.locale, rule.description), textEdit: { range: r, newText: rule.id } }));
  }
  if ((m = /#\s*hadolint\s+(?:global\s+)?ignore=(?:[\w]+,)*([\w]*)$/.exec(before))) {
    const r = range(model, offset - m[1].length, offset);
    return DOCKERFILE_RULES.flatMap((rule) => rule.hadolint.map((code) => ({ label: code, kind: CompletionItemKind.Constant, detail: `${rule.id} — ${t(ctx.locale, rule.description)}`, textEdit: { range: r, newText: code } })));
  }
  if (inDirectives && (m = /#\s*check\s*=\s*(?:[\w=,]*;)?skip=(?:[\w]+,)*([\w]*)$/.exec(before))) {
    const r = range(model, offset - m[1].length, offset);
    const names = [...new Set(DOCKERFILE_RULES.map((rule) => rule.buildkit).filter((n): n is string => !!n)), 'all'];
    return names.map((n) => ({ label: n, kind: CompletionItemKind.Constant, textEdit: { range: r, newText: n } }));
  }
  if ((m = /^\s*#\s*([\w-]*)$/.exec(before))) {
    const r = range(model, offset - m[1].length, wordStart === offset - m[1].length ? offset : offset);
    const items: CompletionItem[] = ['kube-guide-disable-next-line', 'kube-guide-disable-file', 'hadolint ignore='].map((s, i) => ({
      label: s,
      kind: CompletionItemKind.Keyword,
      sortText: '1' + i,
      textEdit: { range: r, newText: s.endsWith('=') ? s : s + ' ' },
      command: RETRIGGER,
    }));
    if (inDirectives) {
      for (const d of DIRECTIVES) {
        items.push({ label: d.name, kind: CompletionItemKind.Keyword, detail: t(ctx.locale, 'dockerfile.hover.directive'), documentation: markdown(ctx, d.doc), sortText: '0' + d.name, textEdit: { range: r, newText: d.name + '=' }, command: RETRIGGER });
      }
    }
    return items;
  }
  if (inDirectives && (m = /^\s*#\s*(syntax|escape|check)\s*=\s*(\S*)$/.exec(before))) {
    const r = range(model, offset - m[2].length, offset);
    return (DIRECTIVES.find((d) => d.name === m![1])?.values ?? []).map((v) => ({ label: v, kind: CompletionItemKind.Value, textEdit: { range: r, newText: v } }));
  }
  return [];
}
