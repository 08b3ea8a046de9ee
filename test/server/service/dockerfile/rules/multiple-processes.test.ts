import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/multiple-processes', () => {
  ruleTable('dockerfile/multiple-processes', [
    { name: 'fires on a background & in shell form', text: 'FROM alpine:3.20\nCMD nginx [[&]] php-fpm\n' },
    { name: 'fires on & inside sh -c', text: 'FROM alpine:3.20\nCMD ["sh", "-c", "worker [[&]] exec server"]\n' },
    { name: 'fires on supervisord', text: 'FROM alpine:3.20\nCMD [ [["supervisord"]], "-n"]\n' },
    { name: 'fires on a process manager in shell form', text: 'FROM alpine:3.20\nENTRYPOINT exec [[supervisord]] -c /etc/s.conf\n' },
    { name: 'is quiet on && and redirections', text: 'FROM alpine:3.20\nCMD ./migrate && exec ./server 2>&1 >/dev/null\n' },
    { name: 'is quiet on & inside quotes', text: 'FROM alpine:3.20\nCMD ["sh", "-c", "echo \'a & b\'"]\n' },
    { name: 'is quiet on one process', text: 'FROM alpine:3.20\nCMD ["/app"]\n' },
    { name: 'is quiet on & in RUN', text: 'FROM alpine:3.20\nRUN sleep 1 & wait\n' },
  ]);
});
