/**
 * Hover in Dockerfiles. On an instruction: its syntax and doc; on a flag or a `--mount` option:
 * its doc; on a FROM image: registry, repository, tag, digest and the notes' size class; on a
 * stage name or `--from=stage`: where the stage is; on `$VAR`: its value in scope; on a parser
 * directive: what it does. The English reference (data/reference.ts) obeys `hover.docs`; the
 * study notes follow after a rule, from the NotesProvider, when `hover.notes` is on.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import type { NotesProvider, NotesTarget } from '../notes';
import type { Settings } from '../settings';
import { PREDEFINED_ARGS } from './builder';
import { imageFacts } from './data/images';
import { DIRECTIVES, MOUNT_TYPES, REFERENCE_URL, flagDoc, instructionMarkdown } from './data/reference';
import type { ImageRef } from './image';
import { instructionAt, stageAt, variablesAt, type DockerfileModel, type Inst, type Stage } from './model';
import type { InstructionFact } from './parse';

interface Found {
  start: number;
  end: number;
  /** The English reference (shown when `hover.docs` is on). */
  docs?: string;
  /** Facts about this file (shown always). */
  facts?: string;
  notes?: NotesTarget;
}

export function doDockerfileHover(model: DockerfileModel, offset: number, locale: Locale, settings: Settings, notes?: NotesProvider): Hover | null {
  const found = find(model, offset, locale);
  if (!found) return null;
  const parts: string[] = [];
  const head = [settings.hover.docs ? found.docs : undefined, found.facts].filter(Boolean).join('\n\n');
  if (head) parts.push(head);
  if (found.notes && settings.hover.notes && notes) {
    const md = notes.hover(found.notes, locale);
    if (md) parts.push(md);
  }
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: model.lines.range(found.start, found.end) };
}

function find(model: DockerfileModel, offset: number, locale: Locale): Found | null {
  const directive = model.file.directives.find((d) => offset >= d.start && offset <= d.end);
  if (directive) {
    const doc = DIRECTIVES.find((d) => d.name === directive.name.toLowerCase());
    return doc ? { start: directive.nameStart, end: directive.nameEnd, docs: `**${t(locale, 'dockerfile.hover.directive')}** \`${doc.name}\`\n\n${doc.doc}\n\n[${t(locale, 'dockerfile.hover.reference')}](${REFERENCE_URL}#parser-directives)` } : null;
  }
  const inst = instructionAt(model, offset);
  if (!inst) return null;
  const fact = inst.fact;
  const abs = (rel: number) => inst.base + rel;
  if (offset >= abs(fact.keywordStart) && offset <= abs(fact.keywordEnd)) return keywordHover(inst.keyword, abs(fact.keywordStart), abs(fact.keywordEnd));
  // ONBUILD RUN …: the trigger is an instruction of its own.
  const target = fact.trigger && offset >= abs(fact.trigger.keywordStart) ? fact.trigger : fact;
  if (target !== fact && offset <= abs(target.keywordEnd)) return keywordHover(target.keyword, abs(target.keywordStart), abs(target.keywordEnd));
  if (target.heredocs.some((h) => offset >= abs(h.contentStart) && offset <= abs(h.contentEnd))) return null;

  const variable = target.variables.find((v) => offset >= abs(v.start) && offset <= abs(v.end));
  if (variable) return variableHover(model, inst, variable.value, abs(variable.start), abs(variable.end), locale);

  for (const f of target.flags) {
    if (offset < abs(f.start) || offset > abs(f.end)) continue;
    if (f.name === 'mount') {
      const option = f.options.find((o) => offset >= abs(o.start) && offset <= abs(o.end));
      if (option) return mountHover(f.options, option, abs, locale, target.keyword);
    }
    if (f.name === 'from' && target.keyword === 'COPY' && f.value && offset >= abs(f.valueStart)) {
      const stage = stageNamed(model, f.value);
      if (stage) return stageRefHover(model, stage, abs(f.valueStart), abs(f.valueEnd), locale, { language: 'dockerfile', instruction: 'COPY', flag: 'from', value: f.value });
    }
    const doc = flagDoc(target.keyword, f.name);
    return {
      start: abs(f.start),
      end: offset <= abs(f.nameEnd) || !f.value ? abs(f.nameEnd) : abs(f.end),
      docs: doc ? `**\`--${f.name}${doc.value ? '=' + doc.value : ''}\`** · ${t(locale, 'dockerfile.hover.flag', { instruction: target.keyword })}\n\n${doc.doc}\n\n[${target.keyword} reference](${REFERENCE_URL}#${target.keyword.toLowerCase()})` : undefined,
      notes: { language: 'dockerfile', instruction: target.keyword, flag: f.name },
    };
  }

  if (target.keyword === 'FROM') return fromHover(model, inst, target, offset, locale);
  return null;
}

function keywordHover(keyword: string, start: number, end: number): Found {
  return { start, end, docs: instructionMarkdown(keyword) || undefined, notes: { language: 'dockerfile', instruction: keyword } };
}

