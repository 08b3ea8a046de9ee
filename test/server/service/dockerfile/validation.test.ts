import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../server/src/common/text';
import { catalog } from '../../../../server/src/l10n/catalog';
import { getLanguageService } from '../../../../server/src/service';
import { DOCKERFILE_RULES } from '../../../../server/src/service/dockerfile/rules';
import { generatedFiles, root } from '../../../../scripts/dockerfile-rules';
import { golden } from '../../../helpers/golden';

const here = __dirname;
const fixtures = join(here, 'fixtures');

function render(text: string, diags: Diagnostic[]): string {
  const sev = ['', 'error', 'warning', 'information', 'hint'];
  const lines = text.split(/\r?\n/);
  return diags
    .map((d) => {
      const r = d.range;
      const snippet = r.start.line === r.end.line ? lines[r.start.line]?.slice(r.start.character, r.end.character) : '…';
      const fixes = ((d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? []).map((f) => f.title).filter((t) => !/kube-guide-disable|끄기|Disable/.test(t));
      return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${sev[d.severity ?? 1]} ${d.code} «${snippet}» ${d.message}${fixes.length ? `\n    fixes: ${fixes.join(' | ')}` : ''}`;
    })
    .join('\n') + '\n';
}

describe('Dockerfile validation', () => {
  it('every rule has a test file, a description in both languages, a docs link, a setting and a row in the docs', () => {
    const ids = new Set<string>();
    for (const r of DOCKERFILE_RULES) {
      assert.match(r.id, /^dockerfile\/[a-z][a-z0-9-]+$/);
      assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
      ids.add(r.id);
      const name = r.id.slice('dockerfile/'.length);
      assert.ok(existsSync(join(root, 'server/src/service/dockerfile/rules', `${name}.ts`)), `${r.id}: rules/${name}.ts`);
      assert.ok(existsSync(join(here, 'rules', `${name}.test.ts`)), `${r.id}: no table test`);
      assert.ok(catalog[r.description].en && catalog[r.description].ko, `${r.id}: description`);
      assert.match(r.docs, /^https:\/\//);
      for (const code of r.hadolint) assert.match(code, /^DL\d{4}$/);
    }
    assert.equal(readdirSync(join(here, 'rules')).filter((f) => f.endsWith('.test.ts')).length, DOCKERFILE_RULES.length);
  });

  it('package.json settings, their descriptions and docs/dockerfile-rules.md are current (node --import tsx scripts/dockerfile-rules.ts)', () => {
    for (const [file, text] of Object.entries(generatedFiles())) assert.equal(readFileSync(join(root, file), 'utf8'), text, `${file} is stale`);
  });

  const service = getLanguageService({ locale: 'en' });
  const ko = getLanguageService({ locale: 'ko' });
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.Dockerfile')).sort()) {
    it(`golden: ${name}`, () => {
      const text = readFileSync(join(fixtures, name), 'utf8');
      const doc = TextDocument.create(`file:///fixtures/${name}`, 'dockerfile', 1, text);
      const en = render(text, service.doValidation(doc));
      golden(join(here, 'golden', name.replace(/\.Dockerfile$/, '.en.txt')), en);
      golden(join(here, 'golden', name.replace(/\.Dockerfile$/, '.ko.txt')), render(text, ko.doValidation(doc)));
    });
  }

  it('gives the same findings, inside the document, for CRLF, a BOM, tabs and no final newline', () => {
    const text = readFileSync(join(fixtures, 'everything-wrong.Dockerfile'), 'utf8');
    const key = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}`).sort();
    const base = service.doValidation(TextDocument.create('file:///v/Dockerfile', 'dockerfile', 1, text));
    for (const variant of [text.replace(/\n/g, '\r\n'), '\uFEFF' + text, text.replace(/\n$/, ''), text.replace(/^RUN /gm, 'RUN\t')]) {
      const doc = TextDocument.create('file:///v/Dockerfile', 'dockerfile', 1, variant);
      const diags = service.doValidation(doc);
      const lines = new LineIndex(variant);
      for (const d of diags) assert.ok(lines.contains(d.range), JSON.stringify(d.range));
      assert.deepEqual(key(diags), key(base));
    }
  });

  it('answers Dockerfiles by name as well as by language id', () => {
    for (const uri of ['file:///p/Dockerfile', 'file:///p/Dockerfile.dev', 'file:///p/api.dockerfile', 'file:///p/Containerfile']) {
      assert.ok(service.doValidation(TextDocument.create(uri, 'plaintext', 1, 'FROM ubuntu\n')).length > 0, uri);
    }
  });

  const corpus = [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].map((s) => join(s, 'corpus')).find(existsSync);
  it('finds no error in the Dockerfiles of ../shared/corpus (they build)', { skip: !corpus && 'no ../shared/corpus' }, () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d, { withFileTypes: true })) {
        if (n.isDirectory()) walk(join(d, n.name));
        else if (/^(Dockerfile|Containerfile)/i.test(n.name) || /\.dockerfile$/i.test(n.name)) files.push(join(d, n.name));
      }
    };
    walk(corpus!);
    assert.ok(files.length >= 4, 'corpus Dockerfiles found');
    const report: string[] = [];
    for (const f of files.sort()) {
      const text = readFileSync(f, 'utf8');
      const diags = service.doValidation(TextDocument.create('file://' + f, 'dockerfile', 1, text));
      assert.deepEqual(diags.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.message), [], f);
      report.push(`## ${f.slice(corpus!.length + 1)}\n` + render(text, diags));
    }
    golden(join(here, 'golden', 'corpus.en.txt'), report.join('\n'));
  });
});
