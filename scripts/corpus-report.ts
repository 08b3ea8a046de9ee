#!/usr/bin/env -S node --import tsx
/**
 * Runs the manifest diagnostics over a folder of real files (default: the book's samples in
 * ../shared/corpus) and prints the counts per severity and code, and every error with its place.
 *
 *   node --import tsx scripts/corpus-report.ts [DIR] [--json] [--all]
 *
 * `--all` lists warnings and information too. Exit status 0; this is a report, not a test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
// ../shared beside the clone (CI), or /work/shared beside the worktrees.
const defaultDir = [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].map((s) => join(s, 'corpus', 'kubernetes-perfect-guide', 'samples')).find(existsSync);
const dir = args.find((a) => !a.startsWith('--')) ?? defaultDir ?? 'shared/corpus/kubernetes-perfect-guide/samples';
const json = args.includes('--json');
const all = args.includes('--all');

function walk(d: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ya?ml|json)$/i.test(name)) out.push(p);
  }
  return out;
}

const SEVERITY: Record<number, string> = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'information', [DiagnosticSeverity.Hint]: 'hint' };
const service = getLanguageService({ locale: 'en' });
const counts: Record<string, Record<string, number>> = { error: {}, warning: {}, information: {}, hint: {} };
const listed: { file: string; line: number; severity: string; code: string; message: string }[] = [];
const files = walk(dir);
let documents = 0;
let manifests = 0;
const started = performance.now();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lang = file.endsWith('.json') ? 'json' : 'yaml';
  const doc = TextDocument.create(`file://${file}`, lang, 1, text);
  const diags: Diagnostic[] = service.doValidation(doc);
  const parsed = (service as unknown as { debugFile?: (d: TextDocument) => { docs: { manifest: unknown }[] } | null }).debugFile?.(doc);
  if (parsed) {
    documents += parsed.docs.length;
    manifests += parsed.docs.filter((d) => d.manifest).length;
  }
  for (const d of diags) {
    const sev = SEVERITY[d.severity ?? 1];
    const code = String(d.code ?? '');
    counts[sev][code] = (counts[sev][code] ?? 0) + 1;
    if (sev === 'error' || all) listed.push({ file: relative(dir, file), line: d.range.start.line + 1, severity: sev, code, message: String(d.message) });
  }
}
const ms = performance.now() - started;
if (json) {
  console.log(JSON.stringify({ dir, files: files.length, counts, findings: listed }, null, 2));
} else {
  console.log(`${files.length} files under ${relative(root, dir) || dir} (${ms.toFixed(0)} ms)`);
  for (const [sev, byCode] of Object.entries(counts)) {
    const total = Object.values(byCode).reduce((a, b) => a + b, 0);
    if (!total) continue;
    console.log(`${sev}: ${total}`);
    for (const [code, n] of Object.entries(byCode).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${code}`);
  }
  for (const l of listed) console.log(`${l.file}:${l.line}: ${l.severity} ${l.code}: ${l.message}`);
}
