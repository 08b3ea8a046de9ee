#!/usr/bin/env -S node --import tsx
/**
 * Generates, from the rules as data (server/src/service/rules/catalog.ts):
 * - docs/rules.md: the manifest rules table, the presets (Dockerfile rules included), the
 *   settings, suppression;
 * - the `kubeGuide.preset` setting and the manifest rules' entries of `kubeGuide.rules` in
 *   package.json, with English and Korean descriptions in package.nls.json / package.nls.ko.json.
 * Only those parts of the shared files are touched: scripts/dockerfile-rules.ts writes the
 * Dockerfile rules' entries of the same setting and docs/dockerfile-rules.md.
 *
 *   node --import tsx scripts/gen-rules.ts          # writes the files
 *   node --import tsx scripts/gen-rules.ts --check  # exits 1 when one is stale
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalog } from '../server/src/l10n/catalog';
import type { Locale } from '../server/src/l10n';
import { ALL_RULES } from '../server/src/service/rules/catalog';
import { MANIFEST_RULES } from '../server/src/service/rules/manifest';
import { SEVERITY_SETTINGS } from '../server/src/service/rules/config';
import { DISABLE_ANNOTATION } from '../server/src/service/rules/suppress';
import { PRINCIPLES } from '../server/src/service/rules/principles';
import { DOCKERFILE_PRESETS } from '../server/src/service/rules/catalog';
import { PRESETS, presetIncludesDefault, type RuleMeta } from '../server/src/service/rules/rule';

const root = join(__dirname, '..');
export const DOCS_FILE = join(root, 'docs', 'rules.md');
export const PACKAGE_FILE = join(root, 'package.json');
export const NLS_FILES: Record<Locale, string> = { en: join(root, 'package.nls.json'), ko: join(root, 'package.nls.ko.json') };

const describe = (r: RuleMeta, locale: Locale) => catalog[r.description][locale];
const PRESET_TEXT: Record<string, Record<Locale, string>> = {
  minimal: { en: 'Only what is broken: references to nothing, probes that always fail, duplicates.', ko: '고장난 것만: 존재하지 않는 대상 참조, 항상 실패하는 probe, 중복.' },
  recommended: { en: 'The practices of the notes, without disputed rules (the default).', ko: '노트의 원칙. 의견이 갈리는 규칙은 뺀다 (기본값).' },
  strict: { en: 'Every rule, including disputed ones (CPU limits, liveness probes everywhere, digests).', ko: '모든 규칙. 의견이 갈리는 규칙(CPU limits, 모든 곳의 liveness probe, 다이제스트)도 포함.' },
};
const NLS_GENERAL: Record<string, Record<Locale, string>> = {
  'config.workspace.maxFiles': {
    en: 'How many files with manifests the workspace index reads for cross-document checks (Service selectors, ConfigMap references…). Past it, "does not exist" checks stay quiet.',
    ko: '문서 간 검사(Service 셀렉터, ConfigMap 참조 등)를 위해 워크스페이스 인덱스가 읽는 매니페스트 파일 수의 상한. 넘으면 "존재하지 않음" 검사는 조용히 있는다.',
  },
  'config.workspace.maxFileSize': {
    en: 'Files larger than this (in bytes) are left out of the workspace index.',
    ko: '이보다 큰 파일(바이트)은 워크스페이스 인덱스에서 뺀다.',
  },
  'config.preset': {
    en: 'Which rules are on: `minimal`, `recommended` (default) or `strict`. `kubeGuide.rules` overrides single rules.',
    ko: '켜 둘 규칙의 묶음: `minimal`, `recommended`(기본값), `strict`. 개별 규칙은 `kubeGuide.rules`로 바꾼다.',
  },
  'config.rules': {
    en: 'Severity per rule id (`off`, `hint`, `information`, `warning`, `error`), over the preset. Ids are the diagnostic codes; see docs/rules.md.',
    ko: '규칙 id별 심각도(`off`, `hint`, `information`, `warning`, `error`). 프리셋보다 우선한다. id는 진단 코드와 같다 (docs/rules.md 참고).',
  },
};

/** The rules this generator writes settings for (Dockerfile rules have their own generator). */
const OWN_RULES: readonly RuleMeta[] = ALL_RULES.filter((r) => !r.id.startsWith('dockerfile/'));
const isOwn = (id: string) => !id.startsWith('dockerfile/');

