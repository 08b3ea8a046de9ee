/** Definition, references and the Service code lens, through the service, on multi-file fixtures. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service';
import { cursor } from '../../../helpers/fixtures';
import { fixtureFiles } from '../../../helpers/rules';

/**
 * The files of a fixture (`--- file:` headers, `⟦…⟧` around each expected location, `|` at the
 * cursor in the first file); returns the service, the open document and the cursor position.
 */
function setup(fixture: string, locale: 'en' | 'ko' = 'en') {
  const [text, offset] = cursor(fixture);
  const files = fixtureFiles(text);
  const service = getLanguageService({ locale });
  for (const f of files.slice(1)) service.workspace.setText(f.uri, f.text);
  service.workspace.markComplete();
  // The cursor offset counts the header line and the marks before it in the first file.
  const header = text.startsWith('--- file:') ? text.indexOf('\n') + 1 : 0;
  const before = text.slice(header, offset);
  const at = offset - header - (before.match(/[⟦⟧]/g)?.length ?? 0);
  const doc = TextDocument.create(files[0].uri, 'yaml', 1, files[0].text);
  const expected: Location[] = files.flatMap((f) => {
    const d = TextDocument.create(f.uri, 'yaml', 1, f.text);
    return f.marks.map(([a, b]) => ({ uri: f.uri, range: { start: d.positionAt(a), end: d.positionAt(b) } }));
  });
  return { service, doc, position: doc.positionAt(at), expected };
}

const sort = (l: Location[] | null) => {
  assert.ok(l?.length, 'a non-empty answer');
  return sortAll(l);
};
const sortAll = (l: Location[] | null) => [...(l ?? [])].sort((a, b) => (a.uri + a.range.start.line).localeCompare(b.uri + b.range.start.line));

const deploy = (name: string, labels: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: ${labels}
  template:
    metadata:
      ⟦labels⟧: ${labels}
    spec:
      containers:
      - name: web
        image: nginx:1.25
        envFrom:
        - configMapRef:
            name: ⟦settings⟧
`;

describe('go to definition', () => {
  it('goes from a Service selector to the pod templates it selects, in other files', () => {
    const { service, doc, position, expected } = setup(`--- file: svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: w|eb
  ports: [{port: 80}]
--- file: a.yaml
${deploy('web', '{app: web}').replace('⟦settings⟧', 'settings')}--- file: b.yaml
${deploy('other', '{app: other}').replace(/[⟦⟧]/g, '')}`);
    assert.deepEqual(sort(service.doDefinition(doc, position)), sort(expected));
  });

  it('goes from a Service in a List to the pod templates of the List\'s other items and of other files', () => {
    const indent = (m: string) => m.replace(/\n(?=.)/g, '\n  ');
    const { service, doc, position, expected } = setup(`--- file: list.yaml
apiVersion: v1
kind: List
items:
- ${indent(deploy('web', '{app: web}').replace('⟦settings⟧', 'settings'))}- apiVersion: v1
  kind: Service
  metadata:
    name: web
  spec:
    selector:
      app: w|eb
--- file: b.yaml
${deploy('b', '{app: web}').replace('⟦settings⟧', 'settings')}`);
    assert.deepEqual(sort(service.doDefinition(doc, position)), sort(expected));
  });

  it('goes from a ConfigMap reference to its manifest, and to a kustomize generator', () => {
    const { service, doc, position, expected } = setup(`--- file: pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: a:1
    envFrom:
    - configMapRef: {name: sett|ings}
--- file: cm.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: ⟦settings⟧
--- file: kustomization.yaml
configMapGenerator:
- name: ⟦settings⟧
`);
    assert.deepEqual(sort(service.doDefinition(doc, position)), sort(expected));
  });

  it('goes from an Ingress backend and an HPA target to the Service and the Deployment', () => {
    const { service, doc, position, expected } = setup(`--- file: ing.yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: i
spec:
  defaultBackend:
    service: {name: |web, port: {number: 80}}
--- file: svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: ⟦web⟧
spec:
  ports: [{port: 80}]
`);
    assert.deepEqual(sort(service.doDefinition(doc, position)), sort(expected));
    const hpa = setup(`--- file: hpa.yaml
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: h
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: we|b}
  maxReplicas: 3
--- file: d.yaml
${deploy('⟦web⟧', '{app: web}').replace(/⟦(labels|settings)⟧/g, '$1')}`);
    assert.deepEqual(sort(hpa.service.doDefinition(hpa.doc, hpa.position)), sort(hpa.expected));
  });

  it('gives nothing elsewhere', () => {
    const { service, doc, position } = setup('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: |b\n');
    assert.equal(service.doDefinition(doc, position), null);
  });
});

describe('find references', () => {
  it('from a ConfigMap name: every pod that reads it, and itself when asked', () => {
    const { service, doc, position, expected } = setup(`--- file: cm.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: ⟦sett|ings⟧
--- file: a.yaml
${deploy('a', '{app: a}').replace('⟦labels⟧', 'labels')}--- file: b.yaml
${deploy('b', '{app: b}').replace('⟦labels⟧', 'labels')}`);
    assert.deepEqual(sort(service.doReferences(doc, position, true)), sort(expected));
    assert.equal(service.doReferences(doc, position, false)!.length, expected.length - 1);
  });

  it('from a template\'s labels: the Services that select the pods', () => {
    const { service, doc, position, expected } = setup(`--- file: d.yaml
${deploy('web', '{app: web}').replace('⟦labels⟧: {app: web}', 'labels: {app: w|eb}').replace('⟦settings⟧', 'settings')}--- file: svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ⟦selector⟧: {app: web}
`);
    assert.deepEqual(sort(service.doReferences(doc, position, false)), sort(expected));
  });
});

describe('code lens on Services', () => {
  it('says how many workloads each Service selects, in the user\'s language', () => {
    const fixture = `--- file: svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
---
apiVersion: v1
kind: Service
metadata:
  name: none
spec:
  selector: {app: nothing}
--- file: a.yaml
${deploy('a', '{app: web}')}--- file: b.yaml
${deploy('b', '{app: web}')}`.replace(/[⟦⟧]/g, '');
    const en = setup(fixture.replace('  name: web\n', '  name: w|eb\n'));
    const lenses = en.service.doCodeLens(en.doc);
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, (l.command?.arguments?.[2] as Location[] | undefined)?.length]),
      [
        [5, 'selects 2 workloads: Deployment/a, Deployment/b', 'kubeGuide.showReferences', 2],
        [12, 'selects no workload in the workspace', '', undefined],
      ],
    );
    const ko = setup(fixture.replace('  name: web\n', '  name: w|eb\n'), 'ko');
    assert.equal(ko.service.doCodeLens(ko.doc)[0].command?.title, '워크로드 2개 선택: Deployment/a, Deployment/b');
  });
});
