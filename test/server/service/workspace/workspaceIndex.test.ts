import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceIndex } from '../../../../server/src/service/workspace';

const cm = (name: string, ns?: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}data: {a: "1"}\n`;

describe('workspace index', () => {
  it('finds objects by kind and name, with unset namespaces matching any', () => {
    const index = new WorkspaceIndex();
    index.setText('file:///a.yaml', cm('one') + '---\n' + cm('two', 'prod'));
    index.setText('file:///b.yml', cm('one', 'dev'));
    const v = index.view();
    assert.deepEqual(v.find('ConfigMap', 'one', 'dev').map((o) => o.uri), ['file:///a.yaml', 'file:///b.yml']);
    assert.deepEqual(v.find('ConfigMap', 'two', 'dev'), []);
    assert.deepEqual(v.find('ConfigMap', 'two', null).map((o) => [o.uri, o.doc]), [['file:///a.yaml', 1]]);
    assert.deepEqual(v.location('file:///a.yaml', v.find('ConfigMap', 'two', null)[0].span), {
      uri: 'file:///a.yaml',
      range: { start: { line: 9, character: 8 }, end: { line: 9, character: 11 } },
    });
  });

  it('keeps nothing of files without manifests, reads YAML, JSON and Dockerfiles, and forgets removed files', () => {
    const index = new WorkspaceIndex();
    index.setText('file:///ci.yml', 'on: push\n');
    index.setText('file:///notes.md', '# hi\n');
    index.setText('file:///Dockerfile', 'FROM x\n');
    index.setText('file:///a.yaml', cm('one'));
    assert.deepEqual(index.uris(), ['file:///Dockerfile', 'file:///a.yaml']);
    index.remove('file:///Dockerfile');
    index.setText('file:///a.yaml', 'just: text\n');
    assert.equal(index.size, 0);
  });

  it('is complete only once marked and while within its bounds', () => {
    const index = new WorkspaceIndex();
    index.limits = { maxFiles: 2, maxFileSize: 200 };
    index.setText('file:///a.yaml', cm('a'));
    assert.equal(index.view().complete, false);
    index.markComplete();
    assert.equal(index.view().complete, true);
    assert.equal(index.setText('file:///big.yaml', cm('b') + '#'.repeat(300)), false);
    index.setText('file:///b.yaml', cm('b'));
    assert.equal(index.setText('file:///c.yaml', cm('c')), false);
    assert.equal(index.view().complete, false);
    assert.deepEqual(index.uris(), ['file:///a.yaml', 'file:///b.yaml']);
  });

  it('bumps its version on change, and hands out the same view until then', () => {
    const index = new WorkspaceIndex();
    const v1 = index.view();
    assert.equal(index.view(), v1);
    index.setText('file:///a.yaml', cm('a'));
    assert.notEqual(index.view(), v1);
    assert.ok(index.view().version > v1.version);
  });

  it('leaves out the objects of files a kustomization applies as patches', () => {
    const index = new WorkspaceIndex();
    index.setText('file:///k/kustomization.yaml', 'patchesStrategicMerge: [replicas.yaml]\n');
    index.setText('file:///k/replicas.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n');
    index.setText('file:///k/patch-probe.yaml', cm('by-name'));
    assert.deepEqual(index.view().objects(), []);
    assert.equal(index.view().isPatch('file:///k/replicas.yaml'), true);
  });

  it('reads kustomizations: image overrides and generated names', () => {
    const index = new WorkspaceIndex();
    index.setText('file:///k/kustomization.yaml', 'resources: [d.yaml]\nimages:\n- name: nginx\n  newTag: "1.25"\nconfigMapGenerator:\n- name: app-config\n  literals: [a=1]\npatchesStrategicMerge: [staging/replicas.yaml]\npatches:\n- path: ../shared/probe.yaml\n- patch: |\n    inline\n');
    assert.deepEqual(index.view().kustomizations(), [
      { uri: 'file:///k/kustomization.yaml', fact: { patches: ['file:///k/staging/replicas.yaml', 'file:///shared/probe.yaml'], images: [{ name: 'nginx', newName: undefined, newTag: '1.25', digest: undefined }], generated: [{ kind: 'ConfigMap', name: 'app-config', span: [87, 97] }] } },
    ]);
  });
});
