import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service';
import { cursor } from '../../../helpers/fixtures';

const service = getLanguageService({ locale: 'en' });

function complete(fixture: string): { items: CompletionItem[]; doc: TextDocument } {
  const [text, offset] = cursor(fixture);
  const doc = TextDocument.create('file:///c/Dockerfile', 'dockerfile', 1, text);
  return { items: service.doComplete(doc, doc.positionAt(offset))?.items ?? [], doc };
}

const labels = (fixture: string) => complete(fixture).items.map((i) => i.label);

/** A snippet as the editor leaves it when the user accepts every default. */
function expandSnippet(s: string): string {
  let out = s;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return out.replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
}

/** The whole document after accepting `label`. */
function accept(fixture: string, label: string): string {
  const { items, doc } = complete(fixture);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${items.map((i) => i.label).join(', ')}`);
  const edit = item.textEdit as TextEdit;
  const newText = item.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText) : edit.newText;
  return TextDocument.applyEdits(doc, [{ range: edit.range, newText }]);
}

describe('Dockerfile completion', () => {
  it('offers every instruction on an empty line, FROM first, with a snippet', () => {
    const items = complete('|').items;
    assert.equal(items.length, 18);
    assert.equal([...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label, 'FROM');
    assert.equal(accept('|', 'FROM'), 'FROM alpine:3.20 AS build');
    assert.equal(accept('FROM alpine:3.20\nRU|', 'RUN'), 'FROM alpine:3.20\nRUN command');
    assert.equal(accept('FROM alpine:3.20\n|', 'HEALTHCHECK'), 'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost:8080/health"]');
  });

  it('replaces only the keyword when the instruction already has arguments', () => {
    assert.equal(accept('FROM alpine:3.20\nRU| echo hi', 'RUN'), 'FROM alpine:3.20\nRUN echo hi');
  });

  it('writes lower case in a lower-case file', () => {
    assert.equal(accept('from alpine:3.20\nrun echo\n|', 'copy'), 'from alpine:3.20\nrun echo\ncopy src dest');
  });

  it('offers ONBUILD triggers, without ONBUILD, FROM and MAINTAINER', () => {
    const l = labels('FROM alpine:3.20\nONBUILD |');
    assert.ok(l.includes('RUN') && !l.includes('ONBUILD') && !l.includes('FROM') && !l.includes('MAINTAINER'));
    assert.equal(accept('FROM alpine:3.20\nONBUILD CO|', 'COPY'), 'FROM alpine:3.20\nONBUILD COPY src dest');
  });

  it('offers RUN flags: --mount, --network, --security', () => {
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --|'), ['--mount', '--network', '--security']);
    assert.equal(accept('FROM alpine:3.20\nRUN --ne| echo', '--network'), 'FROM alpine:3.20\nRUN --network= echo');
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --network=|'), ['default', 'none', 'host']);
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --security=|'), ['sandbox', 'insecure']);
  });

  it('offers --mount types, the options of the type, and their values', () => {
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --mount=|'), ['type', 'target', 'source', 'from', 'rw']);
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --mount=type=|'), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    assert.equal(accept('FROM alpine:3.20\nRUN --mount=type=ca| go build', 'cache'), 'FROM alpine:3.20\nRUN --mount=type=cache go build');
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --mount=type=cache,|'), ['target', 'id', 'sharing', 'from', 'source', 'mode', 'uid', 'gid', 'ro']);
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --mount=type=cache,target=/x,|'), ['id', 'sharing', 'from', 'source', 'mode', 'uid', 'gid', 'ro']);
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --mount=type=cache,sharing=|'), ['shared', 'private', 'locked']);
    assert.deepEqual(labels('FROM alpine:3.20\nRUN --mount=type=secret,|'), ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid']);
    assert.equal(accept('FROM alpine:3.20\nRUN --mount=type=secret,i|,target=/s cat /s', 'id'), 'FROM alpine:3.20\nRUN --mount=type=secret,id=,target=/s cat /s');
    assert.deepEqual(labels('FROM golang:1.23 AS build\nFROM alpine:3.20\nRUN --mount=type=bind,from=|'), ['build']);
  });

  it('offers COPY flags, once each but --exclude', () => {
    assert.deepEqual(labels('FROM alpine:3.20\nCOPY --|'), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    assert.deepEqual(labels('FROM alpine:3.20\nCOPY --link --exclude=*.md --|'), ['--from', '--chown', '--chmod', '--parents', '--exclude']);
    assert.equal(accept('FROM alpine:3.20\nCOPY --li| a b', '--link'), 'FROM alpine:3.20\nCOPY --link a b');
  });

  it('offers ADD --checksum and --keep-git-dir', () => {
    const l = labels('FROM alpine:3.20\nADD --|');
    assert.ok(l.includes('--checksum') && l.includes('--keep-git-dir') && l.includes('--chmod'));
    assert.deepEqual(labels('FROM alpine:3.20\nADD --keep-git-dir=|'), ['true', 'false']);
  });

  it('offers FROM --platform values and HEALTHCHECK flags', () => {
    assert.deepEqual(labels('FROM --|'), ['--platform']);
    assert.equal(accept('FROM --platform=| alpine:3.20', '$BUILDPLATFORM'), 'FROM --platform=$BUILDPLATFORM alpine:3.20');
    assert.equal(accept('FROM --platform=$B|', 'BUILDPLATFORM'), 'FROM --platform=$BUILDPLATFORM');
    assert.deepEqual(labels('FROM alpine:3.20\nHEALTHCHECK --|'), ['--interval', '--timeout', '--start-period', '--start-interval', '--retries']);
    assert.ok(labels('FROM alpine:3.20\nHEALTHCHECK --interval=|').includes('30s'));
    assert.deepEqual(labels('FROM alpine:3.20\nHEALTHCHECK --interval=5s |').slice(0, 2), ['CMD', 'NONE']);
  });

  it('offers no flags after the first argument', () => {
    assert.deepEqual(labels('FROM alpine:3.20\nRUN echo --|'), []);
  });

  it('offers the stages defined before the current one after COPY --from=', () => {
    const fixture = 'FROM golang:1.23 AS build\nFROM node:22 AS assets\nFROM alpine:3.20 AS final\nCOPY --from=|\nFROM alpine:3.20 AS later\n';
    assert.deepEqual(labels(fixture).sort(), ['assets', 'build']);
    assert.equal(accept('FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=bu| /out /app', 'build'), 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out /app');
  });

  it('offers ARG and ENV variables in scope after $ and ${', () => {
    const fixture = 'ARG VERSION=1.0\nFROM alpine:3.20 AS a\nARG PORT=80\nENV HOME=/app\nRUN echo $|\nENV LATER=1\n';
    const l = labels(fixture);
    assert.ok(l.includes('PORT') && l.includes('HOME') && l.includes('HTTP_PROXY'));
    assert.ok(!l.includes('LATER') && !l.includes('VERSION') && !l.includes('TARGETPLATFORM'));
    assert.equal(accept('FROM alpine:3.20\nARG PORT=80\nEXPOSE ${P|', 'PORT'), 'FROM alpine:3.20\nARG PORT=80\nEXPOSE ${PORT}');
    assert.equal(accept('FROM alpine:3.20\nARG PORT=80\nEXPOSE ${P|}', 'PORT'), 'FROM alpine:3.20\nARG PORT=80\nEXPOSE ${PORT}');
    assert.equal(accept('FROM alpine:3.20\nARG PORT=80\nEXPOSE $P|/tcp', 'PORT'), 'FROM alpine:3.20\nARG PORT=80\nEXPOSE $PORT/tcp');
  });

  it('offers global ARGs and platform ARGs in FROM, and inherited variables from a parent stage', () => {
    const l = labels('ARG BASE=alpine:3.20\nFROM ${|}\n');
    assert.ok(l.includes('BASE') && l.includes('TARGETPLATFORM'));
    const inherited = labels('FROM alpine:3.20 AS base\nENV APP=/app\nFROM base\nWORKDIR $|\n');
    assert.ok(inherited.includes('APP'));
  });

  it('offers base images by the notes\' size classes, and earlier stages', () => {
    const { items } = complete('FROM golang:1.23 AS build\nFROM |');
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.equal(byLabel.get('scratch')?.detail, 'minimal image · for running the app');
    assert.equal(byLabel.get('alpine:3.20')?.detail, 'small image · general-purpose OS');
    assert.equal(byLabel.get('ubuntu:24.04')?.detail, 'large image · general-purpose OS');
    assert.ok(byLabel.has('build') && byLabel.has('gcr.io/distroless/static-debian12:nonroot') && byLabel.has('--platform'));
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.equal(sorted[0], 'build');
    assert.ok(sorted.indexOf('scratch') < sorted.indexOf('alpine:3.20') && sorted.indexOf('alpine:3.20') < sorted.indexOf('ubuntu:24.04'));
    assert.equal(accept('FROM ub|', 'ubuntu:24.04'), 'FROM ubuntu:24.04');
    assert.equal(accept('FROM golang:1.23 |', 'AS'), 'FROM golang:1.23 AS ');
  });

  it('says the size class in Korean too', () => {
    const ko = getLanguageService({ locale: 'ko' });
    const doc = TextDocument.create('file:///c/Dockerfile', 'dockerfile', 1, 'FROM ');
    assert.equal(ko.doComplete(doc, { line: 0, character: 5 })!.items.find((i) => i.label === 'scratch')?.detail, '최소 이미지 · 앱 실행용');
  });

  it('offers STOPSIGNAL signals', () => {
    assert.equal(labels('FROM alpine:3.20\nSTOPSIGNAL |')[0], 'SIGTERM');
  });

  it('completes suppression comments and directives', () => {
    assert.ok(labels('FROM alpine:3.20\n# kube-guide-disable-next-line |').includes('dockerfile/latest-tag'));
    assert.equal(accept('FROM alpine:3.20\n# kube-guide-disable-next-line dockerfile/lat|\nFROM node:latest', 'dockerfile/latest-tag'), 'FROM alpine:3.20\n# kube-guide-disable-next-line dockerfile/latest-tag\nFROM node:latest');
    assert.ok(labels('FROM alpine:3.20\n# hadolint ignore=DL3006,|').includes('DL3007'));
    assert.ok(labels('# check=skip=|\nFROM alpine:3.20').includes('JSONArgsRecommended'));
    assert.deepEqual(labels('# |\nFROM alpine:3.20').slice(0, 3), ['kube-guide-disable-next-line', 'kube-guide-disable-file', 'hadolint ignore=']);
    assert.ok(labels('# |\nFROM alpine:3.20').includes('syntax'));
    assert.ok(!labels('FROM alpine:3.20\n# |').includes('syntax'));
  });

  it('stays quiet inside a heredoc body', () => {
    assert.deepEqual(labels('FROM alpine:3.20\nRUN <<EOF\nec|\nEOF\n'), []);
  });

  it('keeps every edit inside the document (CRLF, no final newline)', () => {
    for (const fixture of ['FROM alpine:3.20\r\nRUN --mount=type=|\r\n', 'FROM alpine:3.20\r\nCO|', 'ARG A=1\r\nFROM ${|']) {
      const { items, doc } = complete(fixture);
      assert.ok(items.length > 0, fixture);
      for (const i of items) {
        const r = (i.textEdit as TextEdit).range;
        assert.ok(r.end.character <= doc.getText({ start: { line: r.end.line, character: 0 }, end: { line: r.end.line + 1, character: 0 } }).replace(/\r?\n$/, '').length);
      }
    }
  });
});
