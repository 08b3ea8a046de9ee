import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/multiple-cmd', () => {
  ruleTable('dockerfile/multiple-cmd', [
    { name: 'fires on every CMD but the last', text: 'FROM alpine:3.20\n[[CMD]] ["a"]\n[[CMD]] ["b"]\nCMD ["c"]\n' },
    { name: 'is quiet on one CMD per stage', text: 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]\n' },
    { name: 'is quiet on an ONBUILD CMD', text: 'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n' },
  ]);
});
