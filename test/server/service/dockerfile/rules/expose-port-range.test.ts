import { describe } from 'node:test';
import { ruleTable } from './table';

describe('dockerfile/expose-port-range', () => {
  ruleTable('dockerfile/expose-port-range', [
    { name: 'fires on the number, as an error', text: 'FROM alpine:3.20\nEXPOSE 80 [[80000]]/tcp\n', severity: 1 },
    { name: 'fires on the end of a range', text: 'FROM alpine:3.20\nEXPOSE 8000-[[70000]]\n' },
    { name: 'fires on an expanded variable', text: 'FROM alpine:3.20\nARG PORT=99999\nEXPOSE [[$PORT]]\n' },
    { name: 'is quiet in range', text: 'FROM alpine:3.20\nEXPOSE 0 80 443/tcp 53/udp 65535 8000-8010\n' },
    { name: 'is quiet on an unknown variable', text: 'FROM alpine:3.20\nEXPOSE $PORT ${OTHER}\n' },
  ]);
});
