import { duplicateEnv } from '../../../../../server/src/service/rules/manifest/duplicate-env';
import { ruleCases } from '../../../../helpers/rules';

export default ruleCases(duplicateEnv, {
  fires: [
    {
      name: 'the later duplicate',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: app:1.0
    env:
    - name: MODE
      value: dev
    - name: PORT
      value: "80"
    - name: ⟦MODE⟧
      value: prod
`,
      messages: ['rules.duplicateEnv.message'],
    },
  ],
  passes: [
    {
      name: 'the same name in two containers',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: a
    image: app:1.0
    env: [{name: MODE, value: a}]
  - name: b
    image: app:1.0
    env: [{name: MODE, value: b}]
`,
    },
  ],
});
