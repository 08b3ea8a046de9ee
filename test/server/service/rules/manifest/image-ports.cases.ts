import { imagePorts } from '../../../../../server/src/service/rules/manifest/image-ports';
import { ruleCases } from '../../../../helpers/rules';

const deploy = (ports: string) => `apiVersion: apps/v1
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
        image: example/web:1.0
        ports:
${ports}`;

const skaffold = `apiVersion: skaffold/v2alpha3
kind: Config
build:
  artifacts:
  - image: example/web
    docker: {dockerfile: ./Dockerfile}
`;

const dockerfile = `FROM golang:1.22 AS build
EXPOSE 9999
FROM alpine:3.20
ARG PORT=8080
EXPOSE \${PORT} 9090/udp
`;

export default ruleCases(imagePorts, {
  fires: [
    {
      name: 'a port the image does not EXPOSE, and a protocol it does not',
      text: `--- file: deploy.yaml\n${deploy('        - containerPort: ⟦80⟧\n        - containerPort: 8080\n        - containerPort: ⟦9090⟧\n')}--- file: skaffold.yaml\n${skaffold}--- file: Dockerfile\n${dockerfile}`,
      messages: ['rules.imagePorts.message', 'rules.imagePorts.message'],
    },
  ],
  passes: [
    { name: 'the ports the image EXPOSEs', text: `--- file: deploy.yaml\n${deploy('        - containerPort: 8080\n        - containerPort: 9090\n          protocol: UDP\n')}--- file: skaffold.yaml\n${skaffold}--- file: Dockerfile\n${dockerfile}` },
    { name: 'no build declared for the image', text: `--- file: deploy.yaml\n${deploy('        - containerPort: 80\n')}--- file: Dockerfile\n${dockerfile}` },
    { name: 'a Dockerfile that EXPOSEs nothing', text: `--- file: deploy.yaml\n${deploy('        - containerPort: 80\n')}--- file: skaffold.yaml\n${skaffold}--- file: Dockerfile\nFROM alpine:3.20\n` },
  ],
});
