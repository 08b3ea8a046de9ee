import { probePort } from '../../../../../server/src/service/rules/manifest/probe-port';
import { ruleCases } from '../../../../helpers/rules';

const pod = (ports: string, probe: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
${ports}    readinessProbe:
${probe}`;

export default ruleCases(probePort, {
  fires: [
    {
      name: 'a port name the container does not have',
      text: pod('    ports:\n    - name: http\n      containerPort: 8080\n', '      httpGet:\n        path: /ready\n        port: ⟦web⟧\n'),
      messages: ['rules.probePort.name'],
    },
    {
      name: 'a port name with no ports declared',
      text: pod('', '      tcpSocket:\n        port: ⟦http⟧\n'),
      messages: ['rules.probePort.nameNoPorts'],
    },
    {
      name: 'a number among other declared numbers (a note)',
      text: pod('    ports:\n    - containerPort: 8080\n', '      httpGet:\n        port: ⟦80⟧\n'),
      messages: ['rules.probePort.number'],
      severities: ['information'],
    },
  ],
  passes: [
    { name: 'the named port', text: pod('    ports:\n    - name: http\n      containerPort: 8080\n', '      httpGet:\n        port: http\n') },
    { name: 'a declared number', text: pod('    ports:\n    - containerPort: 8080\n', '      tcpSocket:\n        port: 8080\n') },
    { name: 'a number with no ports declared', text: pod('', '      httpGet:\n        port: 8080\n') },
  ],
});
