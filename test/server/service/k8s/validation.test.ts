import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../server/src/common/text';
import { defaultSettings, getLanguageService } from '../../../../server/src/service';
import { K8S_RULES } from '../../../../server/src/service/k8s/rules';
import { parseYaml } from '../../../../server/src/service/yaml/parse';
import { manifestDiagnostics } from '../../../../server/src/service/k8s/validation';
import { dedent, textDocument } from '../../../helpers/fixtures';

// Schema and API-server diagnostics only: the best-practice rules (manifest/*) have their own tests.
const en = getLanguageService({ locale: 'en', settings: { ...defaultSettings, rules: { 'manifest/*': 'off' } } });

function applyEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, text);
  return TextDocument.applyEdits(doc, edits);
}

/** The document after applying the quick fix titled `title` at the diagnostic with `code`. */
function fix(text: string, code: string, title?: string): string {
  const doc = textDocument(text);
  const d = en.doValidation(doc).find((x) => x.code === code);
  assert.ok(d, `no ${code} diagnostic`);
  const actions: CodeAction[] = en.doCodeActions(doc, d.range, { diagnostics: [d] });
  const action = title ? actions.find((a) => a.title === title) : actions.find((a) => a.isPreferred) ?? actions[0];
  assert.ok(action, `no quick fix ${title ?? ''} among ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(action.kind, 'quickfix');
  return applyEdits(text, action.edit!.changes![doc.uri]);
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('quick fixes apply to the whole document', () => {
  it('renames a misspelt field', () => {
    const text = dedent(`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: app
            image: busybox:1.37
            imagePullpolicy: Always
    `);
    assert.equal(fix(text, 'k8s/unknown-field'), text.replace('imagePullpolicy', 'imagePullPolicy'));
  });

  it('replaces an enum value, moves a removed apiVersion, quotes a number', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: nodeport\n  ports: [{port: 80}]\n';
    assert.equal(fix(svc, 'k8s/invalid-enum'), svc.replace('nodeport', 'NodePort'));
    const cron = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: a, image: b}]\n';
    assert.equal(fix(cron, 'k8s/removed-api'), cron.replace('batch/v1beta1', 'batch/v1'));
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  port: 8080\n';
    assert.equal(fix(cm, 'k8s/wrong-type'), cm.replace('8080', '"8080"'));
  });

  it('adds the restartPolicy a Job needs, at the right indentation', () => {
    const job = dedent(`
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: j
      spec:
        template:
          spec:
            containers:
              - name: a
                image: busybox:1.37
    `);
    assert.equal(fix(job, 'k8s/restart-policy', 'Add `restartPolicy: Never`'), job.replace('      containers:', '      restartPolicy: Never\n      containers:'));
  });

  it('adds a missing template label so the selector matches', () => {
    const text = dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
      spec:
        selector:
          matchLabels:
            app: web
            tier: front
        template:
          metadata:
            labels:
              app: web
          spec:
            containers: [{name: a, image: b}]
    `);
    assert.equal(fix(text, 'k8s/selector-mismatch'), text.replace('        app: web\n    spec', '        app: web\n        tier: front\n    spec'));
  });

  it('replaces tab indentation with spaces', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: p\n';
    assert.equal(fix(text, 'yaml/TAB_AS_INDENT'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n');
  });

  it('offers nothing outside the diagnostic or for other kinds of action', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: nodeport\n';
    const doc = textDocument(text);
    assert.deepEqual(en.doCodeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, { diagnostics: [] }), []);
    const range = { start: { line: 5, character: 9 }, end: { line: 5, character: 9 } };
    assert.equal(en.doCodeActions(doc, range, { diagnostics: [], only: ['refactor'] }).length, 0);
    assert.equal(en.doCodeActions(doc, range, { diagnostics: [], only: ['quickfix'] }).length, 1);
  });
});

