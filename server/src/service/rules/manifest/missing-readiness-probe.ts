/**
 * A container behind a Service with no readinessProbe: the Service sends it traffic as soon as it
 * starts, before the app listens, and keeps sending while it cannot answer (P10, P11). Only pods a
 * Service of the workspace selects are asked (as kube-score does): a worker needs no readiness.
 */
import { containerAnchor, containersOf, isLongRunning, keyAt, podSpecPath, type ContainerView } from '../objects';
import { displayName, placeOf, selfFact } from '../crossDoc';
import { probeFix, servingContainers } from '../probes';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const missingReadinessProbe: ManifestRule = {
  id: 'manifest/missing-readiness-probe',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.missingReadinessProbe.description',
  docs: K8S_DOCS + 'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes',
  principle: 'selfHealing',
  equivalents: { kubeLinter: ['no-readiness-probe'], kubeScore: ['pod-probes'], polaris: ['readinessProbeMissing'] },
  scope: 'workspace',
  check(ctx) {
    const { file, doc, head, workspace } = ctx;
    const spec = podSpecPath(head);
    if (!spec || !isLongRunning(doc, head)) return [];
    const self = selfFact(ctx);
    if (!self?.template) return [];
    const services = workspace.servicesSelecting(self.template.labels, self.namespace, ctx.uri);
    if (!services.length) return [];
    const targets = services.flatMap((s) => s.service!.ports.map((p) => p.targetPort)).filter((t): t is string | number => t !== null);
    const serving = servingContainers(containersOf(doc, spec));
    // The containers that serve the Service's ports; when none declares them, the first (the app).
    const portOf = (c: ContainerView) => {
      const fact = self.template!.containers.find((f) => f.name === c.name);
      return fact?.ports.find((p) => targets.some((t) => t === p.containerPort || t === p.name)) ?? null;
    };
    let chosen = serving.filter((c) => portOf(c));
    if (!chosen.length && serving.length) chosen = [serving[0]];
    const out: Finding[] = [];
    for (const c of chosen) {
      if (keyAt(doc, [...c.path, 'readinessProbe'])) continue;
      const p = portOf(c);
      const port = p ? (p.name ?? p.containerPort) : (targets.find((t) => typeof t === 'number') ?? null);
      const [start, end] = containerAnchor(doc, c);
      out.push({
        start,
        end,
        message: 'rules.missingReadinessProbe.message',
        params: { container: c.name ?? '?', service: displayName(services[0]) },
        fixes: probeFix(file, c, 'readinessProbe', port),
        related: [{ at: placeOf(ctx, services[0], services[0].span), message: 'rules.missingReadinessProbe.related', params: { service: displayName(services[0]) } }],
      });
    }
    return out;
  },
};
