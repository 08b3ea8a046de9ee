import { missingCpuLimit } from '../../../../../server/src/service/rules/manifest/missing-cpu-limit';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(missingCpuLimit, {
  fires: [
    {
      name: 'no CPU limit',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    ⟦resources⟧:
      limits:
        memory: 128Mi
`,
      messages: ['rules.missingCpuLimit.message'],
      fix: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    resources:
      limits:
        memory: 128Mi
        cpu: 500m
`,
    },
  ],
  passes: [
    {
      name: 'a CPU limit',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    resources:
      limits: {cpu: "1", memory: 128Mi}
`,
    },
  ],
});
