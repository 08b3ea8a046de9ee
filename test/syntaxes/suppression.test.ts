/**
 * The suppression-comment grammars, tokenized by vscode-textmate as VS Code does. The host
 * grammars here reproduce how VS Code's own YAML and Docker grammars scope comments: YAML
 * comments are begin/end rules (injections apply inside), Dockerfile comments one match (they
 * do not, so a second grammar claims directive lines).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const HOSTS: Record<string, object> = {
  'source.yaml': {
    scopeName: 'source.yaml',
    patterns: [
      { begin: '(?<=^|[\\x{FEFF}\\t ])#', end: '$', name: 'comment.line.number-sign.yaml', captures: { '0': { name: 'punctuation.definition.comment.yaml' } } },
      { begin: '\\|$', end: '^(?=\\S)', name: 'string.unquoted.block.yaml' },
      { match: '[^\\s#|]+', name: 'string.unquoted.plain.yaml' },
    ],
  },
  'source.dockerfile': {
    scopeName: 'source.dockerfile',
    patterns: [
      { match: '^\\s*\\b(?i:(FROM|RUN))\\b', captures: { '1': { name: 'keyword.other.special-method.dockerfile' } } },
      { match: '^(\\s*)((#).*$\\n?)', captures: { '2': { name: 'comment.line.number-sign.dockerfile' }, '3': { name: 'punctuation.definition.comment.dockerfile' } } },
    ],
  },
};

let registry: vsctm.Registry;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const ours = Object.fromEntries((pkg.contributes.grammars as { scopeName: string; path: string; injectTo?: string[] }[]).map((g) => [g.scopeName, g]));
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (HOSTS[scope]) return vsctm.parseRawGrammar(JSON.stringify(HOSTS[scope]), `${scope}.json`);
      const g = ours[scope];
      return g ? vsctm.parseRawGrammar(readFileSync(join(root, g.path), 'utf8'), join(root, g.path)) : null;
    },
    getInjections: (scope) => Object.values(ours).filter((g) => g.injectTo?.includes(scope)).map((g) => g.scopeName),
  });
});

/** [text, last scope] of each token that one of our grammars scoped. */
async function directives(scope: string, text: string): Promise<[string, string][]> {
  const grammar = (await registry.loadGrammar(scope))!;
  let state = vsctm.INITIAL;
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const last = t.scopes[t.scopes.length - 1];
      if (/\.(kube-guide|hadolint|buildkit)$/.test(last)) out.push([line.slice(t.startIndex, t.endIndex), last]);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('suppression comment grammars', () => {
  it('highlight the directive and its ids in YAML comments, trailing ones too', async () => {
    assert.deepEqual(await directives('source.yaml', 'image: nginx # kube-guide-disable-line manifest/latest-tag\n# kube-guide-disable-next-line manifest/a, k8s/* -- reason\n'), [
      ['kube-guide-disable-line', 'keyword.control.directive.kube-guide'],
      [' manifest/latest-tag', 'entity.name.tag.rule-id.kube-guide'],
      ['kube-guide-disable-next-line', 'keyword.control.directive.kube-guide'],
      [' manifest/a, k8s/*', 'entity.name.tag.rule-id.kube-guide'],
    ]);
  });

  it('leave YAML text that is not a comment alone', async () => {
    assert.deepEqual(await directives('source.yaml', 'script: |\n  echo kube-guide-disable\nurl: http://x#kube-guide-disable-file\n'), []);
  });

  it('highlight Kube Guide, hadolint and BuildKit directives in Dockerfile comments, and nothing else', async () => {
    assert.deepEqual(await directives('source.dockerfile', '# kube-guide-disable-next-line dockerfile/latest-tag\n# hadolint ignore=DL3007,DL3008\n# check=skip=JSONArgsRecommended\n# a comment\nRUN echo kube-guide-disable\n'), [
      ['kube-guide-disable-next-line', 'keyword.control.directive.kube-guide'],
      [' dockerfile/latest-tag', 'entity.name.tag.rule-id.kube-guide'],
      ['hadolint', 'keyword.control.directive.hadolint'],
      ['ignore', 'keyword.other.hadolint'],
      ['DL3007,DL3008', 'entity.name.tag.rule-id.hadolint'],
      ['check', 'keyword.control.directive.buildkit'],
      ['skip', 'keyword.other.buildkit'],
      ['JSONArgsRecommended', 'entity.name.tag.rule-id.buildkit'],
    ]);
  });
});
