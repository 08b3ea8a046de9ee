/**
 * The notes in Dockerfile hover, through the real language service, on string fixtures with a
 * cursor, in Korean and English: every Dockerfile mapping of the notes issue.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { t } from '../../../server/src/l10n';
import { bundledSource, createNotesProvider } from '../../../server/src/notes';
import { getLanguageService } from '../../../server/src/service';
import { cursor, textDocument } from '../../helpers/fixtures';

const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/notes.md')] });

function hoverMarkdown(fixture: string, locale: 'en' | 'ko'): string {
  const [text, offset] = cursor(fixture);
  const doc = textDocument(text, 'dockerfile');
  const h = getLanguageService({ locale, notes }).doHover(doc, doc.positionAt(offset));
  return h ? (h.contents as MarkupContent).value : '';
}

const DOCKERFILE = `FROM golang:1.22-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /app .

FROM gcr.io/distroless/static:nonroot
COPY --from=build /app /app
USER 65532:65532
EXPOSE 8080
HEALTHCHECK CMD ["/app", "-health"]
ENTRYPOINT ["/app"]
CMD ["serve"]
`;
const at = (needle: string, shift = 1, text = DOCKERFILE) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i + shift) + '|' + text.slice(i + shift);
};

const IMG = '1장 › 1.1 › 도커 이미지 › 사이즈별 이미지';
const cases: { name: string; fixture: string; path: string; words: string }[] = [
  { name: 'FROM', fixture: at('FROM gcr'), path: IMG, words: '- 최소' },
  { name: 'FROM alpine image', fixture: at('golang', 3), path: IMG, words: '  - **alpine**' },
  { name: 'FROM distroless image', fixture: at('distroless', 3), path: IMG, words: '**distroless : 특정 애플리케이션 런타임만 포함된 이미지**' },
  { name: 'FROM ubuntu image', fixture: 'FROM ubu|ntu:24.04\n', path: IMG, words: '  - **ubuntu**' },
  { name: 'FROM scratch', fixture: 'FROM scr|atch\n', path: IMG, words: '**scratch : 초경량, 셸이 설치되지 않아 디버그가 어렵다**' },
  { name: 'FROM :latest', fixture: 'FROM node:la|test\n', path: '1장 › 1.1 › 도커 컨테이너란?', words: '**변경 불가능한 인프라(Immutable Infrastructure) 이미지로 생성한다.**' },
  { name: 'FROM … AS', fixture: at('AS build'), path: '1장 › 1.1 › 도커 이미지 › 멀티 스테이지 빌드', words: '여러 컨테이너 이미지를 사용하여 처리하고 결과물만 실행용 컨테이너 이미지에 복사한다.' },
  { name: 'COPY --from', fixture: at('--from', 3), path: '1장 › 1.1 › 도커 이미지 › 멀티 스테이지 빌드', words: '이미지 사이즈를 줄일 수 있다' },
  { name: 'USER', fixture: at('USER'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**실행 계정은 root 이외의 사용자로 한다.**' },
  { name: 'CMD', fixture: at('CMD ["serve"]'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**1 컨테이너당 1 프로세스**' },
  { name: 'ENTRYPOINT', fixture: at('ENTRYPOINT'), path: '1장 › 1.1 › 도커 컨테이너란?', words: '**1 컨테이너당 1 프로세스**' },
  { name: 'EXPOSE', fixture: at('EXPOSE'), path: '1장 › 1.1 › 도커 컨테이너 기동', words: '$ docker container run -d -p 12345:8080 sample-image:0.1' },
  { name: 'HEALTHCHECK', fixture: at('HEALTHCHECK'), path: '2장 › 2.3 › 자동화된 복구(self-healing)', words: '자동으로 재배포한다' },
];

describe('Dockerfile hover shows the notes (language service, string fixtures)', () => {
  for (const c of cases) {
    for (const locale of ['ko', 'en'] as const) {
      it(`${c.name} (${locale})`, () => {
        const md = hoverMarkdown(c.fixture, locale);
        assert.ok(md.includes(`**${t(locale, 'notes.heading')}** · ${c.path} · [${t(locale, 'notes.open')}](`), md);
        assert.ok(md.includes(c.words), md);
        assert.ok(md.includes(`*${t(locale, 'notes.source')}: 쿠버네티스 완벽 가이드 / 마사야아오야마 — Yujin Ahn, 2023-06-11*`), md);
      });
    }
  }
});
