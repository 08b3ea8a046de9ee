import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { defaultSettings, getLanguageService } from '../../../../server/src/service';
import { cursor, textDocument } from '../../../helpers/fixtures';

function hover(fixture: string, locale: 'en' | 'ko' = 'en') {
  const [text, offset] = cursor(fixture);
  const doc = textDocument(text);
  return getLanguageService({ locale }).doHover(doc, doc.positionAt(offset));
}

describe('hover on apiVersion and kind', () => {
  it('explains apiVersion and names the document type, over the key', () => {
    const h = hover('api|Version: apps/v1\nkind: Deployment\n');
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /^\*\*apiVersion\*\* `string`/);
    assert.match(md, /This document: `apps\/v1` `Deployment`/);
  });

  it('explains kind in Korean', () => {
    const h = hover('apiVersion: v1\nki|nd: Pod\n', 'ko');
    assert.match((h!.contents as MarkupContent).value, /REST 리소스/);
  });

  it('answers in the right document of a multi-document file', () => {
    const h = hover('apiVersion: v1\nkind: Pod\n---\napiVersion: v1\n|kind: Service\n');
    assert.match((h!.contents as MarkupContent).value, /`v1` `Service`/);
  });

  it('gives nothing on YAML that is not a manifest', () => {
    assert.equal(hover('ki|nd: Cluster\nnodes: []\n'), null);
  });
});

describe('hover from the schema', () => {
  const md = (fixture: string, locale: 'en' | 'ko' = 'en') => {
    const h = hover(fixture, locale);
    return h ? (h.contents as MarkupContent).value : null;
  };
  const deploy = (body: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${body}`;

  it('shows a field: type, optional, description, default, reference link, over the key', () => {
    const h = hover(deploy('  repl|icas: 3\n'));
    assert.deepEqual(h!.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } });
    assert.equal(
      (h!.contents as MarkupContent).value,
      [
        '**replicas** `integer` · optional',
        'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
        'Default: `1`',
        '[DeploymentSpec in the Kubernetes API reference](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.30/#deploymentspec-v1-apps)',
      ].join('\n\n'),
    );
  });

  it('marks required fields and lists enum values, the current one in bold', () => {
    const text = md(deploy('  template:\n    spec:\n      containers:\n        - name: web\n          imagePullPolicy: If|NotPresent\n'))!;
    assert.match(text, /^\*\*imagePullPolicy\*\* `string` · optional/);
    assert.match(text, /Values: `Always`, \*\*`IfNotPresent`\*\*, `Never`/);
    assert.match(md(deploy('  template:\n    spec:\n      containers:\n        - na|me: web\n'))!, /^\*\*name\*\* `string` · required/);
    assert.match(md(deploy('  sel|ector: {}\n'))!, /^\*\*selector\*\* `LabelSelector` · required/);
  });

  it('explains the kind and the apiVersion values', () => {
    const kind = md('apiVersion: apps/v1\nkind: Deploy|ment\n')!;
    assert.match(kind, /^\*\*Deployment\*\* · `apps\/v1`\n\nDeployment enables declarative updates for Pods and ReplicaSets\./);
    assert.match(kind, /#deployment-v1-apps\)$/);
    const api = md('apiVersion: ap|ps/v1\nkind: Deployment\n')!;
    assert.match(api, /API group `apps`, version `v1`\./);
    assert.match(api, /Kinds: ControllerRevision, DaemonSet, \*\*Deployment\*\*, ReplicaSet, StatefulSet/);
    assert.match(md('apiVersion: v1\nkind: Po|d\n')!, /Pod is a collection of containers/);
  });

  it('warns about removed APIs on their values', () => {
    const text = md('apiVersion: batch/v1beta1\nkind: Cron|Job\n')!;
    assert.match(text, /CronJob represents the configuration of a single cron job\./);
    assert.match(text, /⚠ batch\/v1beta1 CronJob was removed in Kubernetes 1\.25\. Use batch\/v1 CronJob\./);
    assert.match(md('apiVersion: policy/v1be|ta1\nkind: PodSecurityPolicy\n')!, /A beta version[\s\S]*removed in Kubernetes 1\.25\. It has no direct replacement\./);
  });

  it('says what a custom resource is, and documents its metadata', () => {
    assert.match(md('apiVersion: example.com/v1\nkind: Wid|get\n')!, /custom resource of the API group `example\.com`/);
    assert.match(md('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  labe|ls: {}\n')!, /^\*\*labels\*\* `map\[string\]string` · optional/);
    assert.equal(md('apiVersion: example.com/v1\nkind: Widget\nspec:\n  si|ze: 3\n'), null);
  });

  it('names map entries and says nothing of unknown fields (without notes)', () => {
    assert.equal(md(deploy('  template:\n    metadata:\n      labels:\n        ap|p: web\n')), '**app** `string`\n\nAn entry of `labels`.');
    assert.equal(md(deploy('  replcas|: 3\n')), null);
  });

  it('uses Korean for its own words and keeps the official description in English', () => {
    const text = md(deploy('  repl|icas: 3\n'), 'ko')!;
    assert.match(text, /^\*\*replicas\*\* `integer` · 선택\n\nNumber of desired pods\./);
    assert.match(text, /기본값: `1`/);
    assert.match(text, /\[쿠버네티스 API 레퍼런스의 DeploymentSpec\]/);
  });

  it('hides the docs when kubeGuide.hover.docs is off', () => {
    const [text, offset] = cursor(deploy('  repl|icas: 3\n'));
    const doc = textDocument(text);
    const off = getLanguageService({ locale: 'en', settings: { ...defaultSettings, hover: { docs: false, notes: true } } });
    assert.equal(off.doHover(doc, doc.positionAt(offset)), null);
  });
});

describe('hover inside a List', () => {
  const list = (item: string) => `apiVersion: v1\nkind: List\nitems:\n${item}`;
  const deployItem = '- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n  spec:\n    repl|icas: 3\n';

  it('documents an item\'s field as its kind\'s, over the key', () => {
    const h = hover(list(deployItem));
    assert.deepEqual(h!.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 12 } });
    assert.match((h!.contents as MarkupContent).value, /^\*\*replicas\*\* `integer` · optional\n\nNumber of desired pods\./);
    assert.match((h!.contents as MarkupContent).value, /#deploymentspec-v1-apps\)$/);
  });

  it('the same in a CRLF file', () => {
    const h = hover(list(deployItem).replace(/\n/g, '\r\n'));
    assert.deepEqual(h!.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 12 } });
    assert.match((h!.contents as MarkupContent).value, /^\*\*replicas\*\*/);
  });

  it('explains an item\'s kind and apiVersion keys with the item\'s type', () => {
    const h = hover(list('- apiVersion: v1\n  ki|nd: Service\n'));
    assert.match((h!.contents as MarkupContent).value, /This document: `v1` `Service`/);
    assert.match((hover(list('- apiVersion: v1\n  kind: Ser|vice\n'))!.contents as MarkupContent).value, /^\*\*Service\*\* · `v1`/);
  });

  it('reads a typed List\'s item as its kind, without apiVersion and kind in the item', () => {
    const h = hover('apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: p}\n  spec:\n    restart|Policy: Always\n');
    assert.match((h!.contents as MarkupContent).value, /^\*\*restartPolicy\*\* `string` · optional/);
    assert.match((h!.contents as MarkupContent).value, /#podspec-v1-core\)$/);
  });
});
