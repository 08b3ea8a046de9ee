/** The Dockerfile side of run-as-non-root: manifests of the workspace that run its image as root. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../../server/src/service';

const dockerfile = '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER root\nCMD ["/app"]\n';
const skaffold = 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n  - image: example/app\n';
const pod = (sc = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n  - name: app\n    image: example/app:1.0\n${sc}`;

function run(podText: string, text = dockerfile, locale: 'en' | 'ko' = 'en') {
  const service = getLanguageService({ locale });
  service.workspace.setText('file:///ws/skaffold.yaml', skaffold);
  service.workspace.setText('file:///ws/k8s/pod.yaml', podText);
  const doc = TextDocument.create('file:///ws/Dockerfile', 'dockerfile', 1, text);
  return service.doValidation(doc).filter((d) => d.code === 'manifest/run-as-non-root');
}

describe('Dockerfile ↔ manifests', () => {
  it('warns on the root USER of a Dockerfile whose image a manifest runs without a non-root securityContext', () => {
    const [d, ...rest] = run(pod());
    assert.deepEqual(rest, []);
    assert.deepEqual(d.range, { start: { line: 5, character: 5 }, end: { line: 5, character: 9 } });
    assert.equal(d.message, 'The image built here (example/app:1.0) runs as root, and Pod/app run it without a non-root securityContext: those containers run as root in the cluster. Add a non-root USER.');
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]), [['file:///ws/k8s/pod.yaml', 7, '`Pod/app` runs this image as root']]);
  });

  it('is quiet when the manifest asks for a non-root user, or the image has one', () => {
    assert.deepEqual(run(pod('    securityContext: {runAsUser: 1000}\n')), []);
    assert.deepEqual(run(pod(), dockerfile.replace('USER root', 'USER 65532')), []);
  });

  it('is silenced like any rule: by a comment in the Dockerfile', () => {
    assert.deepEqual(run(pod(), dockerfile.replace('USER root', '# kube-guide-disable-next-line manifest/run-as-non-root\nUSER root')), []);
  });
});
