import { dangerousCapabilities } from '../../../../../server/src/service/rules/manifest/dangerous-capabilities';
import { ruleCases } from '../../../../helpers/rules';

const pod = (caps: string) => `apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  containers:
  - name: tools
    image: busybox:1.36
    securityContext:
      capabilities:
        add: [${caps}]
`;

export default ruleCases(dangerousCapabilities, {
  fires: [
    { name: 'SYS_ADMIN and ALL', text: pod('NET_BIND_SERVICE, ⟦SYS_ADMIN⟧, ⟦ALL⟧'), messages: ['rules.dangerousCapabilities.message', 'rules.dangerousCapabilities.all'] },
    { name: 'with the CAP_ prefix', text: pod('⟦CAP_NET_ADMIN⟧'), messages: ['rules.dangerousCapabilities.message'] },
  ],
  passes: [{ name: 'the baseline set', text: pod('NET_BIND_SERVICE, CHOWN') }],
});
