/** Diagnostics from a principle of the notes link to that part of the notes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledSource, createNotesProvider } from '../../../server/src/notes';
import { getLanguageService, NOTES_TOPICS } from '../../../server/src/service';
import { K8S_RULES } from '../../../server/src/service/k8s/rules';
import { RULE_TOPICS } from '../../../server/src/service/notesLinks';
import { textDocument } from '../../helpers/fixtures';

const URI = 'file:///ext/notes.md';
const notes = createNotesProvider({ sources: () => [bundledSource(URI)] });
const link = (line: number) => `command:kubeGuide.openNotes?${encodeURIComponent(JSON.stringify([{ uri: URI, line }]))}`;

const MISMATCH = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests: {cpu: "2"}
            limits: {cpu: "1"}
`;

describe('diagnostics link to the notes', () => {
  it('puts the notes section in codeDescription for rules that come from a principle', () => {
    const diags = getLanguageService({ locale: 'ko', notes }).doValidation(textDocument(MISMATCH));
    const byCode = Object.fromEntries(diags.map((d) => [String(d.code), d.codeDescription?.href]));
    // 2.3 › 로드 밸런싱과 서비스 디스커버리 › 로드밸런서 기능 (line 131), 2.3 › 리소스 관리 (line 124)
    assert.equal(byCode['k8s/selector-mismatch'], link(130));
    assert.equal(byCode['k8s/requests-exceed-limits'], link(124));
  });

  it('adds nothing without notes', () => {
    // The k8s rules link nothing else; best-practice rules (manifest/*) keep their docs link.
    const diags = getLanguageService({ locale: 'en' }).doValidation(textDocument(MISMATCH)).filter((d) => String(d.code).startsWith('k8s/'));
    assert.ok(diags.length >= 2);
    assert.ok(diags.every((d) => !d.codeDescription));
  });

  it("links a Dockerfile rule that teaches a principle to its section, and keeps a finding's own link", () => {
    const doc = textDocument('FROM node:latest\nRUN apt-get install curl\nCMD node server.js\n', 'dockerfile');
    const byCode = Object.fromEntries(
      getLanguageService({ locale: 'en', notes }).doValidation(doc).map((d) => [String(d.code), d.codeDescription?.href]),
    );
    const section = (topic: string) => notes.reference({ language: 'topic', topic: topic as keyof typeof NOTES_TOPICS })!.href;
    assert.equal(byCode['dockerfile/latest-tag'], section('image.immutable'));
    assert.equal(byCode['dockerfile/missing-user'], section('security.nonRoot'));
    assert.equal(byCode['dockerfile/shell-form-cmd'], section('containers.oneProcess'));
    // apt-get without -y teaches no principle of the notes: it keeps hadolint's page.
    assert.equal(byCode['dockerfile/apt-get-yes'], 'https://github.com/hadolint/hadolint/wiki/DL3014');
  });

  it('names only rules and topics that exist', () => {
    assert.deepEqual(Object.keys(RULE_TOPICS).filter((id) => !(id in K8S_RULES)), []);
    assert.deepEqual(Object.values(RULE_TOPICS).filter((t) => !(t in NOTES_TOPICS)), []);
  });
});
