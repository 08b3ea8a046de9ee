import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/latest-tag', () => {
  ruleTable('dockerfile/latest-tag', [
    { name: 'fires on the latest tag, on the tag itself', text: 'FROM node:[[latest]]\n', message: '`node`' },
    { name: 'fires in a build stage too', text: 'FROM golang:[[latest]] AS build\nFROM alpine:3.20\n' },
    { name: 'fires with a registry port', text: 'FROM localhost:5000/app:[[latest]]\n' },
    { name: 'is quiet on a version tag', text: 'FROM node:22-alpine\n' },
    { name: 'is quiet when a digest pins it', text: 'FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'is quiet on a variable tag', text: 'ARG TAG=latest\nFROM node:${TAG}\n' },
    { name: 'obeys kube-guide-disable-file', text: '# kube-guide-disable-file dockerfile/latest-tag\nFROM node:latest\n' },
  ]);
});
