import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAlias, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { boundDocument } from '../../../../server/src/service/yaml/bounds';
import { nodeAt, toValue, walk } from '../../../../server/src/service/yaml/nav';
import { parseYaml } from '../../../../server/src/service/yaml/parse';
import { getLanguageService } from '../../../../server/src/service';
import { textDocument } from '../../../helpers/fixtures';

/** Ten levels of ten aliases: 10^10 nodes if expanded. */
const LAUGHS = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`)].join('\n');

const problems = (text: string) => parseYaml(text).docs.flatMap((d) => d.problems.map((p) => `${p.code}@${text.slice(p.start, p.end)}`));

describe('bounds on parsed documents', () => {
  it('resolves each alias to the last node with its anchor before it', () => {
    const text = 'a: &x {k: 1}\nb: *x\nc: &x [2]\nd: *x\n';
    const [doc] = parseYaml(text).docs;
    assert.deepEqual(toValue(doc, doc.tree.contents as Node), { a: { k: 1 }, b: { k: 1 }, c: [2], d: [2] });
    assert.deepEqual(toValue(doc, nodeAt(doc, ['d'])), [2]);
    assert.deepEqual(doc.problems, []);
  });

  it('drops an alias inside the node it names (`metadata: &m {labels: *m}`; found by the pathological suite)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: &m\n  name: p\n  labels: *m\n  <<: *m\n';
    assert.deepEqual(problems(text), ['ALIAS_CYCLE@*m', 'ALIAS_CYCLE@*m']);
    const [doc] = parseYaml(text).docs;
    // What stays is plain data: no cycle for a walk, a merge or a conversion to follow.
    assert.deepEqual(toValue(doc, nodeAt(doc, ['metadata'])), { name: 'p', labels: null });
    const aliases: Node[] = [];
    walk(doc, (n) => void (isAlias(n) && aliases.push(n)));
    assert.deepEqual(aliases, []);
  });

  it('makes a merge of anything but maps an empty map (`<<: 5`; converting it threw)', () => {
    const text = 'a: &s [x]\nb:\n  <<: 5\n  k: 1\nc:\n  <<: [*s, {m: 1}, 7]\nd:\n  <<: *s\ne: &t [{q: 1}]\nf: {<<: *t}\n';
    assert.deepEqual(problems(text), ['BAD_MERGE@5', 'BAD_MERGE@*s', 'BAD_MERGE@7', 'BAD_MERGE@*s']);
    const [doc] = parseYaml(text).docs;
    assert.deepEqual(toValue(doc, doc.tree.contents as Node), { a: ['x'], b: { k: 1 }, c: { m: 1 }, d: {}, e: [{ q: 1 }], f: { q: 1 } });
  });

  it('validates a selector whose matchLabels merge a number (the service threw)', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector:\n    matchLabels:\n      <<: 5\n  template:\n    metadata:\n      labels: {<<: 6, app: web}\n';
    const codes = getLanguageService({ locale: 'en' }).doValidation(textDocument(text)).map((d) => d.code);
    assert.deepEqual(codes.slice(0, 2), ['yaml/BAD_MERGE', 'yaml/BAD_MERGE']);
  });

  it('drops an alias without an anchor (`matchLabels: *labels`; converting it threw; found by the fuzzer)', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  selector:\n    matchLabels: *labels\n  template:\n    metadata:\n      labels:\n        <<: *labels\n';
    const [doc] = parseYaml(text).docs;
    assert.deepEqual(toValue(doc, doc.tree.contents as Node), { apiVersion: 'apps/v1', kind: 'Deployment', spec: { selector: { matchLabels: null }, template: { metadata: { labels: {} } } } });
    assert.ok(getLanguageService({ locale: 'en' }).doValidation(textDocument(text)).length > 0);
  });

  it('stops a billion laughs at the expansion bound (ten levels of ten aliases)', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nx:\n${LAUGHS.replace(/^/gm, '  ')}\ndata: *l9\n`;
    const [doc] = parseYaml(text).docs;
    assert.deepEqual(
      doc.problems.map((p) => [p.code, text.slice(p.start, p.end), p.message]),
      [['RESOURCE_EXHAUSTION', '*l4', 'Aliases expand to more than 1,000,000 nodes (an alias bomb?); this alias and 12 more are not read']],
    );
    // Conversions that would have thrown (or run out of memory) now answer.
    assert.equal(Array.isArray(toValue(doc, nodeAt(doc, ['x', 'l9']))), true);
  });

  it('stops a merge chain that triples at each of 200 levels', () => {
    let text = 'apiVersion: v1\nkind: Pod\nx:\n  m0: &m0 {a0: 0}\n';
    for (let i = 1; i < 200; i++) text += `  m${i}: &m${i}\n    <<: [*m${i - 1}, *m${i - 1}, *m${i - 1}]\n    a${i}: ${i}\n`;
    text += 'spec:\n  <<: *m199\n';
    const [doc] = parseYaml(text).docs;
    assert.deepEqual(doc.problems.map((p) => p.code), ['RESOURCE_EXHAUSTION']);
    const spec = toValue(doc, nodeAt(doc, ['spec'])) as Record<string, unknown>;
    assert.equal(typeof spec, 'object');
  });

  it('empties collections nested deeper than 200 levels (300 nested maps)', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nspec:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('')}`;
    const [doc] = parseYaml(text).docs;
    assert.deepEqual(
      doc.problems.map((p) => [p.code, p.message]),
      [['TOO_DEEP', 'Collections are nested more than 200 levels deep; the deeper ones are not read']],
    );
    let depth = 0;
    walk(doc, (_n, path) => void (depth = Math.max(depth, path.length)));
    assert.equal(depth, 200);
  });

  it('says so when the parser itself runs out of stack (100,000 nested flow sequences)', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n  x: ${'['.repeat(100000)}${']'.repeat(100000)}\n`;
    const codes = parseYaml(text).docs[0].problems.map((p) => [p.code, p.message]);
    assert.ok(codes.some(([c, m]) => c === 'TOO_DEEP' && m === 'Collections are nested too deep to parse'), JSON.stringify(codes));
    assert.ok(!codes.some(([, m]) => /call stack/.test(m)));
  });

  it('keeps anchors on dropped nodes naming the null that replaced them', () => {
    const tree = parseDocument('a: &x [*x]\nb: *x\n');
    const { aliases, problems } = boundDocument(tree);
    assert.deepEqual(problems.map((p) => p.code), ['ALIAS_CYCLE']);
    const b = (tree.contents as { items: { value: Node }[] }).items[1].value;
    const target = aliases.get(b as never);
    assert.ok(isMap(tree.contents) && target && (target as { items?: unknown }).items !== undefined, 'b names the sequence, now [null]');
    assert.ok(isScalar((target as unknown as { items: Node[] }).items[0]));
  });

  it('answers every feature on an alias bomb in labels, selector and env (the service threw ReferenceError)', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  x:\n${LAUGHS.replace(/^/gm, '    ')}\n  labels: *l9\nspec:\n  nodeSelector: *l9\n  containers:\n  - name: a\n    image: nginx:1.25\n    env: *l9\n`;
    const service = getLanguageService({ locale: 'en' });
    const doc = textDocument(text);
    const codes = service.doValidation(doc).map((d) => d.code);
    assert.equal(codes[0], 'yaml/RESOURCE_EXHAUSTION');
    service.doHover(doc, { line: 17, character: 8 });
    service.doComplete(doc, { line: 17, character: 8 });
    service.doDocumentSymbols(doc);
  });
});
