import { runAsRoot } from '../../../../../server/src/service/rules/manifest/run-as-root';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(runAsRoot, {
  fires: [
    {
      name: 'UID 0 and runAsNonRoot: false, on the values',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: ⟦0⟧
  containers:
  - name: web
    image: nginx:1.25
    securityContext:
      runAsNonRoot: ⟦false⟧
`,
      messages: ['rules.runAsRoot.uid0', 'rules.runAsRoot.nonRootFalse'],
    },
  ],
  passes: [
    {
      name: 'a non-root UID',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 1000
    runAsNonRoot: true
  containers:
  - name: web
    image: nginx:1.25
`,
    },
  ],
});