function fromHover(model: DockerfileModel, inst: Inst, fact: InstructionFact, offset: number, locale: Locale): Found | null {
  const stage = model.stages.find((s) => s.from === inst);
  if (!stage) return null;
  const abs = (rel: number) => inst.base + rel;
  const [image, as, name] = fact.args;
  if (name && offset >= abs(name.start) && offset <= abs(name.end)) {
    return {
      start: abs(name.start),
      end: abs(name.end),
      facts: t(locale, 'dockerfile.hover.stage', { name: name.value, index: stage.index, image: stage.image?.text ?? '' }),
      notes: { language: 'dockerfile', instruction: 'FROM', flag: 'as', value: name.value },
    };
  }
  if (as && offset >= abs(as.start) && offset <= abs(as.end)) {
    return { start: abs(as.start), end: abs(as.end), notes: { language: 'dockerfile', instruction: 'FROM', flag: 'as', value: name?.value } };
  }
  if (!image || offset < abs(image.start) || offset > abs(image.end) || !stage.image) return null;
  if (stage.parent) return stageRefHover(model, stage.parent, abs(image.start), abs(image.end), locale, { language: 'dockerfile', instruction: 'FROM', value: image.value });
  return { start: abs(image.start), end: abs(image.end), facts: imageFactsMarkdown(stage.image, locale), notes: { language: 'dockerfile', instruction: 'FROM', value: image.value } };
}

function imageFactsMarkdown(ref: ImageRef, locale: Locale): string {
  const none = t(locale, 'dockerfile.hover.none');
  const lines = [
    `**${t(locale, 'dockerfile.hover.image')}** \`${ref.text}\``,
    '',
    t(locale, 'dockerfile.hover.imageParts', {
      registry: ref.registry ?? t(locale, 'dockerfile.hover.dockerHub'),
      path: ref.path || ref.text,
      tag: ref.tag !== null ? '`' + ref.tag + '`' : none,
      digest: ref.digest !== null ? '`' + ref.digest + '`' : none,
    }),
  ];
  if (!ref.hasVariable) {
    const facts = imageFacts(ref);
    if (facts.size) lines.push('', t(locale, `dockerfile.hover.size.${facts.size}`));
    if (facts.lighter.length && facts.size === 'large') lines.push('', t(locale, 'dockerfile.hover.lighter', { list: facts.lighter.map((s) => '`' + s + '`').join(', ') }));
  }
  return lines.join('\n');
}

function stageNamed(model: DockerfileModel, name: string): Stage | undefined {
  if (/^\d+$/.test(name)) return model.stages[Number(name)];
  const lower = name.toLowerCase();
  return [...model.stages].reverse().find((s) => s.name?.toLowerCase() === lower);
}

function stageRefHover(model: DockerfileModel, stage: Stage, start: number, end: number, locale: Locale, notes: NotesTarget): Found {
  const line = model.lines.lineOf(stage.from.base) + 1;
  const from = model.text.slice(stage.from.base + stage.from.fact.start, stage.from.base + stage.from.fact.end);
  return { start, end, facts: `${t(locale, 'dockerfile.hover.stageRef', { name: stage.name ?? String(stage.index), line })}\n\n\`\`\`dockerfile\n${from}\n\`\`\``, notes };
}

function mountHover(options: InstructionFact['flags'][number]['options'], option: InstructionFact['flags'][number]['options'][number], abs: (n: number) => number, locale: Locale, keyword: string): Found {
  const type = (options.find((o) => o.name === 'type')?.value ?? 'bind').toLowerCase();
  const typeDoc = MOUNT_TYPES.find((m) => m.type === type);
  const name = option.name.toLowerCase();
  let docs: string | undefined;
  if (name === 'type') docs = typeDoc ? `**\`type=${type}\`**\n\n${typeDoc.doc}` : undefined;
  else {
    const o = typeDoc?.options.find((x) => x.name === name || (x.name === 'target' && (name === 'dst' || name === 'destination')) || (x.name === 'ro' && name === 'readonly'));
    docs = o ? `**\`${option.name}\`** · ${t(locale, 'dockerfile.hover.mountOption')} (\`type=${type}\`)\n\n${o.doc}` : undefined;
  }
  return { start: abs(option.start), end: abs(option.end), docs, notes: { language: 'dockerfile', instruction: keyword, flag: 'mount', value: option.value ?? undefined } };
}

function variableHover(model: DockerfileModel, inst: Inst, name: string, start: number, end: number, locale: Locale): Found {
  const defs = variablesAt(model, inst.base + inst.fact.start).filter((d) => d.name === name);
  const def = defs[defs.length - 1];
  if (!def) {
    const predefined = PREDEFINED_ARGS.includes(name) && (inst.keyword === 'FROM' || !/^(TARGET|BUILD)/.test(name) || !stageAt(model, start));
    return { start, end, facts: predefined ? t(locale, 'dockerfile.hover.variablePredefined', { name }) : undefined };
  }
  const line = model.lines.lineOf(def.inst.base + def.inst.fact.start) + 1;
  return {
    start,
    end,
    facts: def.value === null ? t(locale, 'dockerfile.hover.variableNoValue', { kind: def.kind, name, line }) : t(locale, 'dockerfile.hover.variable', { kind: def.kind, name, value: def.value, line }),
  };
}
