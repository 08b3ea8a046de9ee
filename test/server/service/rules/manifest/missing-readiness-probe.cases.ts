import { missingReadinessProbe } from '../../../../../server/src/service/rules/manifest/missing-readiness-probe';
import { ruleCases } from '../../../../helpers/rules';
import { deployment, service } from './_fixtures';

const ports = '        ports:\n        - name: http\n          containerPort: 8080\n';

export default ruleCases(missingReadinessProbe, {
  fires: [
    {
      name: 'selected by a Service: the fix probes the port it targets',
      text: `--- file: d.yaml\n${deployment({ ports }).replace('      - name: web\n', '      - name: ⟦web⟧\n')}--- file: svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: http\n' })}`,
      messages: ['rules.missingReadinessProbe.message'],
      fix: deployment({ ports }) + '        readinessProbe:\n          tcpSocket:\n            port: http\n          periodSeconds: 5\n',
    },
    {
      name: 'ports undeclared: the first container, probed on the target number',
      text: `--- file: d.yaml\n${deployment({ extra: '      - name: log-shipper\n        image: fluent-bit:3.0\n' }).replace('      - name: web\n', '      - name: ⟦web⟧\n')}--- file: svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: 8080\n' })}`,
      messages: ['rules.missingReadinessProbe.message'],
    },
  ],
  passes: [
    { name: 'no Service selects it (a worker)', text: deployment({ ports }) },
    { name: 'only a Service in a sibling folder (another example) selects the labels', text: `--- file: ch05/d.yaml\n${deployment({ ports })}--- file: ch06/svc.yaml\n${service()}` },
    { name: 'it has a probe', text: `--- file: d.yaml\n${deployment({ ports, extra: '        readinessProbe:\n          httpGet: {path: /ready, port: http}\n' })}--- file: svc.yaml\n${service()}` },
    {
      name: 'a Job behind a Service runs to completion',
      text: `--- file: job.yaml\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: j\n        image: busybox:1.36\n--- file: svc.yaml\n${service()}`,
    },
  ],
});