/** `manifest/latest-tag` → `config.rules.manifest.latest-tag` (nls keys have no slash). */
export const nlsKey = (id: string) => 'config.rules.' + id.replace(/\//g, '.');

/** The settings entries, as they go into contributes.configuration.properties. */
export function settingsProperties(): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of OWN_RULES) {
    // The default shown is what the rule does under the default preset.
    ruleProps[r.id] = { type: 'string', enum: [...SEVERITY_SETTINGS], default: presetIncludesDefault(r.preset) ? r.severity : 'off', description: `%${nlsKey(r.id)}%` };
  }
  return {
    'kubeGuide.workspace.maxFiles': { type: 'integer', default: 5000, minimum: 1, markdownDescription: '%config.workspace.maxFiles%' },
    'kubeGuide.workspace.maxFileSize': { type: 'integer', default: 1000000, minimum: 1, markdownDescription: '%config.workspace.maxFileSize%' },
    'kubeGuide.preset': {
      type: 'string',
      enum: [...PRESETS],
      enumDescriptions: PRESETS.map((p) => `%config.preset.${p}%`),
      default: 'recommended',
      markdownDescription: '%config.preset%',
    },
    'kubeGuide.rules': {
      type: 'object',
      default: {},
      markdownDescription: '%config.rules%',
      properties: ruleProps,
      additionalProperties: { type: 'string', enum: [...SEVERITY_SETTINGS] },
    },
  };
}

/** The nls keys this generator owns, per locale. */
export function nlsEntries(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(NLS_GENERAL)) out[k] = v[locale];
  for (const p of PRESETS) out[`config.preset.${p}`] = PRESET_TEXT[p][locale];
  for (const r of OWN_RULES) {
    const on = locale === 'en' ? `default ${r.severity}, on in ${r.preset}${r.preset === 'strict' ? '' : ' and above'}` : `기본 ${r.severity}, ${r.preset}${r.preset === 'strict' ? '에서만' : ' 이상에서'} 켜짐`;
    out[nlsKey(r.id)] = `${describe(r, locale)} (${on})`;
  }
  return out;
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function renderDocs(): string {
  const lines: string[] = [
    '<!-- Generated by scripts/gen-rules.ts from the rules as data; edit the rules, then run `npm run gen:rules`. -->',
    '',
    '# Rules',
    '',
    'Every finding has a stable id: the diagnostic `code`, the key in `kubeGuide.rules`, and what suppression comments name. Messages come in English and Korean; each links to the notes\' section (or the docs) it teaches.',
    '',
    '## Presets',
    '',
    '`kubeGuide.preset` (CLI: `--preset`) turns rules on by preset; presets nest (`minimal` ⊂ `recommended` ⊂ `strict`).',
    '',
    '| Preset | What it is for |',
    '|---|---|',
    ...PRESETS.map((p) => `| \`${p}\` | ${PRESET_TEXT[p].en} ${PRESET_TEXT[p].ko} |`),
    '',
    '## Settings',
    '',
    '```jsonc',
    '"kubeGuide.preset": "recommended",',
    '"kubeGuide.rules": {',
    '  "manifest/missing-cpu-limit": "warning",   // on, whatever the preset',
    '  "manifest/single-replica": "off",          // off, whatever the preset',
    '  "k8s/custom-resource": "hint"              // any diagnostic code, also the schema\'s',
    '}',
    '```',
    '',
    `Severities: ${SEVERITY_SETTINGS.map((s) => `\`${s}\``).join(', ')}. The command line takes the same: \`kube-guide lint --preset strict --rule manifest/single-replica=off PATH…\`.`,
    '',
    '## Silencing a finding',
    '',
    '- `# kube-guide-disable-next-line <id> [<id>…]` — the next line that is not blank or a comment.',
    '- `# kube-guide-disable-line <id>…` — its own line (after the YAML on it).',
    '- `# kube-guide-disable <id>…` — from there to the end of the YAML document (`---`).',
    '- `# kube-guide-disable-file <id>…` — the whole file.',
    '',
    'Without ids, every rule is silenced. Ids are separated by spaces or commas; `manifest/*` names a whole area; text after `--` is a reason for the reader. The quick fixes "Ignore … on this line / in this file" write these comments.',
    '',
    `An annotation silences rules for one object: \`metadata.annotations: {"${DISABLE_ANNOTATION}": "manifest/latest-tag, manifest/single-replica"}\` (or \`all\`). The annotations of kube-linter (\`ignore-check.kube-linter.io/<check>\`), kube-score (\`kube-score/ignore: <check>,…\`) and Polaris (\`polaris.fairwinds.com/<check>-exempt: "true"\`, \`polaris.fairwinds.com/exempt\`) silence our rule with the same meaning, listed in the last column below.`,
    '',
    '## Manifest rules',
    '',
    '| Rule | Default | On in | What it checks | 설명 | Notes principle | Same as |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of MANIFEST_RULES) {
    const principle = r.principle && PRINCIPLES[r.principle] ? `${PRINCIPLES[r.principle].en} (${PRINCIPLES[r.principle].ko})` : '';
    const eq = r.equivalents;
    const same = [
      ...(eq?.kubeLinter ?? []).map((c) => `kube-linter \`${c}\``),
      ...(eq?.kubeScore ?? []).map((c) => `kube-score \`${c}\``),
      ...(eq?.polaris ?? []).map((c) => `Polaris \`${c}\``),
    ].join(', ');
    lines.push(`| [\`${r.id}\`](${r.docs}) | ${r.severity} | ${r.preset} | ${esc(describe(r, 'en'))} | ${esc(describe(r, 'ko'))} | ${principle} | ${same} |`);
  }
  // The schema and API-server checks of service/k8s (manifest validation, not best practice).
  const schema = OWN_RULES.filter((r) => !MANIFEST_RULES.includes(r as never));
  if (schema.length) {
    lines.push(
      '',
      '## Schema and API-server checks',
      '',
      'What the API server itself would reject (or has removed), checked against the schema generated from kubernetes-types and the server\'s own validation rules. On in every preset; set them like any rule.',
      '',
      '| Rule | Default | On in | What it checks | 설명 | Notes principle |',
      '|---|---|---|---|---|---|',
      ...schema.map((r) => {
        const principle = r.principle && PRINCIPLES[r.principle] ? `${PRINCIPLES[r.principle].en} (${PRINCIPLES[r.principle].ko})` : '';
        return `| [\`${r.id}\`](${r.docs}) | ${r.severity} | ${r.preset} | ${esc(describe(r, 'en'))} | ${esc(describe(r, 'ko'))} | ${principle} |`;
      }),
    );
  }
  const others = ALL_RULES.filter((r) => !MANIFEST_RULES.includes(r as never) && r.id.startsWith('dockerfile/'));
  if (others.length) {
    lines.push(
      '',
      '## Dockerfile rules',
      '',
      '[dockerfile-rules.md](dockerfile-rules.md) lists them with their hadolint and BuildKit equivalents. They follow the same settings, presets and comments; presets other than `recommended`:',
      '',
      '| Rule | On in |',
      '|---|---|',
      ...Object.entries(DOCKERFILE_PRESETS).map(([id, p]) => `| \`${id}\` | ${p} |`),
    );
  }
  return lines.join('\n') + '\n';
}

