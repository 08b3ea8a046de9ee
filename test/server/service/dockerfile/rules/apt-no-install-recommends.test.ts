import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/apt-no-install-recommends', () => {
  ruleTable('dockerfile/apt-no-install-recommends', [
    {
      name: 'fires and adds --no-install-recommends',
      text: 'FROM debian:12\nRUN [[apt-get install]] -y curl\n',
      fixed: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n',
      severity: 3,
    },
    { name: 'fires in the final stage through its parent', text: 'FROM debian:12 AS base\nRUN [[apt-get install]] -y curl\nFROM base\n' },
    { name: 'is quiet with the flag', text: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n' },
    { name: 'is quiet with the APT option', text: 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n' },
    { name: 'is quiet in a build stage', text: 'FROM debian:12 AS build\nRUN apt-get install -y build-essential\nFROM gcr.io/distroless/cc-debian12\n' },
  ]);
});
