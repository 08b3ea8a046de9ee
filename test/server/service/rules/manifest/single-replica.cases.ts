import { singleReplica } from '../../../../../server/src/service/rules/manifest/single-replica';
import { ruleCases } from '../../../../helpers/rules';

const deploy = (replicas: string, kind = 'Deployment') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
${replicas}  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.25
`;

const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`;

const service = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;

export default ruleCases(singleReplica, {
  fires: [
    { name: 'replicas: 1 behind a Service, fixed to 2', text: deploy('  replicas: ⟦1⟧\n') + service, messages: ['rules.singleReplica.one'], fix: deploy('  replicas: 2\n') + service },
    {
      name: 'no replicas: on the spec key, fixed by adding them',
      text: deploy('').replace('spec:\n  selector', '⟦spec⟧:\n  selector') + service,
      messages: ['rules.singleReplica.unset'],
      fix: deploy('').replace('        image: nginx:1.25\n', '        image: nginx:1.25\n  replicas: 2\n') + service,
    },
    { name: 'a StatefulSet gets a note', text: deploy('  replicas: ⟦1⟧\n', 'StatefulSet') + service, messages: ['rules.singleReplica.statefulOne'], severities: ['information'] },
  ],
  passes: [
    { name: 'no Service sends it traffic (a controller, a worker)', text: deploy('  replicas: 1\n') },
    { name: 'three replicas', text: deploy('  replicas: 3\n') + service },
    { name: 'scaled to zero on purpose', text: deploy('  replicas: 0\n') },
    { name: 'an HPA decides', text: `--- file: deploy.yaml\n${deploy('')}${service}--- file: hpa.yaml\n${hpa}` },
    { name: 'a DaemonSet runs one per node', text: deploy('', 'DaemonSet') },
  ],
});
