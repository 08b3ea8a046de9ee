import { configRef } from '../../../../../server/src/service/rules/manifest/config-ref';
import { ruleCases } from '../../../../helpers/rules';

const pod = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: app:1.0
${env}`;

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: "1"}\n`;
const secret = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: Opaque\n`;

export default ruleCases(configRef, {
  fires: [
    {
      name: 'a misspelt ConfigMap in env, fixed to the near name',
      text: `--- file: pod.yaml\n${pod('    env:\n    - name: A\n      valueFrom:\n        configMapKeyRef: {name: ⟦app-confg⟧, key: a}\n')}--- file: cm.yaml\n${cm('app-config')}`,
      messages: ['rules.configRef.configMap'],
      fix: pod('    env:\n    - name: A\n      valueFrom:\n        configMapKeyRef: {name: app-config, key: a}\n'),
    },
    {
      name: 'a configMap volume naming a Secret (the book\'s sample-secret-binary-webserver)',
      text: `--- file: pod.yaml\n${pod('  volumes:\n  - name: v\n    configMap:\n      name: ⟦bin⟧\n')}--- file: s.yaml\n${secret('bin')}`,
      messages: ['rules.configRef.otherKind'],
    },
    {
      name: 'envFrom, volumes and projected volumes; a Secret made elsewhere is a note',
      text: `--- file: pod.yaml
${pod(`    envFrom:
    - configMapRef:
        name: ⟦settings⟧
    - secretRef:
        name: ⟦db-auth⟧
  volumes:
  - name: a
    secret:
      secretName: ⟦db-pas⟧
  - name: b
    projected:
      sources:
      - configMap:
          name: ⟦app-confi⟧
`)}--- file: cm.yaml
${cm('app-config')}---
${secret('db-pass')}`,
      messages: ['rules.configRef.configMap', 'rules.configRef.secretElsewhere', 'rules.configRef.secret', 'rules.configRef.configMap'],
      severities: [undefined, 'information', undefined, undefined],
    },
  ],
  passes: [
    { name: 'defined in another file', text: `--- file: pod.yaml\n${pod('    envFrom:\n    - configMapRef: {name: app-config}\n')}--- file: cm.yaml\n${cm('app-config')}` },
    { name: 'optional', text: `--- file: pod.yaml\n${pod('    envFrom:\n    - configMapRef: {name: nope, optional: true}\n')}--- file: cm.yaml\n${cm('app-config')}` },
    {
      name: 'made by a kustomize generator',
      text: `--- file: pod.yaml\n${pod('    envFrom:\n    - configMapRef: {name: generated}\n')}--- file: kustomization.yaml\nresources: [pod.yaml]\nconfigMapGenerator:\n- name: generated\n  literals: [a=1]\n`,
    },
    { name: 'an image pull secret', text: `--- file: pod.yaml\n${pod('  imagePullSecrets:\n  - name: registry\n')}--- file: cm.yaml\n${cm('x')}` },
    { name: 'a workspace still being indexed', text: pod('    envFrom:\n    - configMapRef: {name: nope}\n'), complete: false },
  ],
});
