/**
 * An Ingress backend naming a Service the workspace does not have, or a port that Service does
 * not expose: the controller answers 503 for that path (P11, Service and Ingress).
 */
import { nearMisses, placeOf, renameFixes, selfFact } from '../crossDoc';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { sameNamespace } from '../../workspace/view';

export const ingressBackend: ManifestRule = {
  id: 'manifest/ingress-backend',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.ingressBackend.description',
  docs: K8S_DOCS + 'concepts/services-networking/ingress/#the-ingress-resource',
  principle: 'service.loadBalancing',
  equivalents: { kubeLinter: ['dangling-ingress'], kubeScore: ['ingress-targets-service'] },
  scope: 'workspace',
  check(ctx) {
    const { file, head, workspace } = ctx;
    if (head.kind !== 'Ingress') return [];
    const self = selfFact(ctx);
    if (!self) return [];
    const services = workspace.objects('Service').filter((s) => sameNamespace(s.namespace, self.namespace));
    const out: Finding[] = [];
    for (const ref of self.refs) {
      if (ref.kind !== 'Service' || ref.via !== 'ingress') continue;
      const found = workspace.find('Service', ref.name, self.namespace);
      if (!found.length) {
        // With no Service at all here, the backends live elsewhere (another repository, a chart).
        if (!workspace.complete || !services.length) continue;
        const near = nearMisses(ref.name, services.map((s) => s.name ?? ''));
        out.push({ start: ref.span[0], end: ref.span[1], message: 'rules.ingressBackend.service', params: { name: ref.name }, fixes: renameFixes(file, ref.span, near) });
        continue;
      }
      if (ref.port === undefined || !ref.portSpan) continue;
      const ports = found.flatMap((s) => s.service?.ports ?? []);
      const ok = typeof ref.port === 'number' ? ports.some((p) => p.port === ref.port) : ports.some((p) => p.name === ref.port);
      if (ok) continue;
      const list = ports.map((p) => (p.name ? `${p.name} (${p.port})` : String(p.port))).join(', ');
      const fixes = typeof ref.port === 'string' ? renameFixes(file, ref.portSpan, nearMisses(ref.port, ports.map((p) => p.name ?? ''))) : [];
      out.push({
        start: ref.portSpan[0],
        end: ref.portSpan[1],
        message: typeof ref.port === 'number' ? 'rules.ingressBackend.portNumber' : 'rules.ingressBackend.portName',
        params: { port: ref.port, name: ref.name, ports: list || '-' },
        fixes,
        related: [{ at: placeOf(ctx, found[0], found[0].span), message: 'rules.ingressBackend.related', params: { name: ref.name } }],
      });
    }
    return out;
  },
};
