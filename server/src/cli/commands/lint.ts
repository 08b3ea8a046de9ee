/** `kube-guide lint [--format text|json|sarif] PATH…`: the editor's diagnostics, for CI. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { t } from '../../l10n';
import { defaultSettings, getLanguageService } from '../../service';
import { PRESETS, type Preset } from '../../service/rules/rule';
import { ruleMeta } from '../../service/rules/catalog';
import { catalog } from '../../l10n/catalog';
import { resolveRulesConfig, severitySetting, type RulesConfig, type SeveritySetting } from '../../service/rules/config';
import { VERSION } from '../../version';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { givenCluster } from '../../service/workspace/cluster';
import { collectFiles, readUserFile, type InputFile } from '../files';
import { UserError, type CliIO, type Command } from '../io';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  file: string;
  range: Diagnostic['range'];
  severity: Severity;
  code: string;
  message: string;
  source: string;
}

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const SEVERITY: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export interface LintArgs {
  format: Format;
  paths: string[];
  rules: RulesConfig;
  /** `--cluster FILE`: the nodes pods are measured against (requests-exceed-nodes). */
  cluster: string | null;
}

export function parseLintArgs(args: string[], io: CliIO): LintArgs {
  let format: Format = 'text';
  let preset: Preset | undefined;
  const overrides: Record<string, SeveritySetting> = {};
  const paths: string[] = [];
  let cluster: string | null = null;
  /** `--flag value` or `--flag=value`. */
  const valueOf = (a: string, flag: string, i: number): [string, number] => (a === flag ? [args[i + 1] ?? '', i + 1] : [a.slice(flag.length + 1), i]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (!FORMATS.includes(v as Format)) throw new UserError(t(io.locale, 'cli.badFormat', { format: String(v ?? '') }));
      format = v as Format;
    } else if (a === '--preset' || a.startsWith('--preset=')) {
      const [v, next] = valueOf(a, '--preset', i);
      i = next;
      if (!PRESETS.includes(v as Preset)) throw new UserError(t(io.locale, 'rules.cli.badPreset', { preset: v }));
      preset = v as Preset;
    } else if (a === '--cluster' || a.startsWith('--cluster=')) {
      const [v, next] = valueOf(a, '--cluster', i);
      i = next;
      if (!v) throw new UserError(t(io.locale, 'cli.lint.noPaths'));
      cluster = v;
    } else if (a === '--rule' || a.startsWith('--rule=')) {
      const [v, next] = valueOf(a, '--rule', i);
      i = next;
      const eq = v.lastIndexOf('=');
      const severity = eq > 0 ? severitySetting(v.slice(eq + 1)) : undefined;
      if (!severity) throw new UserError(t(io.locale, 'rules.cli.badRule', { rule: v }));
      overrides[v.slice(0, eq)] = severity;
    } else if (a === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UserError(t(io.locale, 'cli.unknownOption', { option: a }));
    } else {
      paths.push(a);
    }
  }
  if (!paths.length) throw new UserError(t(io.locale, 'cli.lint.noPaths'));
  return { format, paths, rules: resolveRulesConfig({ preset, rules: overrides }), cluster };
}

/**
 * Every file through the same service the editor uses. The files are the workspace: all of them
 * are indexed first, so cross-document checks see every manifest linted together.
 */
export function lintFiles(files: InputFile[], io: CliIO, rules?: RulesConfig, cluster?: { path: string; uri: string; text: string } | null): Finding[] {
  const service = getLanguageService({ locale: io.locale, settings: rules ? { ...defaultSettings, preset: rules.preset, rules: rules.rules } : defaultSettings });
  if (cluster) service.workspace.setCluster(givenCluster(cluster, cluster.path));
  service.workspace.limits = { maxFiles: Number.MAX_SAFE_INTEGER, maxFileSize: Number.MAX_SAFE_INTEGER };
  for (const f of files) service.workspace.setText(f.uri, f.text, f.language);
  service.workspace.markComplete();
  const findings: Finding[] = [];
  for (const f of files) {
    const doc = TextDocument.create(f.uri, f.language, 1, f.text);
    for (const d of service.doValidation(doc)) {
      findings.push({
        file: f.path,
        range: d.range,
        severity: SEVERITY[d.severity ?? DiagnosticSeverity.Error],
        code: d.code === undefined ? '' : String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value,
        source: d.source ?? 'Kube Guide',
      });
    }
  }
  return findings;
}

export const lint: Command = {
  name: 'lint',
  async run(args, io) {
    const { format, paths, rules, cluster } = parseLintArgs(args, io);
    const files = collectFiles(paths, io.cwd, io.locale);
    const findings = lintFiles(files, io, rules, cluster ? readCluster(cluster, io) : null);
    if (format === 'json') io.out(JSON.stringify(findings, null, 2) + '\n');
    else if (format === 'sarif') io.out(JSON.stringify(toSarif(findings), null, 2) + '\n');
    else io.out(toText(findings, files.length, io));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/** The cluster file (Nodes, or `kubectl get nodes -o yaml` output), as the simulate command reads it. */
function readCluster(path: string, io: CliIO): { path: string; uri: string; text: string } {
  const abs = resolve(io.cwd, path);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new UserError(t(io.locale, 'cli.pathNotFound', { path }));
  }
  if (st.isDirectory()) throw new UserError(t(io.locale, 'simulate.clusterIsFolder', { path }));
  return { path, uri: pathToFileURL(abs).href, text: readUserFile(abs, path, io.locale).toString('utf8') };
}

/** `file:line:col: severity code: message`, 1-based like compilers, then a count. */
function toText(findings: Finding[], fileCount: number, io: CliIO): string {
  const lines = findings.map(
    (f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message.replace(/\n/g, ' ')}`,
  );
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(
    t(io.locale, 'cli.lint.summary', { errors: count('error'), warnings: count('warning'), infos: count('information') + count('hint'), files: fileCount }),
  );
  return lines.join('\n') + '\n';
}

/** A rule's SARIF descriptor: its description, docs and default level when the catalogue knows it. */
function sarifRule(id: string): object {
  const meta = ruleMeta(id);
  if (!meta) return { id };
  const level = meta.severity === 'error' ? 'error' : meta.severity === 'warning' ? 'warning' : 'note';
  return { id, shortDescription: { text: catalog[meta.description].en }, helpUri: meta.docs, defaultConfiguration: { level } };
}

/** SARIF 2.1.0 for code-scanning CI. Columns are 1-based UTF-16 units (SARIF's default). */
export function toSarif(findings: Finding[]): object {
  const ruleIds = [...new Set(findings.map((f) => f.code))].sort();
  const level = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kube-guide', version: VERSION, informationUri: 'https://github.com/kube-guide/kube-guide', rules: ruleIds.map(sarifRule) } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: ruleIds.indexOf(f.code),
          level: level(f.severity),
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                region: {
                  startLine: f.range.start.line + 1,
                  startColumn: f.range.start.character + 1,
                  endLine: f.range.end.line + 1,
                  endColumn: f.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
