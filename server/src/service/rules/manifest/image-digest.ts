/** Strict: a tag can be moved to another image; only a digest names one image forever (P2). */
import { isScalar } from 'yaml';
import { nodeAt } from '../../yaml/nav';
import { isPlaceholder, parseImage, scalarSubRange } from '../image';
import { perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const imageDigest: ManifestRule = {
  id: 'manifest/image-digest',
  severity: 'warning',
  preset: 'strict',
  description: 'rules.imageDigest.description',
  docs: K8S_DOCS + 'concepts/containers/images/#image-names',
  principle: 'image.immutable',
  scope: 'document',
  check({ file, doc, head }) {
    return perContainer(doc, head, (c): Finding[] => {
      const node = nodeAt(doc, [...c.path, 'image']);
      if (!isScalar(node) || typeof node.value !== 'string' || isPlaceholder(node.value)) return [];
      const ref = parseImage(node.value);
      // An untagged or :latest image is latest-tag's finding; this one is about pinned tags.
      if (!ref || ref.digest || ref.tag === null || ref.tag === 'latest') return [];
      const [start, end] = scalarSubRange(file, node, ref.tagAt, ref.tagAt + ref.tag.length);
      return [{ start, end, message: 'rules.imageDigest.message', params: { image: `${ref.name}:${ref.tag}` } }];
    });
  },
};
