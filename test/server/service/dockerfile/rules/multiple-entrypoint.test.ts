import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/multiple-entrypoint', () => {
  ruleTable('dockerfile/multiple-entrypoint', [
    { name: 'fires on the earlier ENTRYPOINT', text: 'FROM alpine:3.20\n[[ENTRYPOINT]] ["a"]\nENTRYPOINT ["b"]\n' },
    { name: 'is quiet on ENTRYPOINT and CMD together', text: 'FROM alpine:3.20\nENTRYPOINT ["a"]\nCMD ["b"]\n' },
  ]);
});
