import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NotesDoc } from '../../../server/src/notes/model';
import { numberOf, parseNotes, slugify } from '../../../server/src/notes/parse';
import { dedent } from '../../helpers/fixtures';

/** The tree as indented lines: `kind line text`, pseudo-sections marked with `~`. */
function outline(doc: NotesDoc): string[] {
  const out: string[] = [];
  const walk = (id: number, depth: number) => {
    for (const c of doc.nodes[id].children) {
      const n = doc.nodes[c];
      const mark = n.kind === 'section' ? (n.pseudo ? '~' : '#') : n.kind === 'bullet' ? '-' : n.kind === 'code' ? '`' : 'p';
      out.push(`${'  '.repeat(depth)}${mark} ${n.line + 1} ${n.text.replace(/\n/g, '⏎')}${n.explains ? ` [${n.explains.join('; ')}]` : ''}`);
      walk(c, depth + 1);
    }
  };
  walk(0, 0);
  return out;
}

describe('parseNotes', () => {
  it('reads the front matter and keeps line numbers of the body', () => {
    const doc = parseNotes('---\ntitle: 노트\nauthor: Kim\ndate: 2023-06-11 10:50:00 +0900\ntags: [a]\n---\n\n# 1장 시작\n');
    assert.deepEqual(doc.meta, { title: '노트', author: 'Kim', date: '2023-06-11 10:50:00 +0900' });
    assert.deepEqual(outline(doc), ['# 8 1장 시작']);
  });

  it('survives unreadable front matter and a file with none', () => {
    assert.deepEqual(parseNotes('---\ntitle: [\n---\n# A\n').meta, {});
    assert.deepEqual(parseNotes('# A\n').meta, {});
    assert.deepEqual(outline(parseNotes('')), []);
  });

  it('nests headings, and puts "2.3" under "2장" even when written below "2.1"', () => {
    const doc = parseNotes(dedent(`
      # 2장 왜
      ## 2.1 란?
      text
      ### 2.3 무엇을
      - a
      # 3장 환경
      ### 도구
    `));
    assert.deepEqual(outline(doc), ['# 1 2장 왜', '  # 2 2.1 란?', '    p 3 text', '  # 4 2.3 무엇을', '    - 5 a', '# 6 3장 환경', '  # 7 도구']);
  });

  it('treats a bold line and a caption before a list as small headings', () => {
    const doc = parseNotes(dedent(`
      ## 2.1 쿠버네티스란?

      **컨테이너 런타임**

      - 도커, containerd

      쿠버네티스 노드

      - 실제 컨테이너가 기동하는 노드

      **SLO**

      SIG-Scalability의 지표

      - API 응답 시간

      이 문장은 문단이다.

      - 목록
    `));
    assert.deepEqual(outline(doc), [
      '# 1 2.1 쿠버네티스란?',
      '  ~ 3 컨테이너 런타임',
      '    - 5 도커, containerd',
      '  ~ 7 쿠버네티스 노드',
      '    - 9 실제 컨테이너가 기동하는 노드',
      '  ~ 11 SLO',
      '    p 13 SIG-Scalability의 지표',
      '    - 15 API 응답 시간',
      '    p 17 이 문장은 문단이다.',
      '    - 19 목록',
    ]);
  });

  it('reads nested bullets (4-space indents), code blocks and later paragraphs of an item', () => {
    const doc = parseNotes(dedent(`
      ### 도커 이미지

      \`\`\`bash
      $ docker image ls
      \`\`\`

      - 최소
          - scratch : 초경량
      - 작다

        second paragraph
    `));
    assert.deepEqual(outline(doc), [
      '# 1 도커 이미지',
      '  ` 3 $ docker image ls',
      '  - 7 최소',
      '    - 8 scratch : 초경량',
      '  - 9 작다',
      '    p 11 second paragraph',
    ]);
    assert.equal(doc.nodes[2].lang, 'bash');
  });

  it('keeps tables and quotes as their Markdown source', () => {
    const doc = parseNotes('# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n> more\n');
    assert.deepEqual(outline(doc), ['# 1 T', '  ` 3 | a | b |⏎|---|---|⏎| 1 | 2 |', '  ` 7 > quote⏎> more']);
  });

  it('reads declarations on sections and bullets, and drops them from the text', () => {
    const doc = parseNotes(dedent(`
      ## Replicas <!-- kube-guide: spec.replicas -->
      <!-- kube-guide: HorizontalPodAutoscaler; topic: scaling.replicas -->
      Several copies of a pod.

      - Probes restart a dead container <!-- kube-guide: livenessProbe.** -->
    `));
    assert.deepEqual(outline(doc), [
      '# 1 Replicas [spec.replicas; HorizontalPodAutoscaler; topic: scaling.replicas]',
      '  p 3 Several copies of a pod.',
      '  - 5 Probes restart a dead container [livenessProbe.**]',
    ]);
  });

  it('reads CRLF and a BOM like LF', () => {
    const lf = parseNotes('---\ntitle: t\n---\n# A\n\n- b\n');
    const crlf = parseNotes('\uFEFF---\r\ntitle: t\r\n---\r\n# A\r\n\r\n- b\r\n');
    assert.deepEqual(crlf, lf);
  });

  it('gives headings the slug VS Code\'s preview gives them, numbered when repeated', () => {
    const doc = parseNotes('# 1.1 도커 복습\n## **도커 컨테이너란?**\n## 도커 컨테이너란?\n## Docker\n## Docker\n');
    // VS Code slugifies a repeated heading's encoded slug again, so its percent signs disappear.
    assert.deepEqual(doc.nodes.slice(1).map((n) => decodeURI(n.slug!)), [
      '11-도커-복습',
      '도커-컨테이너란',
      'eb8f84ecbba4-ecbba8ed858cec9db4eb8488eb9e80-1',
      'docker',
      'docker-1',
    ]);
    assert.equal(slugify('Kind: (Kubernetes in Docker)'), 'kind-kubernetes-in-docker');
    assert.equal(slugify('a \ud800 b'), 'a-%EF%BF%BD-b'); // a lone surrogate (the long fuzz run): no URIError
  });

  it('knows chapter and section numbers', () => {
    assert.equal(numberOf('2장 왜 쿠버네티스가'), '2');
    assert.equal(numberOf('2.3 쿠버네티스를'), '2.3');
    assert.equal(numberOf('1 컨테이너당 1 프로세스'), '1');
    assert.equal(numberOf('도커 이미지'), null);
    assert.equal(numberOf('2023년'), null);
  });
});
