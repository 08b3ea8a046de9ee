import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/legacy-key-value', () => {
  ruleTable('dockerfile/legacy-key-value', [
    { name: 'fires on ENV key value and fixes it', text: 'FROM alpine:3.20\nENV [[NODE_ENV production]]\n', fixed: 'FROM alpine:3.20\nENV NODE_ENV=production\n' },
    { name: 'quotes a value with spaces', text: 'FROM alpine:3.20\nENV [[GREETING hello world]]\n', fixed: 'FROM alpine:3.20\nENV GREETING="hello world"\n' },
    { name: 'fires on LABEL', text: 'FROM alpine:3.20\nLABEL [[maintainer me]]\n' },
    { name: 'is quiet on key=value', text: 'FROM alpine:3.20\nENV A=1 B="two words"\nLABEL a=b\n' },
    { name: 'is quiet on ARG', text: 'FROM alpine:3.20\nARG A\n' },
  ]);
});
