import { requestsExceedNodes } from '../../../../../server/src/service/rules/manifest/requests-exceed-nodes';
import { ruleCases } from '../../../../helpers/rules';

const pod = (resources: string) => `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: a
    image: app:1.0
    resources:
${resources}  - name: b
    image: app:1.0
    resources:
      requests: {cpu: "2", memory: 1Gi}
`;

const node = (name: string, cpu: string, memory: string) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
status:
  allocatable: {cpu: "${cpu}", memory: ${memory}, pods: "110"}
`;

export default ruleCases(requestsExceedNodes, {
  fires: [
    {
      name: 'more memory than any default worker (16Gi), on the largest request',
      text: pod('      requests: {cpu: 500m, memory: ⟦20Gi⟧}\n'),
      messages: ['rules.requestsExceedNodes.default'],
    },
    {
      name: 'CPU summed over the containers, against the Nodes of the workspace',
      text: `--- file: pod.yaml\n${pod('      requests: {cpu: ⟦"3"⟧, memory: 1Gi}\n')}--- file: nodes.yaml\n${node('n1', '4', '8Gi')}---\n${node('n2', '2', '32Gi')}`,
      messages: ['rules.requestsExceedNodes.workspace'],
    },
    {
      name: 'a limit alone is the request',
      text: pod('      limits: {cpu: "8"}\n').replace('limits: {cpu: "8"}', 'limits: {cpu: ⟦"8"⟧}'),
      messages: ['rules.requestsExceedNodes.default'],
    },
  ],
  passes: [
    { name: 'fits a default worker', text: pod('      requests: {cpu: 1500m, memory: 8Gi}\n') },
    { name: 'fits one of the workspace\'s Nodes', text: `--- file: pod.yaml\n${pod('      requests: {cpu: 1, memory: 20Gi}\n')}--- file: nodes.yaml\n${node('big', '8', '64Gi')}` },
    { name: 'a bad quantity is the schema\'s business', text: pod('      requests: {cpu: lots}\n') },
  ],
});
