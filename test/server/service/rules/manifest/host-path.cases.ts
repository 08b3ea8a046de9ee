import { hostPath } from '../../../../../server/src/service/rules/manifest/host-path';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(hostPath, {
  fires: [
    {
      name: 'a data folder, and the runtime socket',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
  volumes:
  - name: data
    ⟦hostPath⟧:
      path: /srv/data
  - name: docker
    ⟦hostPath⟧:
      path: /var/run/docker.sock
`,
      messages: ['rules.hostPath.message', 'rules.hostPath.sensitive'],
    },
  ],
  passes: [
    {
      name: 'emptyDir',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
  volumes:
  - name: cache
    emptyDir: {}
`,
    },
  ],
});