/** package.json with the generated settings in place (everything else, other areas' rules included, untouched). */
export function renderPackage(text: string): string {
  const pkg = JSON.parse(text);
  const props = (pkg.contributes.configuration.properties ??= {});
  const fresh = settingsProperties() as Record<string, { properties?: Record<string, unknown> }>;
  const theirs = Object.fromEntries(Object.entries((props['kubeGuide.rules']?.properties ?? {}) as Record<string, unknown>).filter(([id]) => !isOwn(id)));
  props['kubeGuide.preset'] = fresh['kubeGuide.preset'];
  props['kubeGuide.workspace.maxFiles'] = fresh['kubeGuide.workspace.maxFiles'];
  props['kubeGuide.workspace.maxFileSize'] = fresh['kubeGuide.workspace.maxFileSize'];
  props['kubeGuide.rules'] = { ...fresh['kubeGuide.rules'], properties: { ...fresh['kubeGuide.rules'].properties, ...theirs } };
  return JSON.stringify(pkg, null, 2) + '\n';
}

export function renderNls(text: string, locale: Locale): string {
  const nls = JSON.parse(text) as Record<string, string>;
  // Drop stale entries of our rules (a renamed or removed rule), keep other areas'.
  for (const k of Object.keys(nls)) if (k.startsWith('config.rules.') && !k.startsWith('config.rules.dockerfile.')) delete nls[k];
  Object.assign(nls, nlsEntries(locale));
  return JSON.stringify(nls, null, 2) + '\n';
}

/** [file, fresh text] for every generated file. */
export function generated(): [string, string][] {
  return [
    [DOCS_FILE, renderDocs()],
    [PACKAGE_FILE, renderPackage(readFileSync(PACKAGE_FILE, 'utf8'))],
    [NLS_FILES.en, renderNls(readFileSync(NLS_FILES.en, 'utf8'), 'en')],
    [NLS_FILES.ko, renderNls(readFileSync(NLS_FILES.ko, 'utf8'), 'ko')],
  ];
}

if (require.main === module) {
  let stale = false;
  for (const [file, text] of generated()) {
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {}
    if (old === text) continue;
    if (process.argv.includes('--check')) {
      console.error(`gen-rules: ${file} is stale (run npm run gen:rules)`);
      stale = true;
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`gen-rules: wrote ${file}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
