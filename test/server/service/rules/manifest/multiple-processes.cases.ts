import { multipleProcesses } from '../../../../../server/src/service/rules/manifest/multiple-processes';
import { ruleCases } from '../../../../helpers/rules';

const pod = (cmd: string) => `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: app:1.0
${cmd}`;

export default ruleCases(multipleProcesses, {
  fires: [
    { name: 'sh -c "a & b", on the &', text: pod('    command: ["sh", "-c", "nginx ⟦&⟧ php-fpm"]\n'), messages: ['rules.multipleProcesses.background'] },
    { name: 'the script in args', text: pod('    command: [/bin/bash, -ec]\n    args:\n    - cron ⟦&⟧ exec node server.js\n'), messages: ['rules.multipleProcesses.background'] },
    {
      name: 'a literal block script',
      text: pod('    command:\n    - /bin/sh\n    - -c\n    - |\n      mkdir -p /data\n      worker --queue jobs ⟦&⟧\n      exec server\n'),
      messages: ['rules.multipleProcesses.background'],
    },
    { name: 'supervisord', text: pod('    command: [⟦/usr/bin/supervisord⟧, -n]\n'), messages: ['rules.multipleProcesses.manager'] },
  ],
  passes: [
    { name: 'one program', text: pod('    command: ["nginx", "-g", "daemon off;"]\n') },
    { name: 'sequential setup then exec', text: pod('    command: ["sh", "-c", "mkdir -p /data && cp /cfg/* /data/ && exec server 2>&1"]\n') },
    { name: 'background then wait (signal forwarding)', text: pod('    command: ["sh", "-c", "server & pid=$!; trap \'kill $pid\' TERM; wait $pid"]\n') },
    { name: 'a logical and is not a background job', text: pod('    args: ["sh", "-c", "test -f /x && echo ok || echo missing"]\n') },
    { name: 'a quoted ampersand', text: pod('    command: ["sh", "-c", "echo \'a & b\' > /tmp/x; exec server"]\n') },
  ],
});
