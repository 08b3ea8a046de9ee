/** Configuration and suppression as the editor sees them: through the service's doValidation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLanguageService, resolveSettings } from '../../../../server/src/service';
import { textDocument } from '../../../helpers/fixtures';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    securityContext: {runAsNonRoot: true}
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {memory: 64Mi}
`;

function codes(text: string, settings: unknown = {}, locale: 'en' | 'ko' = 'en') {
  const service = getLanguageService({ locale, settings: resolveSettings(settings) });
  return service.doValidation(textDocument(text)).map((d) => `${d.range.start.line}:${d.code}:${d.severity}`);
}

describe('rule configuration in validation', () => {
  it('shows the recommended rules by default, with their severity and a docs link', () => {
    const service = getLanguageService({ locale: 'en' });
    const [d] = service.doValidation(textDocument(pod));
    assert.deepEqual(
      { code: d.code, severity: d.severity, source: d.source, range: d.range, href: d.codeDescription?.href },
      { code: 'manifest/latest-tag', severity: 2, source: 'Kube Guide', range: { start: { line: 7, character: 11 }, end: { line: 7, character: 16 } }, href: 'https://kubernetes.io/docs/concepts/containers/images/#image-names' },
    );
    assert.match(d.message as string, /^Image `nginx` has no tag/);
  });

  it('speaks Korean', () => {
    const service = getLanguageService({ locale: 'ko' });
    assert.match(service.doValidation(textDocument(pod))[0].message as string, /^이미지 `nginx`에 태그가 없어/);
  });

  it('strict adds rules; minimal drops them; a setting turns one off or raises it', () => {
    assert.deepEqual(codes(pod), ['7:manifest/latest-tag:2']);
    assert.deepEqual(codes(pod, { preset: 'strict' }), ['6:manifest/missing-liveness-probe:2', '7:manifest/latest-tag:2', '9:manifest/missing-cpu-limit:3']);
    assert.deepEqual(codes(pod, { preset: 'minimal' }), []);
    assert.deepEqual(codes(pod, { rules: { 'manifest/latest-tag': 'off' } }), []);
    assert.deepEqual(codes(pod, { preset: 'minimal', rules: { 'manifest/latest-tag': 'error' } }), ['7:manifest/latest-tag:1']);
  });

  it('configures any diagnostic code, also the parser\'s', () => {
    const dup = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n';
    assert.deepEqual(codes(dup), ['4:yaml/DUPLICATE_KEY:1']);
    assert.deepEqual(codes(dup, { rules: { 'yaml/DUPLICATE_KEY': 'warning' } }), ['4:yaml/DUPLICATE_KEY:2']);
  });

  it('honours suppression comments', () => {
    assert.deepEqual(codes(pod.replace('    image: nginx', '    # kube-guide-disable-next-line manifest/latest-tag\n    image: nginx')), []);
    assert.deepEqual(codes(pod.replace('    image: nginx', '    image: nginx # kube-guide-disable-line')), []);
    assert.deepEqual(codes('# kube-guide-disable-file manifest/*\n' + pod), []);
    assert.deepEqual(codes(pod.replace('    image: nginx', '    # kube-guide-disable-next-line manifest/run-as-non-root\n    image: nginx')), ['8:manifest/latest-tag:2']);
  });

  it('does not take a `#` line inside a block scalar for a directive', () => {
    const script = pod.replace('    image: nginx\n', '    image: nginx\n    args:\n    - |\n      # kube-guide-disable-file\n      run\n');
    assert.deepEqual(codes(script), ['7:manifest/latest-tag:2']);
  });

  it('honours annotations for the document they are in only', () => {
    const annotated = pod.replace('  name: web\n', '  name: web\n  annotations:\n    kube-guide/disable: manifest/latest-tag\n');
    assert.deepEqual(codes(`${annotated}---\n${pod}`), ['22:manifest/latest-tag:2']);
    const kubeLinter = pod.replace('  name: web\n', '  name: web\n  annotations:\n    ignore-check.kube-linter.io/latest-tag: "pinned by the pipeline"\n');
    assert.deepEqual(codes(kubeLinter), []);
  });

  it('says nothing about YAML that is not a manifest', () => {
    assert.deepEqual(codes('services:\n  web:\n    image: nginx\n'), []);
  });
});
