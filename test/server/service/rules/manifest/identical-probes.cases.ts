import { identicalProbes } from '../../../../../server/src/service/rules/manifest/identical-probes';
import { ruleCases } from '../../../../helpers/rules';

const pod = (liveness: string, readiness: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    ${liveness}:
      httpGet: {path: /healthz, port: 80}
    readinessProbe:
      ${readiness}
`;

export default ruleCases(identicalProbes, {
  fires: [{ name: 'the same probe twice, written differently', text: pod('⟦livenessProbe⟧', 'httpGet:\n        path: /healthz\n        port: 80'), messages: ['rules.identicalProbes.message'] }],
  passes: [{ name: 'a more lenient liveness probe', text: pod('livenessProbe', 'httpGet: {path: /healthz, port: 80}\n      failureThreshold: 1') }],
});