describe('manifest validation', () => {
  it('speaks Korean', () => {
    const ko = getLanguageService({ locale: 'ko', settings: { ...defaultSettings, rules: { 'manifest/*': 'off' } } });
    const [d] = ko.doValidation(textDocument('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  lables: {}\nspec:\n  containers: [{name: a, image: b}]\n'));
    assert.equal(d.message, 'ObjectMeta에 없는 필드 `lables`. `labels`을(를) 쓰려던 것인가?');
  });

  it('keeps every range inside the document with CRLF, a BOM and no final newline', () => {
    const text = '\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: Bad_Name\r\nspec:\r\n  containers:\r\n    - name: a\r\n      image: b\r\n      ports:\r\n        - containerPort: "80"';
    const diags = en.doValidation(textDocument(text));
    assert.deepEqual(codes(diags), ['k8s/invalid-name', 'k8s/wrong-type']);
    const lines = new LineIndex(text);
    for (const d of diags) assert.ok(lines.contains(d.range));
    assert.deepEqual(diags[1].range, { start: { line: 9, character: 25 }, end: { line: 9, character: 29 } });
  });

  it('validates the items of a List in a CRLF file, each range exact (the key, the value)', () => {
    const text = '\uFEFFapiVersion: v1\r\nkind: List\r\nitems:\r\n- apiVersion: apps/v1\r\n  kind: Deployment\r\n  metadata: {name: web}\r\n  spec:\r\n    replicas: "1"\r\n    selectr: {}\r\n    template: {spec: {containers: [{name: web, image: nginx}]}}\r\n- apiVersion: batch/v1beta1\r\n  kind: CronJob\r\n  metadata: {name: old}';
    const diags = en.doValidation(textDocument(text));
    const lines = new LineIndex(text);
    for (const d of diags) assert.ok(lines.contains(d.range));
    const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, text);
    assert.deepEqual(
      diags.map((d) => [d.code, doc.getText(d.range)]),
      [
        ['k8s/missing-field', 'spec'],
        ['k8s/wrong-type', '"1"'],
        ['k8s/unknown-field', 'selectr'],
        ['k8s/removed-api', 'batch/v1beta1'],
      ],
    );
    assert.deepEqual(diags[2].range, { start: { line: 8, character: 4 }, end: { line: 8, character: 11 } });
  });

  it('follows an edit inside an item of a List', () => {
    const list = (replicas: string) => `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n  data: {x: 1}\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: b}\n  spec: {replicas: ${replicas}}\n`;
    const before = parseYaml(list('1'));
    assert.deepEqual(manifestDiagnostics(before, 'en').map((d) => d.code), ['k8s/wrong-type', 'k8s/missing-field']);
    const after = parseYaml(list('x'), {}, before);
    assert.deepEqual(manifestDiagnostics(after, 'en').map((d) => [d.code, d.range.start.line]), [
      ['k8s/wrong-type', 6],
      ['k8s/missing-field', 10],
      ['k8s/wrong-type', 10],
    ]);
  });

  it('re-checks only the edited document', () => {
    const one = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\ndata:\n  a: 1\n';
    const two = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: two\ndata:\n  b: "2"\n';
    const before = parseYaml(`${one}---\n${two}`);
    manifestDiagnostics(before, 'en');
    const cached = before.docs[1].memo.get('k8s.findings');
    assert.ok(cached);
    const after = parseYaml(`${one.replace('a: 1', 'a: 10\n  c: 3')}---\n${two}`, {}, before);
    assert.equal(after.docs[1].memo.get('k8s.findings'), cached, 'the untouched document keeps its findings');
    const diags = manifestDiagnostics(after, 'en');
    assert.deepEqual(diags.map((d) => [d.code, d.range.start.line]), [
      ['k8s/wrong-type', 5],
      ['k8s/wrong-type', 6],
    ]);
  });

  it('says nothing more than syntax errors about a document whose YAML is broken', () => {
    const diags = en.doValidation(textDocument('apiVersion: v1\nkind: Pod\nmetadata:\n  name: "x\nspec: {}\n'));
    assert.deepEqual(codes(diags), ['yaml/MISSING_CHAR']);
  });

  it('flags a custom resource once, and checks only its metadata', () => {
    const diags = en.doValidation(textDocument('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  anything: [1, 2]\n'));
    assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['k8s/custom-resource', 3]]);
  });

  it('lists every rule with a severity and a summary', () => {
    for (const [id, info] of Object.entries(K8S_RULES)) {
      assert.match(id, /^k8s\/[a-z-]+$/);
      assert.ok(['error', 'warning', 'information'].includes(info.severity));
      assert.ok(info.summary.length > 10);
    }
  });
});
