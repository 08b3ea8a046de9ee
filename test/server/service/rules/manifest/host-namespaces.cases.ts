import { hostNamespaces } from '../../../../../server/src/service/rules/manifest/host-namespaces';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(hostNamespaces, {
  fires: [
    {
      name: 'each of the three',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      hostNetwork: ⟦true⟧
      hostPID: ⟦true⟧
      hostIPC: ⟦true⟧
      containers:
      - name: agent
        image: agent:1.0
`,
      messages: ['rules.hostNamespaces.hostNetwork', 'rules.hostNamespaces.hostPID', 'rules.hostNamespaces.hostIPC'],
    },
  ],
  passes: [
    {
      name: 'set to false',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: false
  containers:
  - name: web
    image: nginx:1.25
`,
    },
  ],
});
