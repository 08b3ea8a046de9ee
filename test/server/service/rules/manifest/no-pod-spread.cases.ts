import { noPodSpread } from '../../../../../server/src/service/rules/manifest/no-pod-spread';
import { ruleCases } from '../../../../helpers/rules';

const deploy = (replicas: number, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${extra}      containers:
      - name: web
        image: nginx:1.25
`;

export default ruleCases(noPodSpread, {
  fires: [{ name: 'three replicas, no constraint', text: deploy(3).replace('  replicas', '  ⟦replicas⟧'), messages: ['rules.noPodSpread.message'] }],
  passes: [
    { name: 'one replica', text: deploy(1) },
    {
      name: 'topology spread',
      text: deploy(3, '      topologySpreadConstraints:\n      - maxSkew: 1\n        topologyKey: topology.kubernetes.io/zone\n        whenUnsatisfiable: DoNotSchedule\n        labelSelector: {matchLabels: {app: web}}\n'),
    },
    {
      name: 'pod anti-affinity',
      text: deploy(3, '      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n          - weight: 100\n            podAffinityTerm:\n              topologyKey: kubernetes.io/hostname\n              labelSelector: {matchLabels: {app: web}}\n'),
    },
  ],
});
