/**
 * Completion on cursor fixtures: each test applies the chosen item's edit (snippet placeholders
 * resolved to their defaults, as an editor inserts them) and compares the whole document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service';
import { SNIPPETS } from '../../../../server/src/service/k8s/snippets';
import { cursor, dedent, textDocument } from '../../../helpers/fixtures';

const service = getLanguageService({ locale: 'en' });

function complete(fixture: string, uri?: string): { text: string; items: CompletionItem[] } {
  const [text, offset] = cursor(fixture);
  const doc = textDocument(text, 'yaml', uri);
  const list = service.doComplete(doc, doc.positionAt(offset));
  return { text, items: list?.items ?? [] };
}

/** Snippet syntax as an editor inserts it: each placeholder becomes its default (or first choice). */
export function resolveSnippet(s: string): string {
  let out = s;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  return out.replace(/\$\d+/g, '');
}

function apply(fixture: string, label: string): string {
  const { text, items } = complete(fixture);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} among ${items.map((i) => i.label).join(', ')}`);
  const edit = item.textEdit as TextEdit;
  const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, text);
  return TextDocument.applyEdits(doc, [{ range: edit.range, newText: resolveSnippet(edit.newText) }]);
}

const labels = (fixture: string) => complete(fixture).items.map((i) => i.label);

const deployment = (body: string) =>
  dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
  `) + body;

describe('completion of keys', () => {
  it('offers the keys of the map at the cursor, required first, present ones left out', () => {
    const { items } = complete(deployment('  replicas: 2\n  |\n'));
    const names = items.map((i) => i.label);
    assert.ok(!names.includes('replicas'), 'replicas is already there');
    assert.deepEqual(names.slice().sort((a, b) => items.find((i) => i.label === a)!.sortText!.localeCompare(items.find((i) => i.label === b)!.sortText!)).slice(0, 2), ['selector', 'template']);
    const selector = items.find((i) => i.label === 'selector')!;
    assert.equal(selector.detail, 'LabelSelector (required)');
    assert.match((selector.documentation as { value: string }).value, /Label selector for pods/);
    assert.ok(names.includes('strategy') && names.includes('minReadySeconds'));
  });

  it('inserts an object key with an indented block', () => {
    assert.equal(apply(deployment('  sel|\n'), 'selector'), deployment('  selector:\n    \n'));
  });

  it('inserts a list key with a dash', () => {
    const fixture = deployment('  template:\n    spec:\n      cont|\n');
    assert.equal(apply(fixture, 'containers'), deployment('  template:\n    spec:\n      containers:\n        - \n'));
  });

  it('completes keys of a list item after the dash and on the next lines', () => {
    const fixture = deployment('  template:\n    spec:\n      containers:\n        - name: web\n          |\n');
    const names = labels(fixture);
    assert.ok(names.includes('image') && names.includes('resources') && !names.includes('name'));
    assert.ok(labels(deployment('  template:\n    spec:\n      containers:\n        - |\n')).includes('name'));
  });

  it('inserts enum and boolean keys with a choice of values', () => {
    const fixture = deployment('  template:\n    spec:\n      containers:\n        - name: web\n          imagePull|\n');
    assert.equal(apply(fixture, 'imagePullPolicy'), deployment('  template:\n    spec:\n      containers:\n        - name: web\n          imagePullPolicy: Always\n'));
    const tty = complete(deployment('  template:\n    spec:\n      containers:\n        - name: web\n          tt|\n')).items.find((i) => i.label === 'tty')!;
    assert.equal((tty.textEdit as TextEdit).newText, 'tty: ${1|true,false|}');
  });

  it('replaces the whole word under the cursor and keeps an existing value', () => {
    assert.equal(apply(deployment('  repl|icas: 3\n'), 'revisionHistoryLimit'), deployment('  revisionHistoryLimit: 3\n'));
  });

  it('offers apiVersion, kind and whole resources in an empty document', () => {
    const names = labels('|');
    for (const k of ['apiVersion', 'kind', 'Deployment', 'Service', 'Pod', 'ConfigMap', 'Ingress', 'HorizontalPodAutoscaler', 'Job', 'CronJob', 'StatefulSet', 'DaemonSet', 'PodDisruptionBudget', 'PriorityClass']) {
      assert.ok(names.includes(k), k);
    }
    assert.ok(labels('---\n|').includes('Deployment'));
    assert.ok(labels('apiVersion: v1\nkind: Pod\n---\nDep|').includes('Deployment'));
  });

  it('gives keys of metadata for a custom resource, and nothing for its spec', () => {
    assert.ok(labels('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  |\n').includes('labels'));
    assert.deepEqual(labels('apiVersion: example.com/v1\nkind: Widget\nspec:\n  |\n'), []);
  });

  it('gives nothing in YAML that is not a manifest', () => {
    assert.deepEqual(labels('services:\n  web:\n    |\n'), []);
  });
});

