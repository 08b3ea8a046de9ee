import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/instruction-casing', () => {
  ruleTable('dockerfile/instruction-casing', [
    { name: 'fires on the minority and fixes it', text: '[[from]] alpine:3.20\nRUN echo\nCMD ["a"]\n', fixed: 'FROM alpine:3.20\nRUN echo\nCMD ["a"]\n' },
    { name: 'fires on mixed case', text: 'FROM alpine:3.20\n[[Run]] echo\n' },
    { name: 'follows a lower-case majority', text: 'from alpine:3.20\nrun echo\n[[CMD]] ["a"]\n', fixed: 'from alpine:3.20\nrun echo\ncmd ["a"]\n' },
    { name: 'is quiet on an all lower-case file', text: 'from alpine:3.20\nrun echo\n' },
    { name: 'is quiet on an all upper-case file', text: 'FROM alpine:3.20\nRUN echo\n' },
  ]);
});
