import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/add-url-checksum', () => {
  ruleTable('dockerfile/add-url-checksum', [
    { name: 'fires on the URL', text: 'FROM alpine:3.20\nADD [[https://example.com/app.tar.gz]] /opt/\n' },
    { name: 'fires on each URL', text: 'FROM alpine:3.20\nADD [[http://a.example/x]] [[http://b.example/y]] /opt/\n' },
    { name: 'is quiet with --checksum', text: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a /a\n' },
    { name: 'is quiet on local files and git', text: 'FROM alpine:3.20\nADD a.tar.gz /x/\nADD https://github.com/moby/buildkit.git#v0.14.1 /src\n' },
  ]);
});
