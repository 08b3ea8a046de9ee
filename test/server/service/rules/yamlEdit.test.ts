import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap } from 'yaml';
import { appendToMap, mergeIntoMap, replaceScalar, setInteger, yamlLines } from '../../../../server/src/service/rules/yamlEdit';
import { nodeAt } from '../../../../server/src/service/yaml/nav';
import { parseYaml } from '../../../../server/src/service/yaml/parse';
import { applyEdits } from '../../../helpers/rules';

function edit(text: string, path: (string | number)[], fn: (...a: any[]) => any, ...args: unknown[]) {
  const file = parseYaml(text);
  const doc = file.docs[0];
  const map = nodeAt(doc, path);
  assert.ok(isMap(map));
  const e = fn(file, ...(fn === mergeIntoMap ? [doc, map] : [map]), ...args);
  return e === null ? null : applyEdits(text, Array.isArray(e) ? e : [e]);
}

describe('YAML edits for quick fixes', () => {
  it('renders nested values and quotes what YAML would misread', () => {
    assert.deepEqual(yamlLines('a', { b: 'on', c: 1, d: ['x', { e: '1.0' }] }), ['a:', '  b: "on"', '  c: 1', '  d:', '  - x', '  - e: "1.0"']);
  });

  it('appends after the last entry, past block scalars and trailing comments, at the keys\' column', () => {
    const text = 'spec:\n  - name: a\n    args: |\n      hi\n\n    image: x # pinned\n# tail\n';
    assert.equal(edit(text, ['spec', 0], appendToMap, { ports: [{ containerPort: 80 }] }), 'spec:\n  - name: a\n    args: |\n      hi\n\n    image: x # pinned\n    ports:\n    - containerPort: 80\n# tail\n');
    const block = 'a:\n  run: |\n    echo\n';
    assert.equal(edit(block, ['a'], appendToMap, { b: 1 }), 'a:\n  run: |\n    echo\n  b: 1\n');
  });

  it('leaves flow maps alone', () => {
    assert.equal(edit('a: {b: 1}\n', ['a'], appendToMap, { c: 2 }), null);
    assert.equal(edit('a: {}\n', ['a'], appendToMap, { c: 2 }), null); // the long fuzz run's crash: an empty flow map
  });

  it('merges into what exists, only what is missing', () => {
    const text = 'c:\n  resources:\n    requests:\n      memory: 1Gi\n';
    assert.equal(
      edit(text, ['c'], mergeIntoMap, 'resources', { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '1Gi' } }),
      'c:\n  resources:\n    requests:\n      memory: 1Gi\n      cpu: "1"\n    limits:\n      memory: 1Gi\n',
    );
  });

  it('replaces a scalar keeping its quotes', () => {
    const file = parseYaml('a: "x"\nb: \'y\'\nc: z\n');
    const doc = file.docs[0];
    assert.deepEqual(['a', 'b', 'c'].map((k) => replaceScalar(file, nodeAt(doc, [k])!, "it's")!.newText), ['"it\'s"', "'it''s'", '"it\'s"']);
  });

  it('sets an integer field: replaced unquoted, else added; nothing on an empty key or a flow map', () => {
    const set = (text: string) => {
      const file = parseYaml(text);
      const e = setInteger(file, file.docs[0], ['spec'], 'replicas', 2);
      return e && applyEdits(text, [e]);
    };
    assert.equal(set('spec:\n  replicas: "1"\n'), 'spec:\n  replicas: 2\n');
    assert.equal(set('spec:\n  replicas: 1 # one\n'), 'spec:\n  replicas: 2 # one\n');
    assert.equal(set('spec:\n  template: {}\n'), 'spec:\n  template: {}\n  replicas: 2\n');
    assert.equal(set('spec:\n  replicas:\n'), null);
    assert.equal(set('spec: {template: {}}\n'), null);
    assert.equal(set('spec: {}\n'), null);
  });
});
