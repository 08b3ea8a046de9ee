import { hpaMinReplicas } from '../../../../../server/src/service/rules/manifest/hpa-min-replicas';
import { ruleCases } from '../../../../helpers/rules';

const hpa = (min: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
${min}  maxReplicas: 10
`;

export default ruleCases(hpaMinReplicas, {
  fires: [
    { name: 'minReplicas: 1', text: hpa('  minReplicas: ⟦1⟧\n'), messages: ['rules.hpaMinReplicas.one'], fix: hpa('  minReplicas: 2\n') },
    { name: 'no minReplicas', text: hpa('').replace('spec:', '⟦spec⟧:'), messages: ['rules.hpaMinReplicas.unset'], fix: hpa('') + '  minReplicas: 2\n' },
  ],
  passes: [{ name: 'minReplicas: 3', text: hpa('  minReplicas: 3\n') }],
});