describe('completion of values', () => {
  it('offers enum values and replaces the partial word', () => {
    const fixture = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: Node|\n';
    assert.deepEqual(labels(fixture), ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
    assert.equal(apply(fixture, 'NodePort'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: NodePort\n');
  });

  it('offers enum values of list items', () => {
    assert.ok(labels('apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: c\nspec:\n  accessModes:\n    - |\n').includes('ReadWriteOncePod'));
  });

  it('offers booleans', () => {
    assert.deepEqual(labels('apiVersion: v1\nkind: Pod\nspec:\n  hostNetwork: |\n'), ['true', 'false']);
  });

  it('pairs apiVersion and kind', () => {
    assert.deepEqual(labels('apiVersion: |\nkind: Deployment\n'), ['apps/v1']);
    const kinds = labels('apiVersion: apps/v1\nkind: |\n');
    assert.deepEqual(kinds.sort(), ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']);
    assert.equal(apply('apiVersion: apps/v1\nkind: Dep|\n', 'Deployment'), 'apiVersion: apps/v1\nkind: Deployment\n');
    assert.ok(labels('apiVersion: |\n').includes('networking.k8s.io/v1'));
  });

  it('offers label values and selector entries from the other documents', () => {
    const stack = dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          metadata:
            labels:
              app: web
              tier: "1"
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          |
    `);
    const items = complete(stack).items;
    assert.deepEqual(items.map((i) => i.label).sort(), ['app: web', 'tier: 1']);
    assert.equal(apply(stack, 'tier: 1'), stack.replace('    |', '    tier: "1"').replace('|', ''));
    assert.deepEqual(labels(stack.replace('    |', '    app: |')), ['web']);
  });

  it('offers names of other resources of the file where a field refers to them', () => {
    const text = dedent(`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: app-secret
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: a
            envFrom:
              - configMapRef:
                  name: |
    `);
    assert.deepEqual(labels(text), ['app-config']);
    assert.deepEqual(labels(text.replace('configMapRef', 'secretRef')), ['app-secret']);
  });
});

describe('resource snippets', () => {
  for (const s of SNIPPETS) {
    it(`${s.kind}: inserts a manifest that validates without a single diagnostic`, () => {
      const text = resolveSnippet(s.body);
      assert.ok(!text.includes('$'), 'every placeholder is resolved');
      // A service of its own: the snippet alone, not beside the other tests' documents in the workspace index.
      const diags = getLanguageService({ locale: 'en' }).doValidation(textDocument(text));
      assert.deepEqual(diags.map((d) => `${d.code}: ${d.message}`), []);
      assert.ok(!/:latest\b/.test(text), 'images are pinned');
    });
  }

  it('inserts the Deployment snippet in place of the typed word', () => {
    const text = apply('Deplo|', 'Deployment');
    assert.match(text, /^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n  name: web\n/);
    assert.match(text, /requests:\n\s+cpu: 100m/);
    assert.match(text, /readinessProbe:/);
    assert.match(text, /runAsNonRoot: true/);
  });
});

describe('completion in JSON manifests', () => {
  const pod = (body: string) => `{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "p"},\n  "spec": {\n${body}\n  }\n}\n`;
  function applyJson(fixture: string, label: string): string {
    const [text, offset] = cursor(fixture);
    const doc = textDocument(text, 'json');
    const item = service.doComplete(doc, doc.positionAt(offset))?.items.find((i) => i.label === label);
    assert.ok(item, `no item ${label}`);
    const edit = item.textEdit as TextEdit;
    return TextDocument.applyEdits(TextDocument.create('file:///x.json', 'json', 1, text), [{ range: edit.range, newText: resolveSnippet(edit.newText) }, ...(item.additionalTextEdits ?? [])]);
  }

  it('completes keys inside a quoted word, with a JSON value', () => {
    assert.equal(applyJson(pod('    "contain|"'), 'containers'), pod('    "containers": []'));
    assert.equal(applyJson(pod('    "restartPo|"'), 'restartPolicy'), pod('    "restartPolicy": "Always"'));
  });

  it('adds the commas a new member needs', () => {
    assert.equal(applyJson(pod('    "hostNetwork": true\n    |'), 'hostPID'), pod('    "hostNetwork": true,\n    "hostPID": true'));
    assert.equal(applyJson(pod('    |\n    "hostNetwork": true'), 'hostPID'), pod('    "hostPID": true,\n    "hostNetwork": true'));
  });

  it('completes enum values, quoted', () => {
    assert.equal(applyJson(pod('    "dnsPolicy": "Clu|"'), 'ClusterFirst'), pod('    "dnsPolicy": "ClusterFirst"'));
  });

  it('leaves JSON that is not a manifest alone', () => {
    const [text, offset] = cursor('{\n  "name": "pkg",\n  "|"\n}\n');
    const doc = textDocument(text, 'json');
    assert.equal(service.doComplete(doc, doc.positionAt(offset)), null);
  });
});

describe('completion inside a List', () => {
  const list = (items: string) => `apiVersion: v1\nkind: List\nitems:\n${items}`;
  const deployItem = (body: string) => `- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n  spec:\n${body}`;

  it('offers the keys valid at the cursor for the item\'s kind, present ones left out', () => {
    const names = labels(list(deployItem('    replicas: 1\n    |\n')));
    assert.ok(!names.includes('replicas'));
    assert.deepEqual(names.filter((n) => n === 'selector' || n === 'template' || n === 'strategy'), ['selector', 'strategy', 'template']);
    // Not the List's own keys, nor a Pod's.
    assert.ok(!names.includes('items') && !names.includes('containers'));
  });

  it('inserts a key with its block indented under the item\'s key', () => {
    assert.equal(apply(list(deployItem('    sel|\n')), 'selector'), list(deployItem('    selector:\n      \n')));
  });

  it('completes in a CRLF file', () => {
    const crlf = list(deployItem('    replicas: 1\n    |\n')).replace(/\n/g, '\r\n');
    const { items } = complete(crlf);
    const template = items.find((i) => i.label === 'template')!;
    assert.deepEqual((template.textEdit as TextEdit).range, { start: { line: 8, character: 4 }, end: { line: 8, character: 4 } });
  });

  it('offers an item\'s kind for its apiVersion and its enum values', () => {
    assert.deepEqual(labels(list('- apiVersion: apps/v1\n  kind: |\n')), ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']);
    assert.deepEqual(labels(list('- apiVersion: v1\n  kind: Pod\n  spec:\n    restartPolicy: |\n')), ['Always', 'OnFailure', 'Never']);
  });

  it('starts a new item with apiVersion, kind or a whole resource, indented under the dash', () => {
    const names = labels(list(deployItem('    replicas: 1\n') + '- |\n'));
    assert.deepEqual(names.slice(0, 3), ['apiVersion', 'kind', 'Deployment']);
    const text = apply(list('- Conf|\n'), 'ConfigMap');
    assert.match(text, /^apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: /);
    // What it inserts is a valid item of the List.
    const diags = getLanguageService({ locale: 'en' }).doValidation(textDocument(text));
    assert.deepEqual(diags.map((d) => `${d.code}: ${d.message}`), []);
  });

  it('reads a typed List\'s item as its kind', () => {
    const names = labels('apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- metadata: {name: a}\n  |\n');
    assert.ok(names.includes('spec') && !names.includes('metadata'));
    assert.ok(labels('apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- spec:\n    |\n').includes('template'));
  });

  it('offers label values from the other items', () => {
    const fixture = list(
      '- apiVersion: apps/v1\n  kind: Deployment\n  spec:\n    template:\n      metadata:\n        labels: {app: web}\n' +
        '- apiVersion: v1\n  kind: Service\n  spec:\n    selector:\n      app: |\n',
    );
    assert.deepEqual(labels(fixture), ['web']);
  });
});

describe('completion inside flow collections', () => {
  const pod = (body: string) => `apiVersion: v1\nkind: Pod\n${body}`;
  const container = (resources: string) => pod(`spec:\n  containers:\n  - name: a\n    image: a:1\n    resources: ${resources}\n`);

  it('offers the keys of a flow mapping after `{` or a comma, present ones left out', () => {
    assert.ok(labels(pod('metadata: {|}\n')).includes('name'));
    const names = labels(pod('metadata: {name: x, |}\n'));
    assert.ok(!names.includes('name') && names.includes('labels') && names.includes('namespace'));
    assert.deepEqual(labels(pod('metadata: {name: x, la|}\n')), labels(pod('metadata: {name: x, |}\n')));
  });

  it('inserts keys with inline values: `{}` for objects and maps, `[]` for lists, a choice for enums', () => {
    assert.equal(apply(pod('metadata: {name: x, la|}\n'), 'labels'), pod('metadata: {name: x, labels: {}}\n'));
    assert.equal(apply(pod('metadata: {name: x, |}\n'), 'finalizers'), pod('metadata: {name: x, finalizers: []}\n'));
    assert.equal(apply(pod('spec:\n  containers: [{name: a, |}]\n'), 'imagePullPolicy'), pod('spec:\n  containers: [{name: a, imagePullPolicy: Always}]\n'));
  });

  it('offers resource names in `requests` and `limits`, flow or block, with an example quantity', () => {
    assert.deepEqual(labels(container('{requests: {|}}')), ['cpu', 'memory', 'ephemeral-storage', 'hugepages-2Mi', 'hugepages-1Gi']);
    assert.deepEqual(labels(container('{requests: {cpu: 1}, limits: {cpu: 1, |}}')), ['memory', 'ephemeral-storage', 'hugepages-2Mi', 'hugepages-1Gi']);
    assert.equal(apply(container('{requests: {|}}'), 'cpu'), container('{requests: {cpu: 500m}}'));
    assert.equal(apply(container('\n      requests:\n        mem|\n'), 'memory'), container('\n      requests:\n        memory: 256Mi\n'));
    assert.deepEqual(labels('apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  resources: {requests: {|}}\n'), ['storage']);
  });

  it('adds the comma a new member needs before the next one', () => {
    assert.equal(apply(container('{requests: {| cpu: 1}}'), 'memory'), container('{requests: {memory: 256Mi, cpu: 1}}'));
    // On a word that is a key already, the word is replaced and its value kept, as in block style.
    assert.equal(apply(container('{requests: {|cpu: 1}}'), 'memory'), container('{requests: {memory: 1}}'));
  });

  it('completes in a flow item of a List', () => {
    const names = labels('apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: Pod, spec: {|}}]\n');
    assert.ok(names.includes('containers') && names.includes('restartPolicy'));
  });

  it('completes in a flow mapping over several lines', () => {
    assert.equal(apply(pod('metadata: {\n  name: x,\n  lab|\n}\n'), 'labels'), pod('metadata: {\n  name: x,\n  labels: {}\n}\n'));
  });

  it('offers enum values of a flow list\'s items and of a flow mapping\'s values', () => {
    assert.deepEqual(labels('apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  accessModes: [ReadWriteOnce, |]\n'), ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']);
    assert.deepEqual(labels(pod('spec: {restartPolicy: |}\n')), ['Always', 'OnFailure', 'Never']);
  });

  it('offers nothing after a value or inside a quoted string', () => {
    assert.deepEqual(labels(pod('metadata: {name: x |}\n')), []);
    assert.deepEqual(labels(pod('metadata: {name: "x|"}\n')), []);
  });
});
