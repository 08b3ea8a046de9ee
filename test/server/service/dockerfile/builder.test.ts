import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { libraryTemplates, localize } from '../../../../server/src/service/dockerfile/builder';
import { catalog } from '../../../../server/src/l10n/catalog';
import { diagnose, marked } from './rules/table';

/** Builder diagnostics only (codes in upper case), as [code, severity, marked range]. */
function builder(source: string, locale: 'en' | 'ko' = 'en') {
  const { text, ranges } = marked(source);
  const diags = diagnose(text, { locale }).diagnostics.filter((d) => /^dockerfile\/[A-Z_]+$/.test(String(d.code)));
  return { diags, ranges };
}

describe('builder errors (dockerfile-utils)', () => {
  it('reports what the builder rejects, as errors on exact ranges', () => {
    const { diags, ranges } = builder('FROM alpine:3.20\n[[FORM]] x\nHEALTHCHECK [[--interva]]=1s CMD true\nCOPY a b [[c]]\nSTOPSIGNAL [[SIGFOOBAR1]]\n');
    assert.deepEqual(
      diags.map((d) => [d.code, d.severity]),
      [
        ['dockerfile/UNKNOWN_INSTRUCTION', 1],
        ['dockerfile/UNKNOWN_HEALTHCHECK_FLAG', 1],
        ['dockerfile/INVALID_DESTINATION', 1],
        ['dockerfile/INVALID_SIGNAL', 1],
      ],
    );
    assert.deepEqual(diags.map((d) => d.range), ranges);
  });

  it('checks STOPSIGNAL as BuildKit does: TERM and sigterm are fine, SIGFOO and 0 are not', () => {
    assert.deepEqual(builder('FROM alpine:3.20\nSTOPSIGNAL TERM\nSTOPSIGNAL sigterm\nSTOPSIGNAL 9\nSTOPSIGNAL SIGRTMIN+3\n').diags, []);
    const { diags, ranges } = builder('FROM alpine:3.20\nSTOPSIGNAL [[SIGFOO]]\nSTOPSIGNAL [[0]]\n');
    assert.deepEqual(diags.map((d) => d.range), ranges);
  });

  it('checks image references as docker build does (what the library lets through)', () => {
    const { diags, ranges } = builder(
      'FROM [[node:18:bad]]\nFROM [[Node:18]]\nFROM [[node@sha256:abc]]\nFROM [[-node]]\nFROM alpine:3.20\nCOPY --from=[[foo:bad:ref]] /a /b\n',
    );
    assert.deepEqual(diags.map((d) => [d.code, d.severity]), [
      ['dockerfile/INVALID_REFERENCE_FORMAT', 1],
      ['dockerfile/INVALID_REFERENCE_FORMAT', 1],
      ['dockerfile/INVALID_REFERENCE_FORMAT', 1],
      ['dockerfile/INVALID_REFERENCE_FORMAT', 1],
      ['dockerfile/FLAG_INVALID_FROM_VALUE', 1],
    ]);
    assert.deepEqual(diags.map((d) => d.range), ranges);
    const good = `FROM localhost:5000/team/app:1.2\nFROM gcr.io/distroless/static-debian12:nonroot\nFROM [::1]:5000/app\nFROM node:22@sha256:${'a'.repeat(64)}\nFROM registry.example.com/a_b/c__d/e-f.g:v1.0-rc.1\nFROM scratch\nCOPY --from=nginx:1.27 /a /b\nCOPY --from=build /a /b\n`;
    assert.deepEqual(builder(good).diags, []);
  });

  it('does not read a heredoc with a blank before its word as instructions (dockerfile-utils#130)', () => {
    assert.deepEqual(builder("FROM alpine:3.20\nRUN cat << 'EOF' > /root/.zshrc\nsetopt PROMPT_SUBST\nautoload -U colors && colors\nEOF\nRUN cat <<- \"EOT\" > /f\n\tx\n\tEOT\n").diags, []);
  });

  it('names LABEL, not ENV, when LABEL lacks a value', () => {
    const { diags } = builder('FROM alpine:3.20\nLABEL a\nENV b\nONBUILD LABEL c\n');
    assert.deepEqual(diags.map((d) => d.message), ['LABEL must have two arguments', 'ENV must have two arguments', 'LABEL must have two arguments']);
  });

  it('accepts the substitutions BuildKit supports since Dockerfile 1.7', () => {
    assert.deepEqual(builder('ARG V=alpine:3.20\nFROM ${V%:*}:3.20\nARG P=/a/b\nWORKDIR ${P#/a}\nLABEL x=${V/alpine/ubuntu} y=${V##*:} z=${V:-d} w=${V:+s}\n').diags, []);
  });

  it('still rejects a modifier BuildKit does not have', () => {
    assert.deepEqual(builder('FROM alpine:3.20\nARG V\nLABEL x=${V:[[=]]d}\n').diags.map((d) => d.code), ['dockerfile/UNSUPPORTED_MODIFIER']);
  });

  it('accepts variables in COPY --from, EXPOSE and STOPSIGNAL', () => {
    assert.deepEqual(builder('ARG S=build P=80 SIG=SIGTERM\nFROM alpine:3.20\nCOPY --from=${S} /a /b\nEXPOSE $P ${P}/udp\nSTOPSIGNAL $SIG\n').diags, []);
  });

  it('reports a FROM variable no global ARG declares, unless it has a default', () => {
    const { diags, ranges } = builder('FROM [[${NOPE}]]\nARG LATE=x\nFROM [[$LATE]]\nFROM ${D:-alpine:3.20}\nFROM $TARGETPLATFORM\n');
    assert.deepEqual(diags.map((d) => [d.code, d.message]), [
      ['dockerfile/BASE_NAME_EMPTY', 'base name (${NOPE}) should not be blank'],
      ['dockerfile/BASE_NAME_EMPTY', 'base name ($LATE) should not be blank'],
    ]);
    assert.deepEqual(diags.map((d) => d.range), ranges);
    assert.deepEqual(builder('ARG BASE\nFROM ${BASE}\n').diags, []);
  });

  it('reports a file without FROM', () => {
    assert.deepEqual(builder('').diags.map((d) => [d.code, d.range]), [['dockerfile/NO_SOURCE_IMAGE', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]]);
    const { diags, ranges } = builder('ARG A=1\n[[RUN]] echo\n');
    assert.deepEqual(diags.map((d) => d.range), ranges);
  });

  it('warns, not errs, where BuildKit only warns', () => {
    const { diags } = builder("# Escape=\\\nFROM alpine:3.20\nRUN echo a \\\n\n  b\nCMD ['a']\n");
    assert.deepEqual(diags.map((d) => [d.code, d.severity]), [
      ['dockerfile/CASING_DIRECTIVE', 2],
      ['dockerfile/EMPTY_CONTINUATION_LINE', 2],
      ['dockerfile/JSON_IN_SINGLE_QUOTES', 2],
    ]);
    assert.match(String(diags[1].message), /BuildKit NoEmptyContinuation/);
  });

  it('accepts modern flags: RUN --mount/--network/--security, COPY --link/--chmod/--parents/--exclude, ADD --checksum/--keep-git-dir', () => {
    const text =
      'FROM --platform=$BUILDPLATFORM alpine:3.20\n' +
      'RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm --network=none --security=sandbox echo\n' +
      'COPY --link --chmod=755 --chown=app:app --parents --exclude=*.md a/ b/ /x/\n' +
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d --keep-git-dir=true https://example.com/a /a\n' +
      'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD ["true"]\n';
    assert.deepEqual(builder(text).diags, []);
  });

  it('does not die on a variable before any FROM (dockerfile-ast recursion)', () => {
    assert.deepEqual(builder(' ROM $x').diags.map((d) => d.code), ['dockerfile/UNKNOWN_INSTRUCTION', 'dockerfile/NO_SOURCE_IMAGE']);
  });

  it('speaks Korean', () => {
    const { diags } = builder('FROM alpine:3.20\nFORM x\nLABEL a\n', 'ko');
    assert.deepEqual(diags.map((d) => d.message), ['알 수 없는 명령어: FORM', 'LABEL에는 인수가 둘 있어야 한다 (이름과 값)']);
  });

  it('has a translation for every message template of the library, with its English', () => {
    for (const [name, template] of Object.entries(libraryTemplates())) {
      const key = `dockerfile.builder.${name}` as keyof typeof catalog;
      assert.ok(key in catalog, `no translation for ${name}`);
      assert.equal(catalog[key].en, template.replace(/\$\{(\d)\}/g, '{$1}'), `${name}: English differs from the library`);
      const sample = template.replace(/\$\{(\d)\}/g, (_m, i) => `P${i}`);
      const ko = localize(sample, 'ko');
      assert.notEqual(ko, sample, `${name}: not matched`);
      for (const p of sample.match(/P\d/g) ?? []) assert.ok(ko.includes(p), `${name}: Korean loses ${p}`);
    }
  });
});
