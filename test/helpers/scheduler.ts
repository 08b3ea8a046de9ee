/**
 * Builders for scheduler tests: `makePod().name('p').req({ cpu: '500m' }).toleration('k').obj()`,
 * `makeNode().name('n1').zone('a').obj()`, and a small cluster that gives PodInfos, NodeInfos and
 * the default profile's plugins.
 */
import type { Node, Pod, PodAffinityTerm, Taint, Toleration, TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { ClusterState, nodeTreeOrder, type SelectorSource } from '../../server/src/scheduler/framework/cluster';
import { CycleState, type Handle } from '../../server/src/scheduler/framework/interface';
import { newPodInfo } from '../../server/src/scheduler/framework/pod-info';
import { Scheduler } from '../../server/src/scheduler/framework/scheduler';
import { NodeInfo, type PodInfo } from '../../server/src/scheduler/framework/types';
import { nodeModel } from '../../server/src/scheduler/input/cluster';

type Res = Record<string, string>;

export class PodBuilder {
  private readonly p: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pod', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } };

  private get spec() {
    return this.p.spec!;
  }
  private get c() {
    return this.spec.containers[this.spec.containers.length - 1];
  }
  name(n: string): this {
    this.p.metadata!.name = n;
    return this;
  }
  namespace(ns: string): this {
    this.p.metadata!.namespace = ns;
    return this;
  }
  labels(l: Record<string, string>): this {
    this.p.metadata!.labels = { ...(this.p.metadata!.labels ?? {}), ...l };
    return this;
  }
  /** Requests of the last container. */
  req(r: Res): this {
    this.c.resources = { ...(this.c.resources ?? {}), requests: { ...(this.c.resources?.requests ?? {}), ...r } };
    return this;
  }
  lim(r: Res): this {
    this.c.resources = { ...(this.c.resources ?? {}), limits: { ...(this.c.resources?.limits ?? {}), ...r } };
    return this;
  }
  /** Adds a container (following req/lim/image apply to it). */
  container(name: string, image = 'busybox:1.36'): this {
    this.spec.containers.push({ name, image });
    return this;
  }
  image(image: string): this {
    this.c.image = image;
    return this;
  }
  initContainer(r: Res, opts: { sidecar?: boolean; name?: string } = {}): this {
    (this.spec.initContainers ??= []).push({
      name: opts.name ?? `init${this.spec.initContainers?.length ?? 0}`,
      image: 'busybox:1.36',
      resources: { requests: r },
      ...(opts.sidecar ? { restartPolicy: 'Always' } : {}),
    });
    return this;
  }
  overhead(r: Res): this {
    this.spec.overhead = r;
    return this;
  }
  priority(p: number): this {
    this.spec.priority = p;
    return this;
  }
  preemptionPolicy(p: 'Never' | 'PreemptLowerPriority'): this {
    this.spec.preemptionPolicy = p;
    return this;
  }
  toleration(key: string, value?: string, effect?: string, operator?: 'Exists' | 'Equal'): this {
    const t: Toleration = { key };
    if (value !== undefined) t.value = value;
    if (effect) t.effect = effect;
    if (operator) t.operator = operator;
    (this.spec.tolerations ??= []).push(t);
    return this;
  }
  tolerations(ts: Toleration[]): this {
    this.spec.tolerations = [...(this.spec.tolerations ?? []), ...ts];
    return this;
  }
  nodeSelector(s: Record<string, string>): this {
    this.spec.nodeSelector = s;
    return this;
  }
  nodeName(n: string): this {
    this.spec.nodeName = n;
    return this;
  }
  schedulerName(n: string): this {
    this.spec.schedulerName = n;
    return this;
  }
  gate(name: string): this {
    (this.spec.schedulingGates ??= []).push({ name });
    return this;
  }
  /** Required node affinity: one term per call, ORed. */
  nodeAffinityIn(key: string, values: string[], operator = 'In'): this {
    const na = ((this.spec.affinity ??= {}).nodeAffinity ??= {});
    const req = (na.requiredDuringSchedulingIgnoredDuringExecution ??= { nodeSelectorTerms: [] });
    req.nodeSelectorTerms.push({ matchExpressions: [{ key, operator, values }] });
    return this;
  }
  nodeAffinityFields(names: string[]): this {
    const na = ((this.spec.affinity ??= {}).nodeAffinity ??= {});
    const req = (na.requiredDuringSchedulingIgnoredDuringExecution ??= { nodeSelectorTerms: [] });
    req.nodeSelectorTerms.push({ matchFields: [{ key: 'metadata.name', operator: 'In', values: names }] });
    return this;
  }
  preferredNodeAffinity(weight: number, key: string, values: string[], operator = 'In'): this {
    const na = ((this.spec.affinity ??= {}).nodeAffinity ??= {});
    (na.preferredDuringSchedulingIgnoredDuringExecution ??= []).push({ weight, preference: { matchExpressions: [{ key, operator, values }] } });
    return this;
  }
  podAffinity(term: PodAffinityTerm): this {
    const pa = ((this.spec.affinity ??= {}).podAffinity ??= {});
    (pa.requiredDuringSchedulingIgnoredDuringExecution ??= []).push(term);
    return this;
  }
  podAntiAffinity(term: PodAffinityTerm): this {
    const pa = ((this.spec.affinity ??= {}).podAntiAffinity ??= {});
    (pa.requiredDuringSchedulingIgnoredDuringExecution ??= []).push(term);
    return this;
  }
  preferredPodAffinity(weight: number, term: PodAffinityTerm): this {
    const pa = ((this.spec.affinity ??= {}).podAffinity ??= {});
    (pa.preferredDuringSchedulingIgnoredDuringExecution ??= []).push({ weight, podAffinityTerm: term });
    return this;
  }
  preferredPodAntiAffinity(weight: number, term: PodAffinityTerm): this {
    const pa = ((this.spec.affinity ??= {}).podAntiAffinity ??= {});
    (pa.preferredDuringSchedulingIgnoredDuringExecution ??= []).push({ weight, podAffinityTerm: term });
    return this;
  }
  spread(c: Partial<TopologySpreadConstraint> & { topologyKey: string; selector?: LabelSelector }): this {
    const { selector, ...rest } = c;
    (this.spec.topologySpreadConstraints ??= []).push({ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule', labelSelector: selector, ...rest });
    return this;
  }
  hostPort(port: number, protocol?: string, hostIP?: string): this {
    (this.c.ports ??= []).push({ containerPort: port, hostPort: port, ...(protocol ? { protocol } : {}), ...(hostIP ? { hostIP } : {}) });
    return this;
  }
  owner(kind: string, name: string, apiVersion = 'apps/v1'): this {
    this.p.metadata!.ownerReferences = [{ apiVersion, kind, name, uid: `${name}-uid`, controller: true }];
    return this;
  }
  terminating(): this {
    (this.p.metadata as { deletionTimestamp?: string }).deletionTimestamp = '2025-01-01T00:00:00Z';
    return this;
  }
  obj(): Pod {
    return JSON.parse(JSON.stringify(this.p)) as Pod;
  }
}

export class NodeBuilder {
  private readonly n: Node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'node', labels: {} },
    spec: {},
    status: { allocatable: { cpu: '4', memory: '16Gi', pods: '110', 'ephemeral-storage': '100Gi' } },
  };
  name(n: string): this {
    this.n.metadata!.name = n;
    this.n.metadata!.labels!['kubernetes.io/hostname'] = n;
    return this;
  }
  labels(l: Record<string, string>): this {
    Object.assign(this.n.metadata!.labels!, l);
    return this;
  }
  zone(z: string): this {
    return this.labels({ 'topology.kubernetes.io/zone': z });
  }
  /** Replaces allocatable (absent keys become absent). */
  allocatable(r: Res): this {
    this.n.status!.allocatable = r;
    return this;
  }
  capacityOnly(r: Res): this {
    delete this.n.status!.allocatable;
    this.n.status!.capacity = r;
    return this;
  }
  taint(key: string, value: string | undefined, effect: Taint['effect']): this {
    (this.n.spec!.taints ??= []).push({ key, ...(value !== undefined ? { value } : {}), effect });
    return this;
  }
  unschedulable(): this {
    this.n.spec!.unschedulable = true;
    return this;
  }
  image(names: string[], sizeBytes: number): this {
    (this.n.status!.images ??= []).push({ names, sizeBytes });
    return this;
  }
  condition(type: string, status: string): this {
    (this.n.status!.conditions ??= []).push({ type, status });
    return this;
  }
  obj(): Node {
    return JSON.parse(JSON.stringify(this.n)) as Node;
  }
}

export const makePod = (): PodBuilder => new PodBuilder();
export const makeNode = (): NodeBuilder => new NodeBuilder();

let uid = 0;
export function podInfo(p: Pod): PodInfo {
  return newPodInfo(p, { uid: ++uid, startTime: uid });
}

/** A cluster of nodes with pods bound by `spec.nodeName`, and the default profile wired to it. */
export class TestCluster {
  readonly state: ClusterState;
  readonly scheduler: Scheduler;
  readonly infos = new Map<string, PodInfo>();

  constructor(nodes: Node[], pods: Pod[] = [], opts: { namespaces?: Record<string, Record<string, string>>; sources?: SelectorSource[] } = {}) {
    const models = nodes.map((n) => nodeModel(n));
    const ordered = nodeTreeOrder(models.map((m) => ({ labels: m.view.labels, m })));
    const infos = ordered.map(({ m }, i) => new NodeInfo(m.view, m.allocatable, i));
    const ns = new Map(Object.entries(opts.namespaces ?? {}).map(([k, v]) => [k, { ...v, 'kubernetes.io/metadata.name': k }]));
    this.state = new ClusterState(infos, ns, opts.sources ?? []);
    this.scheduler = new Scheduler(this.state, { podDisruptionBudgets: () => [], onPreempted: () => undefined, onNominationCleared: () => undefined }, 100, (t) => t[0]);
    for (const p of pods) this.bind(p);
  }

  get handle(): Handle {
    return this.scheduler.framework;
  }

  get nodes(): readonly NodeInfo[] {
    return this.state.nodes;
  }

  node(name: string): NodeInfo {
    const n = this.state.byName.get(name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  }

  /** Adds a pod to the node its spec.nodeName names. */
  bind(p: Pod): PodInfo {
    const info = podInfo(p);
    this.state.addPod(info, this.node(p.spec!.nodeName!));
    this.infos.set(info.name, info);
    return info;
  }

  info(p: Pod): PodInfo {
    return podInfo(p);
  }

  state0(): CycleState {
    return new CycleState();
  }
}
