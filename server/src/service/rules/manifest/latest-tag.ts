/** `:latest` or no tag: the image can change under the same manifest (P2, immutable images). */
import { isScalar } from 'yaml';
import { nodeAt } from '../../yaml/nav';
import { isPlaceholder, parseImage, scalarSubRange } from '../image';
import { perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const latestTag: ManifestRule = {
  id: 'manifest/latest-tag',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.latestTag.description',
  docs: K8S_DOCS + 'concepts/containers/images/#image-names',
  principle: 'image.immutable',
  equivalents: { kubeLinter: ['latest-tag'], kubeScore: ['container-image-tag'], polaris: ['tagNotSpecified'] },
  // Reads kustomizations (an `images:` entry sets the tag this manifest leaves out) and skaffold builds.
  scope: 'workspace',
  check({ file, doc, head, workspace }) {
    return perContainer(doc, head, (c): Finding[] => {
      const node = nodeAt(doc, [...c.path, 'image']);
      if (!isScalar(node) || typeof node.value !== 'string' || isPlaceholder(node.value)) return [];
      const value = node.value;
      const ref = parseImage(value);
      if (!ref || ref.digest) return [];
      if (ref.tag !== null && ref.tag !== 'latest') return [];
      // kustomize rewrites the tag of images it lists (the same name, with a newTag or a digest).
      const retagged = workspace.kustomizations().some(({ fact }) => fact.images.some((i) => i.name === ref.name && (i.newTag || i.digest)));
      if (retagged) return [];
      // skaffold builds this image and pins the reference to the tag it built when it deploys.
      if (workspace.builtFrom(value)?.build.tagsAtDeploy) return [];
      if (ref.tag === null) {
        const [start, end] = scalarSubRange(file, node, 0, value.length);
        return [{ start, end, message: 'rules.latestTag.untagged', params: { image: ref.name } }];
      }
      const [start, end] = scalarSubRange(file, node, ref.tagAt, ref.tagAt + ref.tag.length);
      return [{ start, end, message: 'rules.latestTag.latest', params: { image: ref.name } }];
    });
  },
};
