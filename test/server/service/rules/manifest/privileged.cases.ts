import { privileged } from '../../../../../server/src/service/rules/manifest/privileged';
import { ruleCases } from '../../../../helpers/rules';

const pod = (value: string) => `apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  containers:
  - name: tools
    image: busybox:1.36
    securityContext:
      privileged: ${value}
`;

export default ruleCases(privileged, {
  fires: [{ name: 'privileged: true', text: pod('⟦true⟧'), messages: ['rules.privileged.message'] }],
  passes: [{ name: 'privileged: false', text: pod('false') }],
});
