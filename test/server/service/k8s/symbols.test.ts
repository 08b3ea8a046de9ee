import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../server/src/common/text';
import { getLanguageService } from '../../../../server/src/service';
import { dedent, textDocument } from '../../../helpers/fixtures';

const service = getLanguageService({ locale: 'en' });
const text = dedent(`
  # the web app
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      spec:
        containers:
          - name: app
            image: nginx:1.27
  ---
  apiVersion: v1
  kind: Service
  metadata:
    name: web
  ---
  just: values
  ---
  apiVersion: v1
  kind: ConfigMap
`);

/** name (detail) [start line-end line] with children indented. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''} [${s.range.start.line + 1}-${s.range.end.line + 1}]`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

describe('document symbols', () => {
  it('gives Kind/name per manifest and its keys nested below', () => {
    assert.deepEqual(outline(service.doDocumentSymbols(textDocument(text))), [
      'Deployment/web (apps/v1 · shop) [2-12]',
      '  apiVersion (apps/v1) [2-2]',
      '  kind (Deployment) [3-3]',
      '  metadata [4-6]',
      '    name (web) [5-5]',
      '    namespace (shop) [6-6]',
      '  spec [7-12]',
      '    template [8-12]',
      '      spec [9-12]',
      '        containers [10-12]',
      '          0: app [11-12]',
      '            name (app) [11-11]',
      '            image (nginx:1.27) [12-12]',
      'Service/web (v1) [13-17]',
      '  apiVersion (v1) [14-14]',
      '  kind (Service) [15-15]',
      '  metadata [16-17]',
      '    name (web) [17-17]',
      'ConfigMap (v1) [20-22]',
      '  apiVersion (v1) [21-21]',
      '  kind (ConfigMap) [22-22]',
    ]);
  });

  it('selects the name, and keeps every range inside the document', () => {
    const symbols = service.doDocumentSymbols(textDocument(text));
    assert.deepEqual(symbols[0].selectionRange, { start: { line: 4, character: 8 }, end: { line: 4, character: 11 } });
    const lines = new LineIndex(text);
    const all = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...all(x.children ?? [])]);
    for (const s of all(symbols)) assert.ok(lines.contains(s.range) && lines.contains(s.selectionRange), s.name);
  });

  it('keeps the selection inside the symbol when a quote never closes (VS Code rejects it otherwise)', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "broken\nspec:\n  containers: []\n';
    const within = (a: DocumentSymbol['range'], b: DocumentSymbol['range']) =>
      (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
      (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    const all = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...all(x.children ?? [])]);
    const symbols = all(service.doDocumentSymbols(textDocument(broken)));
    assert.ok(symbols.length > 0);
    for (const x of symbols) assert.ok(within(x.selectionRange, x.range), `${x.name}: ${JSON.stringify(x.selectionRange)} outside ${JSON.stringify(x.range)}`);
  });

  // Found by the fuzzer (test/fuzz): VS Code rejects a whole outline over one empty name, and
  // drops symbols whose selection range leaves their range.
  const all = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...all(x.children ?? [])]);
  const inside = (o: DocumentSymbol['range'], i: DocumentSymbol['range']) =>
    (o.start.line < i.start.line || (o.start.line === i.start.line && o.start.character <= i.start.character)) &&
    (i.end.line < o.end.line || (i.end.line === o.end.line && i.end.character <= o.end.character));

  it('names an empty key `""` (`metadata:\n :`)', () => {
    const symbols = service.doDocumentSymbols(textDocument('apiVersion: v1\nkind: ConfigMap\nmetadata:\n :\nbinaryData:\n  "": x\n  " ": y\n'));
    assert.deepEqual(
      all(symbols).map((s) => s.name),
      ['ConfigMap', 'apiVersion', 'kind', 'metadata', '""', 'binaryData', '""', '" "'],
    );
  });

  it('keeps a multi-line implicit key inside its entry (`"        name: sample-db-auth⏎      prefix: DB2_`)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - envFrom:\n    - secretRef:\n"        name: sample-db-auth\n      prefix: DB2_\n';
    const lines = new LineIndex(text);
    for (const s of all(service.doDocumentSymbols(textDocument(text)))) {
      assert.ok(lines.contains(s.range) && inside(s.range, s.selectionRange), `${s.name}: ${JSON.stringify(s)}`);
    }
  });

  it('keeps every child inside its parent on broken input', () => {
    const text =
      'apiVersion: v1\nkind: o restored-pod\nspec:\n  - name: tools-container\n    image: amsy810/tools\n    volumeMounts:\n    - name: data-volume\n' +
      '      mountPath: /data\n  volumes:\n  - name: data-volume\n    persistentVolumeClaim:\n      claimName: restored-pvc\n      readOnly: false\n ';
    const check = (parent: DocumentSymbol) => {
      for (const c of parent.children ?? []) {
        assert.ok(inside(parent.range, c.range), `${c.name} outside ${parent.name}`);
        check(c);
      }
    };
    for (const s of service.doDocumentSymbols(textDocument(text))) check(s);
  });

  it('gives nothing for YAML that is not a manifest', () => {
    assert.deepEqual(service.doDocumentSymbols(textDocument('services:\n  web: {}\n')), []);
  });
});

describe('document symbols of a List', () => {
  const list = dedent(`
    apiVersion: v1
    kind: List
    items:
    - apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
    - apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: shop}
    ---
    apiVersion: v1
    kind: PodList
    items:
    - metadata: {name: p1}
  `);

  it('gives each item its Kind/name under the List, with its keys below', () => {
    assert.deepEqual(outline(service.doDocumentSymbols(textDocument(list))), [
      'List (v1) [1-12]',
      '  apiVersion (v1) [1-1]',
      '  kind (List) [2-2]',
      '  items [3-12]',
      '    Deployment/web (apps/v1) [4-9]',
      '      apiVersion (apps/v1) [4-4]',
      '      kind (Deployment) [5-5]',
      '      metadata [6-7]',
      '        name (web) [7-7]',
      '      spec [8-9]',
      '        replicas (2) [9-9]',
      '    Service/web (v1 · shop) [10-12]',
      '      apiVersion (v1) [10-10]',
      '      kind (Service) [11-11]',
      '      metadata [12-12]',
      '        name (web) [12-12]',
      '        namespace (shop) [12-12]',
      // A typed List's item without apiVersion and kind is of its kind.
      'PodList (v1) [13-17]',
      '  apiVersion (v1) [14-14]',
      '  kind (PodList) [15-15]',
      '  items [16-17]',
      '    Pod/p1 (v1) [17-17]',
      '      metadata [17-17]',
      '        name (p1) [17-17]',
    ]);
  });

  it('selects the item\'s name, inside its range, in a CRLF file', () => {
    const crlf = list.replace(/\n/g, '\r\n');
    const symbols = service.doDocumentSymbols(textDocument(crlf));
    const web = symbols[0].children!.find((s) => s.name === 'items')!.children![0];
    assert.deepEqual(web.range, { start: { line: 3, character: 2 }, end: { line: 8, character: 15 } });
    assert.deepEqual(web.selectionRange, { start: { line: 6, character: 10 }, end: { line: 6, character: 13 } });
    const lines = new LineIndex(crlf);
    const every = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...every(x.children ?? [])]);
    for (const s of every(symbols)) assert.ok(lines.contains(s.range) && lines.contains(s.selectionRange), s.name);
  });
});
