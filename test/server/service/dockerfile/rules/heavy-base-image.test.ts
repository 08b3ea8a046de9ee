import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/heavy-base-image', () => {
  ruleTable('dockerfile/heavy-base-image', [
    { name: 'fires on ubuntu with a lighter suggestion', text: 'FROM [[ubuntu:24.04]]\nUSER app\n', message: '`alpine:3.20`', severity: 3 },
    { name: 'fires on centos', text: 'FROM [[centos:7]]\n' },
    { name: 'fires on UBI', text: 'FROM [[registry.access.redhat.com/ubi9/ubi:9.4]]\n', message: 'ubi-micro' },
    { name: 'fires on a full language image with its light variant', text: 'FROM [[node:20-bookworm]]\n', message: '`node:20-alpine`' },
    { name: 'fires on python and suggests slim', text: 'FROM [[python:3.12]]\n', message: '`python:3.12-slim`' },
    { name: 'fires through a parent stage on its FROM', text: 'FROM [[ubuntu:24.04]] AS base\nRUN echo hi\nFROM base\n' },
    { name: 'speaks Korean', text: 'FROM [[ubuntu:24.04]]\n', locale: 'ko', message: '큰 베이스 이미지' },
    { name: 'is quiet on alpine', text: 'FROM alpine:3.20\n' },
    { name: 'is quiet on distroless', text: 'FROM gcr.io/distroless/base-debian12\n' },
    { name: 'is quiet on UBI minimal and micro', text: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nFROM registry.access.redhat.com/ubi9/ubi-micro\n' },
    { name: 'is quiet on slim and alpine language images', text: 'FROM python:3.12-slim\nFROM node:22-alpine\n' },
    { name: 'is quiet on a heavy build stage that is not final', text: 'FROM ubuntu:24.04 AS build\nRUN make\nFROM alpine:3.20\n' },
    { name: 'is quiet on scratch', text: 'FROM scratch\n' },
    { name: 'is quiet on an ARG image', text: 'ARG BASE=ubuntu:24.04\nFROM ${BASE}\n' },
    { name: 'leaves a building toolchain image to the multi-stage rule', text: 'FROM golang:1.23\nRUN go build -o /app .\n' },
  ]);
});
