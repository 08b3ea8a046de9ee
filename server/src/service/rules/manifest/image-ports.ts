/**
 * A containerPort the image does not EXPOSE, when a workspace Dockerfile builds the image
 * (skaffold, compose) and EXPOSEs its ports: the manifest and the image disagree on where the app
 * listens, so a Service or probe built on the manifest's port most likely reaches nothing.
 */
import { isSeq } from 'yaml';
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { relativeTo } from '../crossDoc';
import { perContainer, valueAt } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const imagePorts: ManifestRule = {
  id: 'manifest/image-ports',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.imagePorts.description',
  docs: K8S_DOCS + 'concepts/services-networking/connect-applications-service/',
  principle: 'ports',
  scope: 'workspace',
  check({ doc, head, workspace, uri }) {
    return perContainer(doc, head, (c) => {
      const image = valueAt(doc, [...c.path, 'image']);
      const built = typeof image === 'string' ? workspace.builtFrom(image) : null;
      const exposes = built?.dockerfile?.exposes ?? [];
      if (!built || !exposes.length) return [];
      const ports = nodeAt(doc, [...c.path, 'ports']);
      if (!isSeq(ports)) return [];
      const out: Finding[] = [];
      ports.items.forEach((_, i) => {
        const node = nodeAt(doc, [...c.path, 'ports', i, 'containerPort']);
        const port = toValue(doc, node);
        const protocol = String(valueAt(doc, [...c.path, 'ports', i, 'protocol']) ?? 'TCP').toUpperCase();
        const r = nodeRange(node ?? undefined);
        if (typeof port !== 'number' || !r) return;
        if (exposes.some((e) => e.port === port && e.protocol === protocol)) return;
        out.push({
          start: r[0],
          end: r[1],
          message: 'rules.imagePorts.message',
          params: { port, image: String(image), dockerfile: relativeTo(uri, built.build.dockerfile), exposed: [...new Set(exposes.map((e) => (e.protocol === 'TCP' ? String(e.port) : `${e.port}/${e.protocol.toLowerCase()}`)))].join(', ') },
          related: [{ at: workspace.location(built.build.dockerfile, exposes[0].span), message: 'rules.imagePorts.related' }],
        });
      });
      return out;
    });
  },
};
