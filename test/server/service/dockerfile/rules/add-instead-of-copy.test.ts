import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/add-instead-of-copy', () => {
  ruleTable('dockerfile/add-instead-of-copy', [
    { name: 'fires on local files and fixes to COPY', text: 'FROM alpine:3.20\n[[ADD]] app.py /app/\n', fixed: 'FROM alpine:3.20\nCOPY app.py /app/\n' },
    { name: 'keeps lower case', text: 'from alpine:3.20\n[[add]] . /src\n', fixed: 'from alpine:3.20\ncopy . /src\n' },
    { name: 'fires on JSON form', text: 'FROM alpine:3.20\n[[ADD]] ["a b", "/x/"]\n' },
    { name: 'is quiet on a URL', text: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a /a\n' },
    { name: 'is quiet on a tar archive', text: 'FROM alpine:3.20\nADD rootfs.tar.gz /\nADD app.tgz /opt/\n' },
    { name: 'is quiet on a git source', text: 'FROM alpine:3.20\nADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.1 /src\n' },
    { name: 'is quiet on a variable source', text: 'FROM alpine:3.20\nARG SRC\nADD $SRC /x\n' },
    { name: 'is quiet on a heredoc', text: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n' },
  ]);
});
