import { missingRequests } from '../../../../../server/src/service/rules/manifest/missing-requests';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(missingRequests, {
  fires: [
    {
      name: 'no resources: on the container name, with a skeleton',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: ⟦web⟧
    image: nginx:1.25
`,
      messages: ['rules.missingRequests.both'],
      fix: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    resources:
      requests:
        cpu: 100m
        memory: 128Mi
      limits:
        memory: 128Mi
`,
    },
    {
      name: 'only memory requested: on resources, the fix adds cpu under requests',
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
      - name: web
        image: nginx:1.25
        ⟦resources⟧:
          requests:
            memory: 256Mi
          limits:
            memory: 256Mi
`,
      messages: ['rules.missingRequests.cpu'],
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
        resources:
          requests:
            memory: 256Mi
            cpu: 100m
          limits:
            memory: 256Mi
`,
    },
    {
      name: 'CRLF file: the fix keeps CRLF',
      text: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: web\r\n    image: nginx:1.25\r\n    ⟦resources⟧:\r\n      limits:\r\n        memory: 64Mi\r\n',
      messages: ['rules.missingRequests.cpu'],
      fix: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: web\r\n    image: nginx:1.25\r\n    resources:\r\n      limits:\r\n        memory: 64Mi\r\n      requests:\r\n        cpu: 100m\r\n',
    },
    {
      name: 'a LimitRange in another namespace does not count',
      text: `--- file: pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
  - name: ⟦web⟧
    image: nginx:1.25
--- file: limits.yaml
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: other
spec:
  limits:
  - type: Container
    defaultRequest: {cpu: 100m, memory: 64Mi}
`,
      messages: ['rules.missingRequests.both'],
    },
    {
      name: 'a LimitRange in another folder does not cover a manifest without a namespace',
      text: `--- file: ch05/pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: ⟦web⟧\n    image: nginx:1.25\n--- file: ch09/limits.yaml\napiVersion: v1\nkind: LimitRange\nmetadata:\n  name: d\n  namespace: default\nspec:\n  limits:\n  - type: Container\n    defaultRequest: {cpu: 100m, memory: 64Mi}\n`,
      messages: ['rules.missingRequests.both'],
    },
  ],
  passes: [
    {
      name: 'requests set',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    resources:
      requests: {cpu: 250m, memory: 64Mi}
`,
    },
    {
      name: 'limits alone: the API server copies them to requests',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    resources:
      limits: {cpu: 500m, memory: 128Mi}
`,
    },
    {
      name: 'a LimitRange of the namespace gives defaults',
      text: `--- file: pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
  - name: web
    image: nginx:1.25
--- file: limits.yaml
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: shop
spec:
  limits:
  - type: Container
    default: {cpu: 500m, memory: 256Mi}
`,
    },
    {
      name: 'a LimitRange in default beside a manifest without a namespace',
      text: `--- file: ch09/pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.25\n--- file: ch09/limits.yaml\napiVersion: v1\nkind: LimitRange\nmetadata:\n  name: d\n  namespace: default\nspec:\n  limits:\n  - type: Container\n    defaultRequest: {cpu: 100m, memory: 64Mi}\n`,
    },
    { name: 'a Service has no containers', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n' },
  ],
});
