import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/missing-user', () => {
  ruleTable('dockerfile/missing-user', [
    {
      name: 'fires on the final FROM and adds USER before CMD',
      text: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n[[FROM alpine:3.20]]\nCOPY --from=build /app /app\nCMD ["/app"]\n',
      fixed: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER nobody\nCMD ["/app"]\n',
    },
    {
      name: 'suggests a numeric user for scratch, at the end when there is no CMD',
      text: '[[FROM scratch]]\nCOPY app /app',
      fixed: 'FROM scratch\nCOPY app /app\nUSER 65534:65534',
    },
    {
      name: 'suggests nonroot for distroless',
      text: '[[FROM gcr.io/distroless/static-debian12]]\nENTRYPOINT ["/app"]\n',
      fixed: 'FROM gcr.io/distroless/static-debian12\nUSER nonroot:nonroot\nENTRYPOINT ["/app"]\n',
    },
    { name: 'keeps CRLF line ends in its fix', text: '[[FROM node:22-alpine]]\r\nCMD ["node", "a.js"]\r\n', fixed: 'FROM node:22-alpine\r\nUSER node\r\nCMD ["node", "a.js"]\r\n' },
    { name: 'is quiet when the final stage sets USER', text: 'FROM alpine:3.20\nUSER 10001\n' },
    { name: 'is quiet when a parent stage sets USER', text: 'FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD ["x"]\n' },
    { name: 'is quiet when only a build stage lacks USER', text: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nUSER 1000\n' },
    { name: 'is quiet on a nonroot base image', text: 'FROM gcr.io/distroless/static-debian12:nonroot\n' },
    { name: 'is quiet on an empty file', text: '' },
  ]);
});
