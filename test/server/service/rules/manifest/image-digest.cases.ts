import { imageDigest } from '../../../../../server/src/service/rules/manifest/image-digest';
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

export default ruleCases(imageDigest, {
  fires: [{ name: 'a tag without digest', text: pod('nginx:⟦1.25.3⟧'), messages: ['rules.imageDigest.message'] }],
  passes: [
    { name: 'a digest', text: pod('nginx:1.25.3@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: 'no tag is latest-tag\'s finding', text: pod('nginx') },
  ],
});
