/**
 * Identical liveness and readiness probes: when the app is overloaded both fail together, so the
 * kubelet restarts pods that only needed to be taken out of rotation for a while.
 */
import { isDeepStrictEqual } from 'node:util';
import { nodeAt, toValue } from '../../yaml/nav';
import { keyAt, perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const identicalProbes: ManifestRule = {
  id: 'manifest/identical-probes',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.identicalProbes.description',
  docs: K8S_DOCS + 'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  principle: 'selfHealing',
  equivalents: { kubeScore: ['pod-probes-identical'] },
  scope: 'document',
  check({ doc, head }) {
    return perContainer(doc, head, (c): Finding[] => {
      const live = nodeAt(doc, [...c.path, 'livenessProbe']);
      const ready = nodeAt(doc, [...c.path, 'readinessProbe']);
      if (!live || !ready) return [];
      if (!isDeepStrictEqual(toValue(doc, live), toValue(doc, ready))) return [];
      const r = keyAt(doc, [...c.path, 'livenessProbe'])!;
      const other = keyAt(doc, [...c.path, 'readinessProbe'])!;
      return [
        {
          start: r[0],
          end: r[1],
          message: 'rules.identicalProbes.message',
          params: { container: c.name ?? '?' },
          related: [{ at: { start: other[0], end: other[1] }, message: 'rules.identicalProbes.related' }],
        },
      ];
    });
  },
};
