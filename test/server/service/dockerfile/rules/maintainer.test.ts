import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/maintainer', () => {
  ruleTable('dockerfile/maintainer', [
    {
      name: 'fires on MAINTAINER and turns it into a LABEL',
      text: 'FROM alpine:3.20\n[[MAINTAINER]] Jane Doe <jane@example.com>\n',
      fixed: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
    },
    { name: 'is quiet on LABEL', text: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane"\n' },
  ]);
});
