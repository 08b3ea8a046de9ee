/**
 * A probe on a port the container does not have: a named port that is not declared always fails
 * (the kubelet cannot resolve it); a number missing from the declared ones may be a slip, or a
 * port left undeclared (declaring is informational), so that is only a note.
 */
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { perContainer, valueAt } from '../objects';
import { PROBES } from '../probes';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';

export const probePort: ManifestRule = {
  id: 'manifest/probe-port',
  severity: 'warning',
  preset: 'minimal',
  description: 'rules.probePort.description',
  docs: K8S_DOCS + 'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port',
  principle: 'selfHealing',
  equivalents: { kubeLinter: ['liveness-port', 'readiness-port', 'startup-port'] },
  scope: 'document',
  check({ doc, head }) {
    return perContainer(doc, head, (c) => {
      const out: Finding[] = [];
      const declared = valueAt(doc, [...c.path, 'ports']);
      const ports = Array.isArray(declared) ? declared.filter((p) => p && typeof p === 'object' && typeof p.containerPort === 'number') : [];
      const names = ports.map((p) => p.name).filter((n): n is string => typeof n === 'string' && !!n);
      const numbers = ports.map((p) => p.containerPort as number);
      const list = ports.map((p) => (typeof p.name === 'string' && p.name ? `${p.name} (${p.containerPort})` : String(p.containerPort))).join(', ');
      for (const probe of PROBES) {
        for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
          const node = nodeAt(doc, [...c.path, probe, handler, 'port']);
          const r = nodeRange(node ?? undefined);
          if (!r) continue;
          const port = toValue(doc, node);
          if (typeof port === 'string' && !/^\d+$/.test(port)) {
            if (names.includes(port)) continue;
            out.push({ start: r[0], end: r[1], message: ports.length ? 'rules.probePort.name' : 'rules.probePort.nameNoPorts', params: { probe, port, container: c.name ?? '?', ports: list } });
          } else {
            const n = Number(port);
            // Declaring a port is informational: with none declared, any number may be right.
            if (!Number.isInteger(n) || !numbers.length || numbers.includes(n)) continue;
            out.push({ start: r[0], end: r[1], severity: 'information', message: 'rules.probePort.number', params: { probe, port: n, container: c.name ?? '?', ports: list } });
          }
        }
      }
      return out;
    });
  },
};
