import { latestTag } from '../../../../../server/src/service/rules/manifest/latest-tag';
import { ruleCases } from '../../../../helpers/rules';

const pod = (image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: ${image}
`;

export default ruleCases(latestTag, {
  fires: [
    { name: 'no tag', text: pod('⟦nginx⟧'), messages: ['rules.latestTag.untagged'] },
    { name: ':latest, on the tag', text: pod('nginx:⟦latest⟧'), messages: ['rules.latestTag.latest'] },
    { name: ':latest in quotes', text: pod('"registry.example.com:5000/team/app:⟦latest⟧"'), messages: ['rules.latestTag.latest'] },
    {
      name: 'items of a List, and of a typed List without apiVersion and kind (CRLF)',
      text: `apiVersion: v1\r\nkind: List\r\nitems:\r\n- apiVersion: v1\r\n  kind: Pod\r\n  metadata: {name: a}\r\n  spec: {containers: [{name: a, image: ⟦nginx⟧}]}\r\n---\r\napiVersion: v1\r\nkind: PodList\r\nitems:\r\n- metadata: {name: b}\r\n  spec: {containers: [{name: b, image: redis:⟦latest⟧}]}\r\n`,
      messages: ['rules.latestTag.untagged', 'rules.latestTag.latest'],
    },
    { name: 'a registry port is not a tag', text: pod('⟦localhost:5000/app⟧'), messages: ['rules.latestTag.untagged'] },
    {
      name: 'init containers and CronJobs too',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
          - name: wait
            image: ⟦busybox⟧
          containers:
          - name: backup
            image: restic/restic:0.16.4
`,
      messages: ['rules.latestTag.untagged'],
    },
  ],
  passes: [
    { name: 'a version tag', text: pod('nginx:1.25.3') },
    { name: 'a digest', text: pod('nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: ':latest pinned by a digest', text: pod('nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: 'a variable filled in later', text: pod('$(IMAGE)') },
    { name: 'ko builds it', text: pod('ko://example.com/cmd/web') },
    {
      name: 'skaffold builds it and sets the tag when it deploys',
      text: `--- file: deploy.yaml\n${pod('example/web')}--- file: skaffold.yaml\napiVersion: skaffold/v2alpha3\nkind: Config\nbuild:\n  artifacts:\n  - image: example/web\n    docker: {dockerfile: ./Dockerfile}\n`,
    },
    {
      name: 'kustomize sets the tag',
      text: `--- file: base/deploy.yaml
${pod('nginx')}--- file: base/kustomization.yaml
resources: [deploy.yaml]
images:
- name: nginx
  newTag: 1.25.3
`,
    },
    { name: 'not a Kubernetes workload', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  image: nginx\n' },
  ],
});
