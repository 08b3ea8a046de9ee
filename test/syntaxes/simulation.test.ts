/**
 * The output channel's grammar (syntaxes/simulation.tmLanguage.json) through VS Code's own
 * TextMate engine (vscode-textmate + Oniguruma): real reports, in English and Korean, with a
 * node failure and the "how many nodes" answer. A golden file holds every line's tokens.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar } from 'vscode-textmate';
import type { Locale } from '../../server/src/l10n';
import { simulationResponse, type WhatIf } from '../../server/src/service/simulation';
import { dedent } from '../helpers/fixtures';
import { golden } from '../helpers/golden';

const root = join(__dirname, '..', '..');
const grammarFile = join(root, 'syntaxes', 'simulation.tmLanguage.json');

const MANIFEST = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    replicas: 4
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec:
        containers: [ { name: web, image: nginx:1.27, resources: { requests: { cpu: "3", memory: 1Gi } } } ]
  ---
  apiVersion: v1
  kind: Pod
  metadata: { name: vip }
  spec: { priorityClassName: gold, containers: [ { name: c, image: busybox:1.37 } ] }
`);

function report(locale: Locale, whatIf?: WhatIf): string {
  return simulationResponse({ manifests: [{ uri: 'file:///app.yaml', text: MANIFEST }], cluster: null, whatIf }, locale).text;
}

let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (scope === 'text.kube-guide.simulation' ? JSON.parse(readFileSync(grammarFile, 'utf8')) : null),
  });
  grammar = (await registry.loadGrammar('text.kube-guide.simulation'))!;
});

/** Each line with its scoped tokens: `text «scope»` for every token that has a scope of ours. */
function tokenize(text: string): string {
  let stack = INITIAL;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const parts = r.tokens
      .map((tk) => ({ text: line.slice(tk.startIndex, tk.endIndex), scope: tk.scopes.filter((s) => s !== 'text.kube-guide.simulation').map((s) => s.replace(/\.kube-guide$/, '')).join(' ') }))
      .filter((p) => p.scope && p.text.trim());
    out.push(parts.length ? `${line}\n${parts.map((p) => `    ${JSON.stringify(p.text)} «${p.scope}»`).join('\n')}` : line);
  }
  return out.join('\n');
}

/** The scopes of the first token that is exactly `text` on a line containing `on`. */
function scopesOf(text: string, report: string, on: string): string[] {
  let stack = INITIAL;
  for (const line of report.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    if (!line.includes(on)) continue;
    const tk = r.tokens.find((x) => line.slice(x.startIndex, x.endIndex) === text);
    if (tk) return tk.scopes;
  }
  throw new Error(`${JSON.stringify(text)} is not a token on a line with ${JSON.stringify(on)}`);
}

describe('the simulation report grammar', () => {
  it('colours the whole report, line by line (golden, English and Korean, with what-ifs)', () => {
    for (const locale of ['en', 'ko'] as const) {
      const text = [report(locale), report(locale, { kind: 'nodeFailure', node: 'worker-2', mode: 'remove' }), report(locale, { kind: 'nodesNeeded' })].join('\n');
      golden(join(__dirname, 'golden', `simulation.${locale}.txt`), tokenize(text) + '\n');
    }
  });

  it('gives statuses, names, messages and headings the scopes themes colour', () => {
    const en = report('en');
    assert.ok(scopesOf('Scheduled', en, 'worker-1').includes('markup.inserted.status.kube-guide'));
    assert.ok(scopesOf('Pending', en, 'Deployment/web').includes('markup.deleted.status.kube-guide'));
    assert.ok(scopesOf('Rejected', en, 'default/vip').includes('invalid.illegal.status.kube-guide'));
    assert.ok(scopesOf('worker-1', en, 'Scheduled').includes('entity.name.type.node.kube-guide'));
    assert.ok(scopesOf('Deployment/web', en, 'Scheduled').includes('variable.other.owner.kube-guide'));
    const fit = en.split('\n').find((l) => l.includes('nodes are available'))!.trim();
    assert.ok(scopesOf(fit, en, fit).includes('string.unquoted.fit-error.kube-guide'));
    assert.ok(scopesOf('Pods', en, 'Pods').includes('markup.heading.section.kube-guide'));
    const ko = report('ko');
    assert.ok(scopesOf('파드', ko, '파드').includes('markup.heading.section.kube-guide'));
    assert.ok(scopesOf(ko.split('\n').at(-2)!, ko, '파드 5개').includes('markup.bold.summary.kube-guide'));
  });
});
