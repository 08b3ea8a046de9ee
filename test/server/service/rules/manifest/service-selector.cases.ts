import { serviceSelector } from '../../../../../server/src/service/rules/manifest/service-selector';
import { ruleCases } from '../../../../helpers/rules';
import { deployment, service } from './_fixtures';

export default ruleCases(serviceSelector, {
  fires: [
    {
      name: 'a typo in a value: fixed to the template labels',
      text: `--- file: svc.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ⟦selector⟧:
    app: wbe
  ports:
  - port: 80
--- file: deploy.yaml
${deployment()}`,
      messages: ['rules.serviceSelector.message'],
      fix: service({ selector: '\n    app: web' }).replace('  selector: \n', '  selector:\n'),
    },
    {
      name: 'a typo away from a workload in another folder',
      text: `--- file: services/svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ⟦selector⟧: {app: webb}\n--- file: deployments/deploy.yaml\n${deployment()}`,
      messages: ['rules.serviceSelector.message'],
    },
    {
      name: 'in one file with the workload, a key the pods lack',
      text: `${deployment()}---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ⟦selector⟧: {app: web, tier: front}
  ports: [{port: 80}]
`,
      messages: ['rules.serviceSelector.message'],
    },
    {
      name: 'in a List (kubectl get -o yaml) with the workload, each item an object of its own',
      text: `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: web, image: nginx:1.25}]}
- apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    ⟦selector⟧: {app: wbe}
    ports: [{port: 80}]
`,
      messages: ['rules.serviceSelector.message'],
    },
  ],
  passes: [
    { name: 'selects the Deployment in another file', text: `--- file: svc.yaml\n${service()}--- file: deploy.yaml\n${deployment()}` },
    {
      name: 'a List whose Service selects the Deployment beside it',
      text: `apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n  spec:\n    selector: {matchLabels: {app: web}}\n    template:\n      metadata: {labels: {app: web}}\n      spec: {containers: [{name: web, image: nginx:1.25}]}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: web}\n  spec:\n    selector: {app: web}\n`,
    },
    { name: 'no workload in the workspace: the pods come from elsewhere', text: service({ selector: '{app: other}' }) },
    {
      name: 'workloads only in unrelated folders, none a typo away',
      text: `--- file: policies/examples/svc.yaml\n${service({ selector: '{app: web, project: a}' })}--- file: apps/deploy.yaml\n${deployment()}`,
    },
    { name: 'a workspace still being indexed', text: `--- file: svc.yaml\n${service({ selector: '{app: other}' })}--- file: deploy.yaml\n${deployment()}`, complete: false },
    {
      name: 'another namespace is another set of pods, an unset one matches any',
      text: `--- file: svc.yaml\n${service().replace('  name: web\n', '  name: web\n  namespace: shop\n')}--- file: deploy.yaml\n${deployment()}`,
    },
    { name: 'no selector: endpoints managed by hand', text: `--- file: svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports: [{port: 5432}]\n--- file: deploy.yaml\n${deployment()}` },
  ],
});
