import { hpaReplicas } from '../../../../../server/src/service/rules/manifest/hpa-replicas';
import { ruleCases } from '../../../../helpers/rules';
import { deployment } from './_fixtures';

const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web-hpa
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`;

export default ruleCases(hpaReplicas, {
  fires: [
    {
      name: 'replicas set under an HPA: the fix removes the line',
      text: `--- file: d.yaml\n${deployment({ replicas: '  ⟦replicas⟧: 3 # three\n' })}--- file: hpa.yaml\n${hpa}`,
      messages: ['rules.hpaReplicas.message'],
      fix: deployment({ replicas: '' }),
    },
  ],
  passes: [
    { name: 'no replicas', text: `--- file: d.yaml\n${deployment({ replicas: '' })}--- file: hpa.yaml\n${hpa}` },
    { name: 'no HPA', text: deployment() },
  ],
});
