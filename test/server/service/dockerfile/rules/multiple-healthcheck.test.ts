import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/multiple-healthcheck', () => {
  ruleTable('dockerfile/multiple-healthcheck', [
    { name: 'fires on the earlier HEALTHCHECK', text: 'FROM alpine:3.20\n[[HEALTHCHECK]] CMD ["a"]\nHEALTHCHECK NONE\n' },
    { name: 'is quiet on one per stage', text: 'FROM alpine:3.20 AS a\nHEALTHCHECK NONE\nFROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ["wget", "-q", "localhost"]\n' },
  ]);
});
