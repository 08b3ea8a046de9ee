import { pdbEviction } from '../../../../../server/src/service/rules/manifest/pdb-eviction';
import { ruleCases } from '../../../../helpers/rules';
import { deployment } from './_fixtures';

const pdb = (policy: string) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  ${policy}
  selector:
    matchLabels: {app: web}
`;

export default ruleCases(pdbEviction, {
  fires: [
    { name: 'maxUnavailable: 0', text: pdb('maxUnavailable: ⟦0⟧'), messages: ['rules.pdbEviction.maxZero'] },
    { name: 'minAvailable: 100%', text: pdb('minAvailable: ⟦100%⟧'), messages: ['rules.pdbEviction.minAll'] },
    { name: 'minAvailable as high as the replicas', text: `--- file: pdb.yaml\n${pdb('minAvailable: ⟦3⟧')}--- file: d.yaml\n${deployment({ replicas: '  replicas: 3\n' })}`, messages: ['rules.pdbEviction.minReplicas'] },
  ],
  passes: [
    { name: 'minAvailable below the replicas', text: `--- file: pdb.yaml\n${pdb('minAvailable: 2')}--- file: d.yaml\n${deployment({ replicas: '  replicas: 3\n' })}` },
    { name: 'maxUnavailable: 1', text: pdb('maxUnavailable: 1') },
    { name: 'minAvailable with no workload known', text: pdb('minAvailable: 5') },
  ],
});
