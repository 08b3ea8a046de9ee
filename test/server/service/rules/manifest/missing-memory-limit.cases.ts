import { missingMemoryLimit } from '../../../../../server/src/service/rules/manifest/missing-memory-limit';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(missingMemoryLimit, {
  fires: [
    {
      name: 'requests only: the fix sets the limit to the request',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    ⟦resources⟧:
      requests:
        cpu: 100m
        memory: 200Mi
`,
      messages: ['rules.missingMemoryLimit.message'],
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
        memory: 200Mi
      limits:
        memory: 200Mi
`,
    },
  ],
  passes: [
    {
      name: 'a memory limit',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    resources:
      limits: {memory: 128Mi}
`,
    },
  ],
});
