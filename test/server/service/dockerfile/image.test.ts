import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageFacts } from '../../../../server/src/service/dockerfile/data/images';
import { parseImageRef, repositoryKey } from '../../../../server/src/service/dockerfile/image';

describe('image references', () => {
  it('splits registry, path, tag and digest with offsets', () => {
    const r = parseImageRef('localhost:5000/team/app:1.2@sha256:abc', 10);
    assert.deepEqual(
      [r.registry, r.path, r.name, r.tag, r.tagStart, r.tagEnd, r.digest, r.digestStart],
      ['localhost:5000', 'team/app', 'app', '1.2', 34, 37, 'sha256:abc', 38],
    );
    const h = parseImageRef('node', 0);
    assert.deepEqual([h.registry, h.path, h.tag, h.digest], [null, 'node', null, null]);
    assert.equal(repositoryKey(parseImageRef('docker.io/library/node:22', 0)), 'node');
    assert.equal(parseImageRef('${BASE}:1', 0).hasVariable, true);
  });

  it('classes images as the notes do', () => {
    const size = (s: string) => imageFacts(parseImageRef(s, 0)).size;
    assert.deepEqual(
      ['scratch', 'alpine:3.20', 'gcr.io/distroless/static-debian12', 'ubuntu:24.04', 'centos:7', 'registry.access.redhat.com/ubi9/ubi', 'ubi8/ubi-minimal', 'node:22', 'node:22-alpine', 'python:3.12-slim', 'eclipse-temurin:21-jre', 'nginx:1.27'].map(size),
      ['minimal', 'small', 'small', 'large', 'large', 'large', 'small', 'large', 'small', 'small', null, null],
    );
  });

  it('knows toolchains and their lighter runtimes', () => {
    const facts = (s: string) => imageFacts(parseImageRef(s, 0));
    assert.equal(facts('golang:1.23-alpine').toolchain, true);
    assert.equal(facts('eclipse-temurin:21-jdk').toolchain, true);
    assert.equal(facts('eclipse-temurin:21-jre').toolchain, false);
    assert.deepEqual(facts('golang:1.23').lighter, ['scratch', 'gcr.io/distroless/static-debian12', 'golang:1.23-alpine']);
    assert.deepEqual(facts('node:20-bookworm').lighter, ['node:20-alpine', 'gcr.io/distroless/nodejs20-debian12']);
    assert.deepEqual(facts('node').lighter, ['node:alpine', 'gcr.io/distroless/nodejs22-debian12']);
  });
});
