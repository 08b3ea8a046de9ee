import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/cd-instead-of-workdir', () => {
  ruleTable('dockerfile/cd-instead-of-workdir', [
    { name: 'fires on the cd word', text: 'FROM alpine:3.20\nRUN [[cd]] /src && make\n' },
    { name: 'fires on each cd', text: 'FROM alpine:3.20\nRUN [[cd]] a && make && [[cd]] .. && ls\n' },
    { name: 'is quiet in a subshell', text: 'FROM alpine:3.20\nRUN (cd /src && make) && ls\n' },
    { name: 'is quiet on cd as an argument', text: 'FROM alpine:3.20\nRUN echo cd && git clone x cd\n' },
    { name: 'is quiet with WORKDIR', text: 'FROM alpine:3.20\nWORKDIR /src\nRUN make\n' },
  ]);
});
