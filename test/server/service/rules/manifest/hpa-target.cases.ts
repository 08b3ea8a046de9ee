import { hpaTarget } from '../../../../../server/src/service/rules/manifest/hpa-target';
import { ruleCases } from '../../../../helpers/rules';
import { deployment } from './_fixtures';

const hpa = (name: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: ${name}
  minReplicas: 2
  maxReplicas: 5
`;

export default ruleCases(hpaTarget, {
  fires: [
    { name: 'a misspelt Deployment', text: `--- file: hpa.yaml\n${hpa('⟦wbe⟧')}--- file: d.yaml\n${deployment({ replicas: '' })}`, messages: ['rules.hpaTarget.message'], fix: hpa('web') },
  ],
  passes: [
    { name: 'the Deployment exists', text: `--- file: hpa.yaml\n${hpa('web')}--- file: d.yaml\n${deployment({ replicas: '' })}` },
    { name: 'no Deployment in the workspace', text: hpa('api') },
  ],
});
