/** The notes on YAML the manifest hover leaves alone: a kind cluster config, a kubeadm config. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { bundledSource, createNotesProvider } from '../../../server/src/notes';
import { defaultSettings, getLanguageService } from '../../../server/src/service';
import { cursor, dedent, textDocument } from '../../helpers/fixtures';

const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/notes.md')] });

function hover(fixture: string, locale: 'en' | 'ko' = 'ko', settings = defaultSettings) {
  const [text, offset] = cursor(fixture);
  const doc = textDocument(text);
  const service = getLanguageService({ locale, notes, settings });
  return { hover: service.doHover(doc, doc.positionAt(offset)), diagnostics: service.doValidation(doc), doc };
}

const KIND = dedent(`
  kind: Cl|uster
  apiVersion: kind.x-k8s.io/v1alpha4
  nodes:
    - role: control-plane
    - role: worker
  networking:
    disableDefaultCNI: true
`);

describe('notes hover on tool configs', () => {
  it('shows the kind chapter on a kind cluster config, with the value\'s range, and no diagnostics', () => {
    const { hover: h, diagnostics } = hover(KIND);
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 13 } });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /^\*\*공부 노트\*\* · 3장 › 쿠버네티스 환경과 도구 › 로컬 쿠버네티스 · /);
    assert.match(md, /- \*\*kind\(Kubernetes in Docker\)\*\*/);
    assert.deepEqual(diagnostics, []);
  });

  it('shows the master on a control-plane node, in English too', () => {
    const md = (hover(KIND.replace('Cl|uster', 'Cluster').replace('control-plane', 'control-pl|ane'), 'en').hover!.contents as MarkupContent).value;
    assert.match(md, /^\*\*Study notes\*\* · 2장 › 2\.1 › 쿠버네티스 마스터 · \[Open in the notes\]/);
    assert.match(md, /쿠버네티스 노드를 관리하는 노드/);
  });

  it('shows flannel on the pod network settings', () => {
    const md = (hover(KIND.replace('Cl|uster', 'Cluster').replace('disableDefaultCNI', 'disable|DefaultCNI')).hover!.contents as MarkupContent).value;
    assert.match(md, /3장 › 쿠버네티스 환경과 도구 › 쿠버네티스 구축 도구 › 플라넬/);
  });

  it('shows kubeadm on a kubeadm config', () => {
    const md = (hover('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  lo|cal: {}\n').hover!.contents as MarkupContent).value;
    assert.match(md, /클러스터를 통한 이중화/);
    assert.match(md, /큐브어드민\(kubeadm\)/);
  });

  it('says nothing where the notes have nothing, or when notes are off', () => {
    assert.equal(hover(KIND.replace('Cl|uster', 'Cluster').replace('role: worker', 'role: wor|ker')).hover?.contents ? 'kind' : null, 'kind');
    assert.equal(hover('apiVersion: example.com/v1\nkind: Widget\nspec:\n  col|or: red\n').hover, null);
    assert.equal(hover(KIND, 'ko', { ...defaultSettings, hover: { notes: false, docs: true } }).hover, null);
    assert.equal(hover('name: x\nno|des: []\n').hover, null);
  });
});
