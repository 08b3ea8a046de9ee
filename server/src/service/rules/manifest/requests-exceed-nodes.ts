/**
 * A pod that requests more CPU, memory or storage than any node of the cluster can offer: it
 * stays Pending forever ("0/4 nodes are available: … Insufficient cpu"), and no autoscaler adds
 * such a node by itself (P9, scheduled by free CPU and memory). The cluster is the Nodes in the
 * workspace, else the one given (`kube-guide lint --cluster`), else the simulator's default.
 */
import type { Node as K8sNode, PodSpec } from 'kubernetes-types/core/v1';
import { nodeAt, nodeRange, toValue } from '../../yaml/nav';
import { exceedsEveryNode, type Shortfall } from '../../../scheduler/capacity';
import { containersOf, keyAt, podSpecPath } from '../objects';
import { defaultClusterNodes } from '../../../scheduler/input/cluster';
import type { WorkspaceView } from '../../workspace/view';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { parseQuantity, compareQuantities } from '../../../common/quantity';

export const requestsExceedNodes: ManifestRule = {
  id: 'manifest/requests-exceed-nodes',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.requestsExceedNodes.description',
  docs: K8S_DOCS + 'concepts/scheduling-eviction/kube-scheduler/#kube-scheduler-implementation',
  principle: 'scheduling.resources',
  scope: 'workspace',
  check({ doc, head, workspace }) {
    const specPath = podSpecPath(head);
    if (!specPath) return [];
    const specNode = nodeAt(doc, specPath);
    if (!specNode) return [];
    const { nodes, source, name } = clusterOf(workspace);
    let short: Shortfall[];
    try {
      short = exceedsEveryNode(toValue(doc, specNode) as PodSpec, nodes as K8sNode[]);
    } catch {
      return []; // a quantity the API server rejects: the schema check says so
    }
    const out: Finding[] = [];
    for (const s of short) {
      // The container request that asks the most of this resource, else the containers key.
      let best: { r: [number, number]; q: ReturnType<typeof parseQuantity> } | null = null;
      for (const c of containersOf(doc, specPath)) {
        const n = nodeAt(doc, [...c.path, 'resources', 'requests', s.resource]) ?? nodeAt(doc, [...c.path, 'resources', 'limits', s.resource]);
        const q = n ? parseQuantity(String(toValue(doc, n))) : null;
        const r = nodeRange(n ?? undefined);
        if (q && r && (!best?.q || compareQuantities(q, best.q) > 0)) best = { r, q };
      }
      const [start, end] = best?.r ?? keyAt(doc, [...specPath, 'containers']) ?? [0, 0];
      out.push({
        start,
        end,
        message: !s.node ? 'rules.requestsExceedNodes.none' : source === 'workspace' ? 'rules.requestsExceedNodes.workspace' : source === 'file' ? 'rules.requestsExceedNodes.file' : 'rules.requestsExceedNodes.default',
        params: { resource: s.resource, requested: s.requested, largest: s.largest, node: s.node ?? '-', cluster: name },
      });
    }
    return out;
  },
};

/** The cluster, as the simulator picks it: the workspace's Node objects, else the one given, else the default. */
function clusterOf(workspace: WorkspaceView): { nodes: unknown[]; source: 'workspace' | 'file' | 'default'; name: string } {
  const own = workspace.objects('Node').map((o) => o.node).filter((n) => n && typeof n === 'object');
  if (own.length) return { nodes: own, source: 'workspace', name: '' };
  if (workspace.cluster) return { nodes: workspace.cluster.nodes, source: 'file', name: workspace.cluster.name };
  return { nodes: defaultClusterNodes(), source: 'default', name: '' };
}
