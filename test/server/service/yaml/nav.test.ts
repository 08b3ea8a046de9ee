import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap } from 'yaml';
import { entries, formatPath, locate, nodeAt, pairAt, rangesAt, toValue } from '../../../../server/src/service/yaml/nav';
import { parseYaml } from '../../../../server/src/service/yaml/parse';
import { cursor, dedent } from '../../../helpers/fixtures';

const manifest = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    template:
      spec:
        containers:
          - name: app
            image: nginx:1.27
            args: [--port, "8080"]
            env:
  ---
  apiVersion: v1
  kind: Service
  metadata:
    name: web
`);

function at(fixture: string) {
  const [text, offset] = cursor(fixture);
  const loc = locate(parseYaml(text), offset);
  return loc && { path: loc.path, on: loc.on, value: loc.node ? toValue(loc.doc, loc.node) : null, doc: loc.doc.index };
}

describe('locate: offset → document, path, key or value', () => {
  it('finds a key deep in a sequence of maps', () => {
    assert.deepEqual(at(manifest.replace('image:', 'im|age:')), {
      path: ['spec', 'template', 'spec', 'containers', 0, 'image'],
      on: 'key',
      value: 'nginx:1.27',
      doc: 0,
    });
  });

  it('finds a value, including at its last character', () => {
    assert.deepEqual(at(manifest.replace('nginx:1.27', 'nginx:1.27|')), {
      path: ['spec', 'template', 'spec', 'containers', 0, 'image'],
      on: 'value',
      value: 'nginx:1.27',
      doc: 0,
    });
  });

  it('finds items of a flow sequence', () => {
    assert.deepEqual(at(manifest.replace('"8080"', '"80|80"')), {
      path: ['spec', 'template', 'spec', 'containers', 0, 'args', 1],
      on: 'value',
      value: '8080',
      doc: 0,
    });
  });

  it('answers with the key of a key that has no value', () => {
    assert.deepEqual(at(manifest.replace('env:', 'en|v:')), {
      path: ['spec', 'template', 'spec', 'containers', 0, 'env'],
      on: 'key',
      value: null,
      doc: 0,
    });
  });

  it('finds the right document of a stream', () => {
    assert.deepEqual(at(manifest.replace('kind: Service', 'kind: Ser|vice')), { path: ['kind'], on: 'value', value: 'Service', doc: 1 });
  });

  it('gives null outside any node', () => {
    assert.equal(at('|\n\napiVersion: v1\nkind: Pod\n'), null);
  });
});

describe('path → node and ranges', () => {
  const file = parseYaml(manifest);
  const doc = file.docs[0];

  it('gets nodes and pairs by path', () => {
    assert.equal(toValue(doc, nodeAt(doc, ['spec', 'template', 'spec', 'containers', 0, 'name'])), 'app');
    assert.equal(nodeAt(doc, ['spec', 'template', 'spec', 'containers', 0, 'env']), null, 'present, no value');
    assert.equal(nodeAt(doc, ['spec', 'replicas']), undefined, 'absent');
    assert.equal(nodeAt(doc, ['spec', 'template', 'spec', 'containers', 3]), undefined);
    assert.equal(pairAt(doc, ['metadata', 'name'])?.value && toValue(doc, pairAt(doc, ['metadata', 'name'])!.value as never), 'web');
  });

  it('gives exact key and value ranges', () => {
    const r = rangesAt(doc, ['spec', 'template', 'spec', 'containers', 0, 'image'])!;
    assert.equal(manifest.slice(...r.key!), 'image');
    assert.equal(manifest.slice(...r.value!), 'nginx:1.27');
    const env = rangesAt(doc, ['spec', 'template', 'spec', 'containers', 0, 'env'])!;
    assert.equal(manifest.slice(...env.key!), 'env');
    assert.equal(env.value, undefined);
    const item = rangesAt(doc, ['spec', 'template', 'spec', 'containers', 0, 'args', 1])!;
    assert.equal(manifest.slice(...item.value!), '"8080"');
    assert.equal(rangesAt(doc, ['nope']), undefined);
  });

  it('gives file offsets in later documents', () => {
    const r = rangesAt(file.docs[1], ['metadata', 'name'])!;
    assert.equal(manifest.slice(...r.value!), 'web');
    assert.ok(r.value![0] > manifest.indexOf('kind: Service'));
  });

  it('follows aliases and merge keys', () => {
    const text = dedent(`
      base: &base
        cpu: 100m
        memory: 64Mi
      limits:
        <<: *base
        memory: 128Mi
      other: *base
    `);
    const d = parseYaml(text).docs[0];
    const limits = nodeAt(d, ['limits']);
    assert.ok(isMap(limits));
    assert.deepEqual(entries(d, limits).map(([k]) => k), ['memory', 'cpu']);
    assert.equal(toValue(d, nodeAt(d, ['limits', 'cpu'])), '100m');
    assert.equal(toValue(d, nodeAt(d, ['limits', 'memory'])), '128Mi');
    assert.equal(toValue(d, nodeAt(d, ['other', 'memory'])), '64Mi');
  });

  it('formats paths for messages', () => {
    assert.equal(formatPath(['spec', 'containers', 0, 'image']), 'spec.containers[0].image');
    assert.equal(formatPath(['metadata', 'labels', 'app.kubernetes.io/name']), 'metadata.labels["app.kubernetes.io/name"]');
  });
});
