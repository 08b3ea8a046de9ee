import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent, Range } from 'vscode-languageserver-types';
import { bundledSource, createNotesProvider } from '../../../../server/src/notes';
import { defaultSettings, getLanguageService, type NotesProvider, type NotesTarget, type Settings } from '../../../../server/src/service';
import { cursor } from '../../../helpers/fixtures';

const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/notes.md')] });

function hover(fixture: string, opts: { locale?: 'en' | 'ko'; settings?: Settings; notes?: NotesProvider } = {}): { md: string; range?: Range; text: string } {
  const [text, offset] = cursor(fixture);
  const doc = TextDocument.create('file:///h/Dockerfile', 'dockerfile', 1, text);
  const h = getLanguageService({ locale: opts.locale ?? 'en', settings: opts.settings, notes: opts.notes }).doHover(doc, doc.positionAt(offset));
  return { md: h ? (h.contents as MarkupContent).value : '', range: h?.range, text };
}

/** The hovered text, from the hover's range. */
function hovered(r: { range?: Range; text: string }): string {
  if (!r.range) return '';
  const doc = TextDocument.create('file:///x', 'dockerfile', 1, r.text);
  return doc.getText(r.range);
}

/** A provider that records what it was asked. */
function recorder(): NotesProvider & { asked: NotesTarget[] } {
  const asked: NotesTarget[] = [];
  return { asked, hover: (target) => (asked.push(target), 'NOTES'), reference: () => null };
}

