/**
 * Rule cases as data: a fixture (one file, or several with `--- file: name` header lines) with the
 * expected findings marked in place by `⟦` and `⟧`. A case that fires lists the message keys of
 * its findings in order; `fix` is the first file after applying the first finding's first fix.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MessageKey } from '../../server/src/l10n';
import { runRules, shiftFinding } from '../../server/src/service/rules/run';
import type { Finding, ManifestRule, Severity } from '../../server/src/service/rules/rule';
import { WorkspaceIndex } from '../../server/src/service/workspace';
import { parseYaml } from '../../server/src/service/yaml/parse';

export interface RuleCase {
  name: string;
  /** The fixture; `⟦…⟧` marks each expected finding. */
  text: string;
  /** Message keys of the findings, in order (firing cases). */
  messages?: MessageKey[];
  /** Per-finding severity overrides, in order (when the rule uses them). */
  severities?: (Severity | undefined)[];
  /** The first file after applying the first fix of the first finding. */
  fix?: string;
  /** The workspace holds every manifest (default); false: a folder only partly indexed. */
  complete?: boolean;
}

export interface RuleCases {
  rule: ManifestRule;
  fires: RuleCase[];
  passes: RuleCase[];
}

export function ruleCases(rule: ManifestRule, cases: { fires: RuleCase[]; passes: RuleCase[] }): RuleCases {
  return { rule, ...cases };
}

export interface FixtureFile {
  name: string;
  uri: string;
  text: string;
  /** Expected spans, in order. */
  marks: [number, number][];
}

/** Splits a fixture into files and strips the `⟦…⟧` marks, keeping their offsets. */
export function fixtureFiles(fixture: string): FixtureFile[] {
  const parts = fixture.split(/^--- file: (\S+)[ \t]*\n/m);
  const chunks: [string, string][] = parts.length === 1 ? [['manifest.yaml', parts[0]]] : [];
  for (let i = 1; i < parts.length; i += 2) chunks.push([parts[i], parts[i + 1]]);
  return chunks.map(([name, raw]) => {
    const marks: [number, number][] = [];
    let text = '';
    let open = -1;
    for (const ch of raw) {
      if (ch === '⟦') open = text.length;
      else if (ch === '⟧') {
        marks.push([open, text.length]);
        open = -1;
      } else text += ch;
    }
    return { name, uri: `file:///ws/${name}`, text, marks };
  });
}

export interface CaseResult {
  files: FixtureFile[];
  /** Findings per file name. */
  findings: Map<string, Finding[]>;
}

/** Runs one rule over a fixture, with every file in the workspace index. */
export function runCase(rule: ManifestRule, c: RuleCase): CaseResult {
  const files = fixtureFiles(c.text);
  const index = new WorkspaceIndex();
  const parsed = files.map((f) => {
    // Dockerfiles join the index as the image builds they are; rules run on YAML files.
    if (/(^|\/)Dockerfile[^/]*$/.test(f.name)) {
      index.setText(f.uri, f.text, 'dockerfile');
      return null;
    }
    const p = parseYaml(f.text, { json: f.name.endsWith('.json') });
    index.setParsed(f.uri, p);
    return p;
  });
  index.markComplete(c.complete ?? true);
  const findings = new Map<string, Finding[]>();
  files.forEach((f, i) => {
    const config = { preset: 'strict' as const, rules: { [rule.id]: rule.severity } };
    const file = parsed[i];
    findings.set(f.name, file ? runRules([rule], f.uri, file, index.view(), config).map((r) => shiftFinding(r.finding, 0)) : []);
  });
  return { files, findings };
}

/** Applies edits (file offsets) to a text. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  return TextDocument.applyEdits(
    doc,
    edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
  );
}
