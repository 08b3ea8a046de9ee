import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/untagged-image', () => {
  ruleTable('dockerfile/untagged-image', [
    { name: 'fires on an image without a tag', text: 'FROM [[ubuntu]]\nUSER app\n', message: 'ubuntu:latest' },
    { name: 'fires on a registry image without a tag', text: 'FROM [[gcr.io/distroless/static]]\n' },
    { name: 'fires on every untagged stage', text: 'FROM [[golang]] AS build\nFROM [[alpine]]\n' },
    { name: 'is quiet with a tag', text: 'FROM alpine:3.20\n' },
    { name: 'is quiet with a digest', text: 'FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'is quiet on scratch', text: 'FROM scratch\n' },
    { name: 'is quiet on an ARG-substituted image', text: 'ARG BASE=alpine:3.20\nFROM ${BASE}\nFROM $BASE\n' },
    { name: 'is quiet on a previous stage (any case)', text: 'FROM alpine:3.20 AS Base\nFROM base\n' },
    { name: 'is quiet with --platform', text: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS b\n' },
    { name: 'obeys a hadolint pragma', text: '# hadolint ignore=DL3006\nFROM ubuntu\n' },
    { name: 'obeys kube-guide-disable-next-line', text: '# kube-guide-disable-next-line untagged-image\nFROM ubuntu\nFROM [[debian]]\n' },
    { name: 'can be turned off', text: 'FROM ubuntu\n', settings: { rules: { 'dockerfile/untagged-image': 'off' } } },
    { name: 'can be made an error', text: 'FROM [[ubuntu]]\n', settings: { rules: { 'dockerfile/untagged-image': 'error' } }, severity: 1 },
  ]);
});
