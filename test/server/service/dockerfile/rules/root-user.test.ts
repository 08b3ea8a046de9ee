import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/root-user', () => {
  ruleTable('dockerfile/root-user', [
    { name: 'fires on a final USER root', text: 'FROM alpine:3.20\nUSER [[root]]\n' },
    { name: 'fires on uid 0 with a group', text: 'FROM alpine:3.20\nUSER [[0:0]]\n' },
    { name: 'fires on a root inherited from the parent stage', text: 'FROM alpine:3.20 AS base\nUSER [[root]]\nFROM base\n' },
    { name: 'is quiet when root is followed by a user', text: 'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER app\n' },
    { name: 'is quiet on root in a build stage', text: 'FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER app\n' },
    { name: 'is quiet on a variable', text: 'FROM alpine:3.20\nARG U=app\nUSER $U\n' },
    { name: 'is quiet on a user named like root', text: 'FROM alpine:3.20\nUSER rootless\n' },
  ]);
});
