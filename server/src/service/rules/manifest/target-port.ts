/**
 * A Service port whose targetPort no selected pod has: by name, the endpoints stay empty for
 * those pods; by number, every selected workload declares its ports and none is this one, so
 * traffic most likely goes nowhere. A workload that declares no port may listen anywhere
 * (declaring is informational): then a number is not judged. The pods are those beside the
 * Service (same folder, or above or below it).
 */
import { displayName, placeOf, selfFact } from '../crossDoc';
import { K8S_DOCS, type Finding, type ManifestRule, type Related } from '../rule';

export const targetPort: ManifestRule = {
  id: 'manifest/target-port',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.targetPort.description',
  docs: K8S_DOCS + 'concepts/services-networking/service/#defining-a-service',
  principle: 'ports',
  equivalents: { kubeLinter: ['invalid-target-ports'] },
  scope: 'workspace',
  check(ctx) {
    const { head, workspace } = ctx;
    if (head.apiVersion !== 'v1' || head.kind !== 'Service') return [];
    const self = selfFact(ctx);
    const svc = self?.service;
    if (!self || !svc?.selector) return [];
    const pods = workspace.selectedBy(svc.selector, self.namespace, ctx.uri);
    if (!pods.length) return [];
    const ports = pods.flatMap((w) => w.template!.containers.flatMap((c) => c.ports.map((p) => ({ w, c, p }))));
    const out: Finding[] = [];
    for (const sp of svc.ports) {
      const target = sp.targetPort;
      if (target === null || (typeof target === 'string' && /^\d+$/.test(target))) continue;
      const related: Related[] = ports.slice(0, 5).map(({ w, c, p }) => ({
        at: placeOf(ctx, w, p.span),
        message: 'rules.targetPort.related',
        params: { name: displayName(w), container: c.name ?? '?', port: p.name ? `${p.name} (${p.containerPort})` : String(p.containerPort) },
      }));
      const declared = [...new Set(ports.map(({ p }) => (p.name ? `${p.name} (${p.containerPort})` : String(p.containerPort))))].join(', ');
      const names = pods.map(displayName).join(', ');
      if (typeof target === 'string') {
        if (ports.some(({ p }) => p.name === target)) continue;
        out.push({ start: sp.span[0], end: sp.span[1], message: ports.length ? 'rules.targetPort.name' : 'rules.targetPort.nameNoPorts', params: { port: target, pods: names, declared }, related });
      } else {
        // A workload that declares no port may listen on this one: only when all declare theirs.
        if (pods.some((w) => !w.template!.containers.some((c) => c.ports.length))) continue;
        if (ports.some(({ p }) => p.containerPort === target)) continue;
        out.push({ start: sp.span[0], end: sp.span[1], message: sp.explicitTarget ? 'rules.targetPort.number' : 'rules.targetPort.defaulted', params: { port: target, pods: names, declared }, related });
      }
    }
    return out;
  },
};
