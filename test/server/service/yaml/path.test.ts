import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYaml } from '../../../../server/src/service/yaml/parse';
import { yamlPathAt } from '../../../../server/src/service/yaml/path';
import { cursor, dedent } from '../../../helpers/fixtures';

function at(fixture: string) {
  const [text, offset] = cursor(fixture);
  const file = parseYaml(text);
  const doc = file.docs.find((d) => offset >= d.start && offset <= d.end)!;
  const r = yamlPathAt(doc, offset);
  return r && { path: r.path, on: r.on, value: r.value, text: text.slice(r.start, r.end) };
}

describe('yamlPathAt', () => {
  const manifest = dedent(`
    apiVersion: apps/v1
    kind: Deployment
    spec:
      replicas: 3
      template:
        spec:
          containers:
            - name: web
              image: nginx:1.27
              args: ["a", "b"]
  `);
  const put = (needle: string, shift = 0) => {
    const i = manifest.indexOf(needle) + shift;
    return manifest.slice(0, i) + '|' + manifest.slice(i);
  };

  it('finds a key', () => {
    assert.deepEqual(at(put('replicas', 3)), { path: ['spec', 'replicas'], on: 'key', value: 'replicas', text: 'replicas' });
  });
  it('finds a value, and counts the end of a word as on it', () => {
    assert.deepEqual(at(put('3\n', 1))?.path, ['spec', 'replicas']);
    assert.equal(at(put('3\n', 1))?.on, 'value');
    assert.equal(at(put('3\n', 1))?.value, '3');
  });
  it('goes through sequences with indices', () => {
    const r = at(put('nginx', 2));
    assert.deepEqual([r?.path, r?.on, r?.value, r?.text], [['spec', 'template', 'spec', 'containers', 0, 'image'], 'value', 'nginx:1.27', 'nginx:1.27']);
    assert.deepEqual(at(put('"b"', 1))?.path, ['spec', 'template', 'spec', 'containers', 0, 'args', 1]);
  });
  it('gives nothing between nodes or past the content', () => {
    assert.equal(at('a: 1\n\n|\nb: 2\n'), null);
    assert.equal(at('a: 1  |  # comment\n'), null);
  });
  it('answers in the document under the cursor of a multi-document file', () => {
    assert.deepEqual(at('kind: A\n---\nkind: B\nx:\n  y|: 1\n')?.path, ['x', 'y']);
  });
  it('handles flow maps and an empty value', () => {
    assert.deepEqual(at('a: {b: {c|: 1}}\n')?.path, ['a', 'b', 'c']);
    assert.deepEqual(at('a:\n  b|:\n')?.path, ['a', 'b']);
  });
});
