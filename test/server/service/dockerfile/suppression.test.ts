import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnose } from './rules/table';

const codes = (text: string) => diagnose(text).diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);

describe('suppression comments', () => {
  const base = 'FROM ubuntu\nUSER app\n';
  it('reports without comments', () => {
    assert.deepEqual(codes(base), ['1:dockerfile/untagged-image', '1:dockerfile/heavy-base-image']);
  });

  it('kube-guide-disable-next-line: one rule, with or without prefix, several, all, and a reason', () => {
    assert.deepEqual(codes('# kube-guide-disable-next-line untagged-image\n' + base), ['2:dockerfile/heavy-base-image']);
    assert.deepEqual(codes('# kube-guide-disable-next-line dockerfile/untagged-image, heavy-base-image\n' + base), []);
    assert.deepEqual(codes('# kube-guide-disable-next-line\n' + base), []);
    assert.deepEqual(codes('# kube-guide-disable-next-line -- legacy base, tracked in #12\n' + base), []);
  });

  it('applies to the next instruction only, across other comments and blank lines', () => {
    assert.deepEqual(codes('# kube-guide-disable-next-line\n# why\n\nFROM ubuntu\nFROM debian\nUSER app\n'), ['5:dockerfile/untagged-image', '5:dockerfile/heavy-base-image']);
  });

  it('covers every line of a continued instruction, and only the rules it names', () => {
    assert.deepEqual(codes('FROM debian:12\nUSER app\n# kube-guide-disable-next-line apt-get-yes\nRUN apt-get update \\\n && apt-get install curl\n'), [
      '1:dockerfile/heavy-base-image',
      '4:dockerfile/apt-lists-cleanup',
      '5:dockerfile/apt-no-install-recommends',
    ]);
  });

  it('kube-guide-disable-file', () => {
    assert.deepEqual(codes('FROM ubuntu\n# kube-guide-disable-file heavy-base-image\nFROM debian\nUSER app\n'), ['1:dockerfile/untagged-image', '3:dockerfile/untagged-image']);
  });

  it('hadolint ignore= and global ignore=', () => {
    assert.deepEqual(codes('# hadolint ignore=DL3006,DL3008\n' + base), ['2:dockerfile/heavy-base-image']);
    assert.deepEqual(codes('# hadolint global ignore=DL3006\nFROM ubuntu\nFROM debian\nUSER app\n'), ['3:dockerfile/heavy-base-image']);
  });

  it("BuildKit's check=skip, for the rules that are BuildKit checks", () => {
    const text = 'FROM alpine:3.20\nUSER app\nMAINTAINER me\nCMD node a.js\n';
    assert.deepEqual(codes(text), ['3:dockerfile/maintainer', '4:dockerfile/shell-form-cmd']);
    assert.deepEqual(codes('# check=skip=MaintainerDeprecated;error=true\n' + text), ['5:dockerfile/shell-form-cmd']);
    assert.deepEqual(codes('# check=skip=all\n' + text.replace('alpine:3.20', 'ubuntu')), ['2:dockerfile/untagged-image', '2:dockerfile/heavy-base-image']);
  });

  it("dockerfile-utils' ignore comment silences builder errors of the next instruction", () => {
    assert.deepEqual(codes('FROM alpine:3.20\nUSER app\n# dockerfile-utils: ignore\nFORM x\nFORM y\n'), ['5:dockerfile/UNKNOWN_INSTRUCTION']);
  });

  it('does not silence builder errors with rule comments', () => {
    assert.deepEqual(codes('FROM alpine:3.20\nUSER app\n# kube-guide-disable-next-line untagged-image\nFORM x\n'), ['4:dockerfile/UNKNOWN_INSTRUCTION']);
  });
});
