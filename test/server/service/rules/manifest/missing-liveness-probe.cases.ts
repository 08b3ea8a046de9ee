import { missingLivenessProbe } from '../../../../../server/src/service/rules/manifest/missing-liveness-probe';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(missingLivenessProbe, {
  fires: [
    {
      name: 'a Deployment container, fixed with a TCP probe on its named port',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: ⟦web⟧
        image: nginx:1.25
        ports:
        - name: http
          containerPort: 80
`,
      messages: ['rules.missingLivenessProbe.message'],
      fix: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.25
        ports:
        - name: http
          containerPort: 80
        livenessProbe:
          tcpSocket:
            port: http
          initialDelaySeconds: 10
          periodSeconds: 10
          failureThreshold: 3
`,
    },
  ],
  passes: [
    {
      name: 'a Job runs to completion',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: once
        image: busybox:1.36
`,
    },
    {
      name: 'a Pod with restartPolicy Never, and an init container',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  restartPolicy: Never
  initContainers:
  - name: setup
    image: busybox:1.36
  containers:
  - name: once
    image: busybox:1.36
`,
    },
    {
      name: 'a probe is there',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    livenessProbe:
      httpGet: {path: /healthz, port: 80}
`,
    },
  ],
});
