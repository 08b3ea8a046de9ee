import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service';
import { textDocument } from '../../../helpers/fixtures';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    command:
    - sh
    - -c
    - |
      worker &
      server
`;

function actions(text: string, code: string) {
  const service = getLanguageService({ locale: 'en' });
  const doc = textDocument(text);
  const diagnostics = service.doValidation(doc).filter((d) => d.code === code);
  assert.ok(diagnostics.length, `no ${code}`);
  const list = service.doCodeActions(doc, diagnostics[0].range, { diagnostics: [diagnostics[0]] });
  return { doc, list, service, diagnostic: diagnostics[0] };
}

const apply = (doc: TextDocument, a: CodeAction) => TextDocument.applyEdits(doc, a.edit!.changes![doc.uri] as TextEdit[]);

describe('code actions', () => {
  it('offers the fixes of every diagnostic there (preferred), then ignoring the asked one on the line and in the file', () => {
    const { doc, list } = actions(pod, 'manifest/missing-requests');
    // The container name carries three findings; the lightbulb there offers each fix.
    assert.deepEqual(
      list.map((a) => [a.title, a.kind, a.isPreferred]),
      [
        ['Add runAsNonRoot to the securityContext', 'quickfix', true],
        ['Add resource requests (and a memory limit)', 'quickfix', true],
        ['Add a memory limit', 'quickfix', true],
        ['Ignore manifest/missing-requests on this line', 'quickfix', undefined],
        ['Ignore manifest/missing-requests in this file', 'quickfix', undefined],
      ],
    );
    assert.match(apply(doc, list[1]), /    resources:\n      requests:\n        cpu: 100m\n/);
    assert.equal(apply(doc, list[3]).split('\n')[6], '  # kube-guide-disable-next-line manifest/missing-requests');
    assert.equal(apply(doc, list[4]).split('\n')[0], '# kube-guide-disable-file manifest/missing-requests');
  });

  it('the comments they write silence the diagnostic', () => {
    const { doc, list, service } = actions(pod, 'manifest/missing-requests');
    for (const a of list.filter((x) => x.title.startsWith('Ignore'))) {
      const after = textDocument(apply(doc, a));
      assert.deepEqual(service.doValidation(after).filter((d) => d.code === 'manifest/missing-requests'), []);
    }
  });

  it('adds to an existing file directive instead of a second one', () => {
    const { doc, list } = actions('# kube-guide-disable-file manifest/latest-tag\n' + pod, 'manifest/missing-requests');
    assert.equal(apply(doc, list.find((a) => a.title.endsWith('in this file'))!).split('\n')[0], '# kube-guide-disable-file manifest/latest-tag manifest/missing-requests');
  });

  it('offers no line comment inside a block scalar (it would change the script)', () => {
    const { list } = actions(pod, 'manifest/multiple-processes');
    assert.deepEqual(list.map((a) => a.title).filter((t) => t.startsWith('Ignore')), ['Ignore manifest/multiple-processes in this file']);
  });

  it('offers nothing for a diagnostic of an older text', () => {
    const { diagnostic, service } = actions(pod, 'manifest/missing-requests');
    const changed = TextDocument.create('file:///x.yaml', 'yaml', 2, '\n' + pod);
    assert.deepEqual(service.doCodeActions(changed, diagnostic.range, { diagnostics: [diagnostic] }), []);
  });
});
