import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/copy-from-unknown-stage', () => {
  ruleTable('dockerfile/copy-from-unknown-stage', [
    { name: 'fires on an unknown name, on the value', text: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=[[missingstage]] /a /b\n', message: '`build`', severity: 2 },
    { name: 'is an error to copy from the stage itself', text: 'FROM alpine:3.20 AS app\nCOPY --from=[[app]] /a /b\n', severity: 1 },
    { name: 'is an error to copy from a later stage', text: 'FROM alpine:3.20 AS a\nCOPY --from=[[b]] /x /y\nFROM alpine:3.20 AS b\n', severity: 1 },
    { name: 'is an error to copy from the current index', text: 'FROM alpine:3.20\nCOPY --from=[[0]] /x /y\n', severity: 1 },
    { name: 'fires on a RUN --mount from', text: 'FROM alpine:3.20\nRUN --mount=type=bind,from=[[nope]],target=/src ls /src\n' },
    { name: 'is quiet on a known stage, in any case', text: 'FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /b\nCOPY --from=BUILD /a /b\n' },
    { name: 'is quiet on an earlier index', text: 'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /a /b\n' },
    { name: 'is quiet on an image reference', text: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=ghcr.io/x/y /a /b\n' },
    { name: 'is quiet on a variable', text: 'ARG S=build\nFROM alpine:3.20\nCOPY --from=${S} /a /b\n' },
  ]);
});