describe('Dockerfile hover', () => {
  it('documents an instruction, on its keyword', () => {
    const r = hover('FROM alpine:3.20\nUS|ER app\n');
    assert.equal(hovered(r), 'USER');
    assert.match(r.md, /^```dockerfile\nUSER <user>\[:<group>\]/);
    assert.match(r.md, /Run as a user other than root/);
    assert.match(r.md, /\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#user\)/);
  });

  it('documents flags, RUN --mount among them', () => {
    const r = hover('FROM alpine:3.20\nRUN --mo|unt=type=cache,target=/root/.cache go build\n');
    assert.equal(hovered(r), '--mount');
    assert.match(r.md, /`cache` \(a persistent cache/);
    assert.match(hover('FROM alpine:3.20\nCOPY --li|nk a /b\n').md, /independent layer/);
    assert.match(hover('FROM alpine:3.20\nADD --check|sum=sha256:abc https://x/y /y\n').md, /expected digest/);
    assert.match(hover('FROM --plat|form=$BUILDPLATFORM golang:1.23 AS b\n').md, /cross-compiles/);
    assert.match(hover('FROM alpine:3.20\nHEALTHCHECK --inter|val=30s CMD true\n').md, /Time between checks/);
  });

  it('documents --mount types and options', () => {
    const t1 = hover('FROM alpine:3.20\nRUN --mount=ty|pe=secret,id=npm cat /run/secrets/npm\n');
    assert.equal(hovered(t1), 'type=secret');
    assert.match(t1.md, /never reaches the image/);
    const t2 = hover('FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apt,shar|ing=locked apt-get update\n');
    assert.equal(hovered(t2), 'sharing=locked');
    assert.match(t2.md, /`locked` \(wait; apt needs it\)/);
  });

  it('breaks down a base image and gives its size class', () => {
    const r = hover('FROM docker.io/library/ubu|ntu:24.04\n');
    assert.equal(hovered(r), 'docker.io/library/ubuntu:24.04');
    assert.match(r.md, /Registry: docker\.io · Repository: `library\/ubuntu` · Tag: `24\.04` · Digest: none/);
    assert.match(r.md, /Size class: large/);
    assert.match(r.md, /Lighter: `alpine:3\.20`, `gcr\.io\/distroless\/base-debian12`/);
    assert.match(hover('FROM scr|atch\n').md, /Size class: minimal \(scratch: no shell/);
    assert.match(hover('FROM gcr.io/distroless/static-debian12:nonr|oot\n').md, /Registry: gcr\.io .* Size class: small|Size class: small/s);
    assert.match(hover('FROM alpine@sha256:ab|c\n', { locale: 'ko' }).md, /레지스트리: Docker Hub · 저장소: `alpine` · 태그: 없음 · 다이제스트: `sha256:abc`/);
  });

  it('says where a stage comes from, on AS names, FROM <stage> and COPY --from', () => {
    const text = 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=bui|ld /out /app\n';
    const r = hover(text);
    assert.equal(hovered(r), 'build');
    assert.match(r.md, /Copies from build stage `build`, defined on line 1\n\n```dockerfile\nFROM golang:1\.23 AS build\n```/);
    assert.match(hover('FROM golang:1.23 AS bu|ild\n').md, /Build stage `build` \(stage 0\), FROM `golang:1\.23`/);
    assert.match(hover('FROM alpine:3.20 AS base\nFROM ba|se\n').md, /defined on line 1/);
  });

  it('gives a variable its value in scope', () => {
    assert.equal(hover('ARG V=1.2\nFROM alpine:${|V}\n').md, 'ARG `V` = `1.2` (line 1)');
    assert.equal(hover('FROM alpine:3.20\nARG PORT\nENV PORT=8080\nEXPOSE $PO|RT\n').md, 'ENV `PORT` = `8080` (line 3)');
    assert.equal(hover('FROM alpine:3.20\nARG TOKEN\nRUN echo $TOK|EN\n').md, 'ARG `TOKEN`, no default (line 2)');
    assert.equal(hover('FROM --platform=$BUILD|PLATFORM alpine:3.20\n').md, 'Predefined build argument `BUILDPLATFORM`');
  });

  it('documents parser directives', () => {
    assert.match(hover('# sy|ntax=docker/dockerfile:1\nFROM alpine:3.20\n').md, /Dockerfile frontend/);
    assert.match(hover('# che|ck=skip=all\nFROM alpine:3.20\n').md, /build checks/);
  });

  it('asks the notes provider with the instruction, the flag and the value', () => {
    const rec = recorder();
    hover('FR|OM alpine:3.20\n', { notes: rec });
    hover('FROM ubu|ntu:24.04 AS base\n', { notes: rec });
    hover('FROM ubuntu:24.04 AS ba|se\n', { notes: rec });
    hover('FROM golang:1.23 AS b\nFROM alpine:3.20\nCOPY --from=|b /a /a\n', { notes: rec });
    hover('FROM alpine:3.20\nRUN --mo|unt=type=cache,target=/x true\n', { notes: rec });
    hover('FROM alpine:3.20\nONBUILD R|UN true\n', { notes: rec });
    assert.deepEqual(rec.asked, [
      { language: 'dockerfile', instruction: 'FROM' },
      { language: 'dockerfile', instruction: 'FROM', value: 'ubuntu:24.04' },
      { language: 'dockerfile', instruction: 'FROM', flag: 'as', value: 'base' },
      { language: 'dockerfile', instruction: 'COPY', flag: 'from', value: 'b' },
      { language: 'dockerfile', instruction: 'RUN', flag: 'mount' },
      { language: 'dockerfile', instruction: 'RUN' },
    ]);
  });

  it('appends the study notes after a rule, and obeys hover.docs and hover.notes', () => {
    const both = hover('FROM alpine:3.20\nUS|ER app\n', { notes, locale: 'ko' }).md;
    assert.match(both, /^```dockerfile\nUSER[\s\S]*\n\n---\n\n[\s\S]*실행 계정은 root 이외의 사용자/);
    const notesOnly = hover('FROM alpine:3.20\nUS|ER app\n', { notes, locale: 'ko', settings: { ...defaultSettings, hover: { docs: false, notes: true } } }).md;
    assert.doesNotMatch(notesOnly, /```dockerfile/);
    assert.match(notesOnly, /실행 계정은 root 이외의 사용자/);
    const docsOnly = hover('FROM alpine:3.20\nUS|ER app\n', { notes, settings: { ...defaultSettings, hover: { docs: true, notes: false } } }).md;
    assert.doesNotMatch(docsOnly, /---/);
    assert.equal(hover('FROM alpine:3.20\nUS|ER app\n', { notes, settings: { ...defaultSettings, hover: { docs: false, notes: false } } }).md, '');
  });

  it('brings the notes\' size classes to FROM images and multi-stage builds to COPY --from', () => {
    assert.match(hover('FROM ubu|ntu:24.04\n', { notes, locale: 'ko' }).md, /사이즈별 이미지[\s\S]*ubuntu/);
    assert.match(hover('FROM golang:1.23 AS b\nFROM alpine:3.20\nCOPY --fr|om=b /a /a\n', { notes, locale: 'ko' }).md, /멀티 스테이지 빌드/);
  });

  it('has nothing to say in heredoc bodies, comments and plain arguments', () => {
    assert.equal(hover('FROM alpine:3.20\nRUN <<EOF\nec|ho hi\nEOF\n').md, '');
    assert.equal(hover('FROM alpine:3.20\n# a co|mment\n').md, '');
    assert.equal(hover('FROM alpine:3.20\nRUN ec|ho hi\n').md, '');
  });
});
