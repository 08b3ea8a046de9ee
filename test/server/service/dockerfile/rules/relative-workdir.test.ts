import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/relative-workdir', () => {
  ruleTable('dockerfile/relative-workdir', [
    { name: 'fires on the path and makes it absolute', text: 'FROM alpine:3.20\nWORKDIR [[app]]\n', fixed: 'FROM alpine:3.20\nWORKDIR /app\n' },
    { name: 'fires on ./ paths', text: 'FROM alpine:3.20\nWORKDIR [[./src]]\n', fixed: 'FROM alpine:3.20\nWORKDIR /src\n' },
    { name: 'fires once per stage, on the first', text: 'FROM alpine:3.20\nWORKDIR [[a]]\nWORKDIR b\nFROM alpine:3.20\nWORKDIR [[c]]\n' },
    { name: 'is quiet after an absolute WORKDIR', text: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n' },
    { name: 'is quiet when the parent stage set one', text: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n' },
    { name: 'is quiet on variables and Windows paths', text: 'FROM alpine:3.20\nWORKDIR $HOME\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\\\app\n' },
  ]);
});
