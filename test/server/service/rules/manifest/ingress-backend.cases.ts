import { ingressBackend } from '../../../../../server/src/service/rules/manifest/ingress-backend';
import { ruleCases } from '../../../../helpers/rules';
import { service } from './_fixtures';

const ingress = (backend: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
  - host: example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
${backend}`;

export default ruleCases(ingressBackend, {
  fires: [
    {
      name: 'a misspelt Service, fixed to the one that exists',
      text: `--- file: ing.yaml\n${ingress('            name: ⟦wbe⟧\n            port: {number: 80}\n')}--- file: svc.yaml\n${service()}`,
      messages: ['rules.ingressBackend.service'],
      fix: ingress('            name: web\n            port: {number: 80}\n'),
    },
    {
      name: 'a port the Service does not expose, by number and by name',
      text: `--- file: ing.yaml\n${ingress('            name: web\n            port: {number: ⟦8080⟧}\n')}---\n${ingress('            name: web\n            port:\n              name: ⟦htp⟧\n')}--- file: svc.yaml\n${service({ ports: '  - name: http\n    port: 80\n' })}`,
      messages: ['rules.ingressBackend.portNumber', 'rules.ingressBackend.portName'],
    },
    {
      name: 'extensions/v1beta1 backends',
      text: `--- file: ing.yaml
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: web
spec:
  backend:
    serviceName: ⟦api⟧
    servicePort: 80
--- file: svc.yaml
${service()}`,
      messages: ['rules.ingressBackend.service'],
    },
  ],
  passes: [
    { name: 'the Service and its port', text: `--- file: ing.yaml\n${ingress('            name: web\n            port: {name: http}\n')}--- file: svc.yaml\n${service({ ports: '  - name: http\n    port: 80\n' })}` },
    { name: 'no Service in the workspace: backends live elsewhere', text: ingress('            name: api\n            port: {number: 80}\n') },
  ],
});
