import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/sudo', () => {
  ruleTable('dockerfile/sudo', [
    { name: 'fires on the sudo word', text: 'FROM alpine:3.20\nRUN [[sudo]] apk add curl\n' },
    { name: 'fires after && and env', text: 'FROM alpine:3.20\nRUN echo a && env X=1 [[sudo]] -u app ls\n' },
    { name: 'fires in a heredoc script', text: 'FROM alpine:3.20\nRUN <<EOF\nset -e\n[[sudo]] make install\nEOF\n' },
    { name: 'is quiet on sudo as an argument', text: 'FROM alpine:3.20\nRUN apk add sudo && echo sudo\n' },
    { name: 'is quiet on sudo in a quoted string', text: 'FROM alpine:3.20\nRUN echo "sudo make"\n' },
    { name: 'fires in exec form, on the JSON string', text: 'FROM alpine:3.20\nRUN [ [["sudo"]], "ls"]\n' },
    { name: 'is quiet in a heredoc that is a file', text: 'FROM alpine:3.20\nRUN cat <<EOF > /etc/sudoers.d/app\nsudo ALL=(ALL) ALL\nEOF\n' },
  ]);
});
