import { runAsNonRoot } from '../../../../../server/src/service/rules/manifest/run-as-non-root';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(runAsNonRoot, {
  fires: [
    {
      name: 'nothing set: on the container name, with a fix',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: ⟦web⟧
    image: nginx:1.25
`,
      messages: ['rules.runAsNonRoot.message'],
      fix: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    securityContext:
      runAsNonRoot: true
`,
    },
    {
      name: 'a securityContext without it: on its key, merged by the fix',
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
        ⟦securityContext⟧:
          readOnlyRootFilesystem: true
`,
      messages: ['rules.runAsNonRoot.message'],
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
        securityContext:
          readOnlyRootFilesystem: true
          runAsNonRoot: true
`,
    },
    {
      name: 'an image a workspace Dockerfile builds to run as root (skaffold): says so',
      text: `--- file: k8s/pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: ⟦web⟧
    image: example/web:1.0
--- file: skaffold.yaml
apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
  - image: example/web
    context: app
--- file: app/Dockerfile
FROM alpine:3.20
COPY web /web
CMD ["/web"]
`,
      messages: ['rules.runAsNonRoot.dockerfile'],
    },
    {
      name: 'each container of a pod with one unprotected',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: app:1
    securityContext: {runAsUser: 1000}
  - name: ⟦proxy⟧
    image: envoy:1
`,
      messages: ['rules.runAsNonRoot.message'],
    },
  ],
  passes: [
    {
      name: 'set for the pod',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
  - name: web
    image: nginx:1.25
`,
    },
    {
      name: 'a non-root UID',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    securityContext:
      runAsUser: 101
`,
    },
    {
      name: 'explicit root is run-as-root\'s finding',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    securityContext:
      runAsUser: 0
`,
    },
    {
      name: 'an image a workspace Dockerfile builds with a non-root USER',
      text: `--- file: pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: docker.io/example/web:1.0
--- file: compose.yaml
services:
  web:
    image: example/web:1.0
    build: ./web
--- file: web/Dockerfile
FROM alpine:3.20
USER 10001
`,
    },
    {
      name: 'images published to run as non-root',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: a
    image: bitnami/kubectl:1.30
  - name: b
    image: gcr.io/distroless/static-debian12:nonroot
  - name: c
    image: nginxinc/nginx-unprivileged:1.27
`,
    },
    {
      name: 'a Windows pod',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: {name: windows}
  containers:
  - name: iis
    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`,
    },
  ],
});
