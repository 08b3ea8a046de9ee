/**
 * "Does this pod fit any node at all?" — for the lint rule that flags requests larger than every
 * node of the configured cluster. The same arithmetic as NodeResourcesFit's unresolvable case
 * (a request above a node's allocatable), over all nodes, before anything is scheduled.
 */
import type { Node, PodSpec } from 'kubernetes-types/core/v1';
import { formatBytes, formatMilli } from '../common/quantity';
import { nodeModel } from './input/cluster';
import { podResources, type Resource } from './resources';

export interface Shortfall {
  /** `cpu`, `memory`, `ephemeral-storage` or an extended resource name. */
  resource: string;
  /** What the pod requests, as a quantity (`6`, `20Gi`). */
  requested: string;
  /** The most any node has allocatable, and that node (null when no node has any). */
  largest: string;
  node: string | null;
}

function format(resource: string, v: number): string {
  if (resource === 'cpu') return formatMilli(BigInt(v));
  if (resource === 'memory' || resource === 'ephemeral-storage' || resource.startsWith('hugepages-')) return formatBytes(BigInt(v));
  return String(v);
}

function amounts(r: Resource): Array<[string, number]> {
  const out: Array<[string, number]> = [
    ['cpu', r.milliCPU],
    ['memory', r.memory],
    ['ephemeral-storage', r.ephemeralStorage],
  ];
  for (const [k, v] of Object.entries(r.scalars ?? {})) out.push([k, v]);
  return out;
}

/**
 * The resources this pod spec requests (as the scheduler counts them) beyond every node's
 * allocatable. Empty when some node is large enough for each resource, or when there are no nodes.
 * Throws `ResourceError` for a quantity the API server would reject.
 */
export function exceedsEveryNode(spec: PodSpec, nodes: readonly Node[]): Shortfall[] {
  const models = nodes.map((n) => ({ name: n.metadata?.name ?? '', m: nodeModel(n) }));
  if (models.length === 0) return [];
  const req = podResources(spec).requests;
  const out: Shortfall[] = [];
  for (const [resource, requested] of amounts(req)) {
    if (requested <= 0) continue;
    let best = -1;
    let bestNode: string | null = null;
    for (const { name, m } of models) {
      const a = resource === 'cpu' ? m.allocatable.milliCPU : resource === 'memory' ? m.allocatable.memory : resource === 'ephemeral-storage' ? m.allocatable.ephemeralStorage : (m.allocatable.scalars?.[resource] ?? 0);
      if (a > best) {
        best = a;
        bestNode = a > 0 ? name : null;
      }
    }
    if (requested > best) out.push({ resource, requested: format(resource, requested), largest: format(resource, Math.max(0, best)), node: bestNode });
  }
  return out;
}
