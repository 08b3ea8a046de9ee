import { privilegeEscalation } from '../../../../../server/src/service/rules/manifest/privilege-escalation';
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
      allowPrivilegeEscalation: ${value}
`;

export default ruleCases(privilegeEscalation, {
  fires: [{ name: 'explicitly true (YAML 1.1 `yes`)', text: pod('⟦yes⟧'), messages: ['rules.privilegeEscalation.message'] }],
  passes: [{ name: 'false', text: pod('false') }],
});
