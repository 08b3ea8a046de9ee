/** Shared by the probe rules: which containers need probes, and probe skeletons for the fix. */
import type { YamlDoc, YamlFile } from '../yaml/parse';
import { valueAt, type ContainerView } from './objects';
import type { Fix } from './rule';
import { appendToMap, type YamlObject } from './yamlEdit';

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeName = (typeof PROBES)[number];

/** Containers that run for the pod's life: app containers and sidecars (init containers with restartPolicy Always). */
export function servingContainers(cs: ContainerView[]): ContainerView[] {
  return cs.filter((c) => c.list === 'containers' || c.sidecar);
}

/** The first declared port: its name when it has one (it survives renumbering), else its number. */
export function firstPort(doc: YamlDoc, c: ContainerView): string | number | null {
  const ports = valueAt(doc, [...c.path, 'ports']);
  if (!Array.isArray(ports)) return null;
  for (const p of ports) {
    if (!p || typeof p !== 'object' || typeof p.containerPort !== 'number') continue;
    if ((p.protocol ?? 'TCP') !== 'TCP') continue;
    return typeof p.name === 'string' && p.name ? p.name : p.containerPort;
  }
  return null;
}

/** A TCP probe on `port`: valid for any server, and the user refines it (httpGet, a path). */
export function probeSkeleton(port: string | number, kind: ProbeName): YamlObject {
  const probe: YamlObject = { tcpSocket: { port } };
  if (kind === 'livenessProbe') Object.assign(probe, { initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 });
  else Object.assign(probe, { periodSeconds: 5 });
  return probe;
}

export function probeFix(file: YamlFile, c: ContainerView, kind: ProbeName, port: string | number | null): Fix[] {
  if (port === null) return [];
  const e = appendToMap(file, c.node, { [kind]: probeSkeleton(port, kind) });
  return e ? [{ title: kind === 'livenessProbe' ? 'rules.fix.addLivenessProbe' : 'rules.fix.addReadinessProbe', edits: [e], preferred: true }] : [];
}
