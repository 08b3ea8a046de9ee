import { targetPort } from '../../../../../server/src/service/rules/manifest/target-port';
import { ruleCases } from '../../../../helpers/rules';
import { deployment, service } from './_fixtures';

const ports = '        ports:\n        - name: http\n          containerPort: 8080\n';

export default ruleCases(targetPort, {
  fires: [
    {
      name: 'a name no container declares, a number nothing declares, and a defaulted targetPort',
      text: `--- file: svc.yaml
${service({ ports: '  - name: a\n    port: 80\n    targetPort: ⟦web⟧\n  - name: b\n    port: 81\n    targetPort: ⟦9090⟧\n  - name: c\n    port: ⟦8081⟧\n  - name: d\n    port: 82\n    targetPort: http\n' })}--- file: deploy.yaml
${deployment({ ports })}`,
      messages: ['rules.targetPort.name', 'rules.targetPort.number', 'rules.targetPort.defaulted'],
    },
    {
      name: 'a name, with no ports declared at all',
      text: `--- file: svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: ⟦http⟧\n' })}--- file: deploy.yaml\n${deployment()}`,
      messages: ['rules.targetPort.nameNoPorts'],
    },
  ],
  passes: [
    { name: 'by name', text: `--- file: svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: http\n' })}--- file: deploy.yaml\n${deployment({ ports })}` },
    { name: 'by number', text: `--- file: svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: 8080\n' })}--- file: deploy.yaml\n${deployment({ ports })}` },
    { name: 'a number, with no ports declared (nginx listens on 80 undeclared)', text: `--- file: svc.yaml\n${service({ ports: '  - port: 8080\n    targetPort: 80\n' })}--- file: deploy.yaml\n${deployment()}` },
    {
      name: 'a number, when one of the selected workloads declares no ports',
      text: `--- file: svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: 9090\n' })}--- file: a.yaml\n${deployment({ ports })}--- file: b.yaml\n${deployment({ name: 'b' })}`,
    },
    {
      name: 'pods in a sibling folder are not this Service\'s',
      text: `--- file: ex1/svc.yaml\n${service({ ports: '  - port: 80\n    targetPort: web\n' })}--- file: ex2/deploy.yaml\n${deployment({ ports })}`,
    },
    { name: 'no pod selected: service-selector\'s finding', text: `--- file: svc.yaml\n${service({ selector: '{app: x}', ports: '  - port: 80\n    targetPort: web\n' })}--- file: deploy.yaml\n${deployment({ ports })}` },
  ],
});
