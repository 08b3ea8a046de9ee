import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/duplicate-stage-name', () => {
  ruleTable('dockerfile/duplicate-stage-name', [
    { name: 'fires on the later name, ignoring case, as a warning', text: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS [[build]]\n', severity: 2, message: 'line 1' },
    { name: 'is quiet on distinct names', text: 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\n' },
  ]);
});
