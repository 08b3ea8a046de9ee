import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/apt-lists-cleanup', () => {
  ruleTable('dockerfile/apt-lists-cleanup', [
    {
      name: 'fires on apt-get update and appends the cleanup',
      text: 'FROM debian:12\nRUN [[apt-get update]] && apt-get install -y --no-install-recommends curl\n',
      fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'fires on a continued RUN and appends after its last line',
      text: 'FROM debian:12\nRUN [[apt-get update]] \\\n && apt-get install -y curl\n',
      fixed: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'fires in a heredoc (no fix)', text: 'FROM debian:12\nRUN <<EOF\n[[apt-get update]]\napt-get install -y curl\nEOF\n' },
    { name: 'is quiet with the cleanup', text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'is quiet with the cleanup in a heredoc', text: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n' },
    { name: 'is quiet with a cache mount on apt', text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n' },
    { name: 'is quiet with a tmpfs on the lists', text: 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n' },
    { name: 'is quiet in a build stage', text: 'FROM debian:12 AS build\nRUN apt-get update\nFROM alpine:3.20\n' },
  ]);
});
