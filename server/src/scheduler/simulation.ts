/**
 * The simulation: builds the cluster and the pods, then runs kube-scheduler's loop until nothing
 * changes — pods in queue order (priority, then creation), failed pods retried once the cluster
 * changed (as the real scheduling queue requeues them on cluster events), preemption victims
 * deleted and recreated by their controllers, StatefulSet ordinals created one by one.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { formatBytes, formatMilli } from '../common/quantity';
import { localize, t, type Locale, type MessageKey, type Params } from '../l10n';
import { ClusterState, nodeTreeOrder } from './framework/cluster';
import { NOT_SIMULATED } from './framework/registry';
import { DEFAULT_SCHEDULER_NAME, newPodInfo } from './framework/pod-info';
import { truncateMessage } from './framework/fit-error';
import { Scheduler, type Attempt, type AttemptDetail } from './framework/scheduler';
import { NodeInfo, type PodInfo } from './framework/types';
import { addDefaultTolerationSeconds, admitPriority, defaultHostNetworkPorts } from './input/admission';
import { nodeModel, type NodeModel } from './input/cluster';
import type { SourceRef } from './input/documents';
import { randomSuffix, seededRandom, uidFor } from './input/names';
import { expandWorkload, type PodSeed, type WorkloadRef } from './input/workloads';
import { buildWorld, ensureNamespace, type World, type WorldInput } from './input/world';
import { pdbView, type PdbPod } from './pdb';
import { insufficientResources } from './plugins/node-resources-fit';
import { compare } from './plugins/priority-sort';
import { MESSAGE_GATED, preEnqueue, REASON_GATED } from './plugins/scheduling-gates';
import { ResourceError } from './resources';
import type { AttemptExplanation, EventRecord, FilterVerdict, NodeExplanation, NodeResult, PodResult, PodStatus, Problem, SimulationResult, WorkloadResult } from './result';

export interface SimulateOptions {
  /** Check every node (percentageOfNodesToScore 100) instead of kube-scheduler's adaptive sampling. */
  exhaustive?: boolean;
  /** Per-node explanations: 'auto' (when pods × nodes ≤ 2,000), 'all', 'none', or these pods (`ns/name`, `name`, or a workload's `name` / `Kind/name`). */
  explain?: 'auto' | 'all' | 'none' | readonly string[];
  locale?: Locale;
  /** Caps a workload's replicas (default 5,000). */
  maxPodsPerWorkload?: number;
  /** Caps the pods the manifests create in all (default 10,000): a file of many huge workloads ran out of memory. */
  maxPods?: number;
}

/** 'auto' explains every pod when pods × nodes is at most this (about 1 KB of JSON per cell). */
const AUTO_EXPLAIN_CELLS = 2_000;
const MAX_PASSES = 200;
const MAX_EXPLAINED_ATTEMPTS = 3;
/** A tie set larger than this (clusters of hundreds of nodes) is listed in part; `tiedCount` has its size. */
const MAX_TIED_LISTED = 100;

interface Entry {
  seq: number;
  pod: Pod;
  info: PodInfo | null;
  workload: WorkloadRef | null;
  controller: { kind: string; name: string } | null;
  admissionName: string;
  status: PodStatus;
  node: string | null;
  tied: string[];
  tiedCount: number;
  message: string;
  reason?: string;
  events: EventRecord[];
  notes: string[];
  attempts: number;
  explanation: AttemptExplanation[];
  existing: boolean;
  waitsFor?: string;
  preemptedBy?: string;
  victims?: string[];
  replacementFor?: string;
  /** Still waits to be created (StatefulSet OrderedReady). */
  notCreated?: boolean;
  /** In the scheduling queue. */
  queued: boolean;
  /** Where a pod of the cluster file is written. */
  source?: SourceRef;
}

function key(ns: string, name: string): string {
  return `${ns}/${name}`;
}

export class Simulation {
  readonly world: World;
  readonly locale: Locale;
  readonly options: Required<Pick<SimulateOptions, 'exhaustive' | 'maxPodsPerWorkload' | 'maxPods'>> & { explain: SimulateOptions['explain'] };
  cluster!: ClusterState;
  scheduler!: Scheduler;
  nodeModels: NodeModel[] = [];
  /** Input order of nodes (the tie rule). */
  inputOrder = new Map<string, number>();
  readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  private readonly byInfo = new Map<PodInfo, Entry>();
  /** StatefulSet OrderedReady: `ns/name` of a pod → the pods created once it runs. */
  private readonly waiters = new Map<string, Entry[]>();
  readonly workloads: WorkloadResult[] = [];
  readonly problems: Problem[] = [];
  private seq = 0;
  private clock = 0;
  private uidCounter = 0;
  passes = 0;
  private explainSet: Set<string> | 'all' | 'none' = 'none';
  private replacementRand = seededRandom('replacements');
  /** Replicas per controller key (for PDB percentages). */
  readonly controllerScale = new Map<string, number>();

  constructor(input: WorldInput | World, options: SimulateOptions = {}) {
    const w = 'manifests' in input ? buildWorld(input) : input;
    // The simulation adds namespaces and controllers' selectors; keep the caller's world intact.
    this.world = {
      ...w,
      nodes: w.nodes.map((n) => ({ ...n, node: JSON.parse(JSON.stringify(n.node)) as Node })),
      selectorSources: [...w.selectorSources],
      namespaces: new Map(w.namespaces),
      priorityClasses: new Map(w.priorityClasses),
      pdbs: [...w.pdbs],
      problems: [...w.problems],
    };
    this.locale = options.locale ?? 'en';
    this.options = {
      exhaustive: options.exhaustive ?? false,
      maxPodsPerWorkload: options.maxPodsPerWorkload ?? 5000,
      maxPods: options.maxPods ?? 10_000,
      explain: options.explain ?? 'auto',
    };
    for (const p of this.world.problems) this.problems.push({ source: p.source, severity: p.severity, message: p.key ? this.t(p.key as MessageKey, p.params) : p.message });
    this.buildCluster();
  }

  t(key: MessageKey, params?: Params): string {
    return t(this.locale, key, params);
  }

  // --- setup ---------------------------------------------------------------------------------

  /**
   * Builds the scheduler's view of the world's nodes. Called again after the nodes change (a node
   * removed, cordoned or added): the pods on surviving nodes are put back, nominations kept.
   */
  rebuildCluster(): void {
    const placed = this.entries.filter((e) => e.info && (e.status === 'Scheduled' || e.status === 'Bound') && e.node);
    const nominated = this.entries.filter((e) => e.info?.nominatedNodeName);
    const sources = this.cluster.selectorSources;
    this.buildCluster(sources);
    for (const e of placed) {
      const n = this.cluster.byName.get(e.node!);
      if (n) this.cluster.addPod(e.info!, n);
    }
    for (const e of nominated) {
      const node = e.info!.nominatedNodeName;
      e.info!.nominatedNodeName = '';
      if (this.cluster.byName.has(node) && e.status === 'Pending') this.scheduler.nominate(e.info!, node);
    }
  }

  private buildCluster(sources = this.world.selectorSources): void {
    const models: Array<{ model: NodeModel; node: Node; source: SourceRef | null }> = [];
    for (const { node, source } of this.world.nodes) {
      try {
        models.push({ model: nodeModel(node), node, source });
      } catch (e) {
        // A bad quantity, or a field of an impossible shape: the node is left out, and said so.
        this.problems.push({ source, severity: 'error', message: this.t('scheduler.problem.badNodeQuantity', { node: String(node.metadata?.name ?? ''), message: e instanceof Error ? e.message : String(e) }) });
      }
    }
    this.nodeModels = models.map((m) => m.model);
    this.inputOrder = new Map();
    models.forEach((m, i) => this.inputOrder.set(m.model.view.name, i));
    const ordered = nodeTreeOrder(models.map((m) => ({ labels: m.model.view.labels, m })));
    const infos = ordered.map(({ m }, i) => {
      const n = new NodeInfo(m.model.view, m.model.allocatable, i);
      n.order = this.inputOrder.get(n.name) ?? 0;
      return n;
    });
    const namespaces = this.world.namespaces;
    this.cluster = new ClusterState(infos, namespaces, sources);
    const pct = this.options.exhaustive ? 100 : 0;
    this.scheduler = new Scheduler(
      this.cluster,
      {
        podDisruptionBudgets: () => this.pdbViews(),
        onPreempted: (preemptor, node, victims) => this.onPreempted(preemptor, node, victims),
        onNominationCleared: () => undefined,
      },
      pct,
      (tied) => tied.reduce((a, b) => (a.order <= b.order ? a : b)),
    );
  }

  private nextUid(): number {
    return ++this.uidCounter;
  }

  newEntry(pod: Pod, seed: Partial<PodSeed> & { existing?: boolean }): Entry {
    const e: Entry = {
      seq: this.seq++,
      pod,
      info: null,
      workload: seed.workload ?? null,
      controller: seed.controller ?? null,
      admissionName: seed.admissionName ?? pod.metadata?.name ?? '',
      status: 'Pending',
      node: null,
      tied: [],
      tiedCount: 0,
      message: '',
      events: [],
      notes: [],
      attempts: 0,
      explanation: [],
      existing: seed.existing ?? false,
      waitsFor: seed.waitsFor,
      queued: false,
    };
    this.entries.push(e);
    this.podsChanged++;
    this.byKey.set(key(pod.metadata?.namespace ?? 'default', pod.metadata?.name ?? ''), e);
    return e;
  }

  /** Builds the PodInfo; a bad quantity rejects the pod (the API server would). */
  private makeInfo(e: Entry, startTime: number): PodInfo | null {
    try {
      e.info = newPodInfo(e.pod, { uid: this.nextUid(), startTime });
      this.byInfo.set(e.info, e);
      this.podsChanged++;
      return e.info;
    } catch (err) {
      if (!(err instanceof ResourceError)) throw err;
      e.status = 'Rejected';
      e.reason = 'Invalid';
      e.message = this.t('scheduler.problem.badQuantity', { message: err.message });
      return null;
    }
  }

  /** Adds the cluster's pods, creates the manifest's, and schedules until nothing changes. */
  run(): this {
    this.addClusterPods();
    this.createManifestPods();
    this.resolveExplain();
    this.loop();
    return this;
  }

  private addClusterPods(): void {
    // Pods of the cluster file started before anything we create.
    const starts = this.world.clusterPods.map((p) => Date.parse(p.pod.status?.startTime ?? '') || 0);
    this.clock = Math.max(0, ...starts) + 1;
    for (const { pod, source } of this.world.clusterPods) {
      try {
        this.addClusterPod(pod, source);
      } catch (err) {
        this.problems.push({ source, severity: 'error', message: this.t('scheduler.problem.malformed', { kind: 'Pod', name: String(pod.metadata?.name ?? ''), message: err instanceof Error ? err.message : String(err) }) });
      }
    }
  }

  private addClusterPod(pod: Pod, source: SourceRef): void {
    {
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') return;
      const ns = pod.metadata?.namespace || 'default';
      ensureNamespace(this.world, ns);
      const owner = (pod.metadata?.ownerReferences ?? []).find((o) => o.controller);
      const e = this.newEntry(pod, { existing: true, controller: owner ? { kind: owner.kind, name: owner.name } : null, workload: owner ? { kind: owner.kind, name: owner.name, namespace: ns, source: null } : undefined });
      // Without the controller object, its scale is the pods it has now (for PDB percentages).
      if (owner) {
        const ck = `${ns}/${owner.kind}/${owner.name}`;
        this.controllerScale.set(ck, (this.controllerScale.get(ck) ?? 0) + 1);
        this.podsChanged++;
      }
      e.pod.metadata!.namespace = ns;
      e.source = source;
      const start = Date.parse(pod.status?.startTime ?? '') || this.clock;
      const info = this.makeInfo(e, start);
      if (!info) return;
      const nodeName = pod.spec?.nodeName ?? '';
      if (nodeName) {
        const node = this.cluster.byName.get(nodeName);
        if (!node) {
          e.status = 'Pending';
          e.notes.push(this.t('scheduler.note.clusterPodUnknownNode', { node: nodeName }));
          return;
        }
        this.cluster.addPod(info, node);
        e.status = 'Bound';
        this.podsChanged++;
        e.node = nodeName;
      } else {
        this.admitUnscheduled(e);
        // A pending pod of the cluster may already be nominated (an earlier preemption).
        const nn = info.nominatedNodeName;
        info.nominatedNodeName = '';
        if (nn && e.queued && this.cluster.byName.has(nn)) this.scheduler.nominate(info, nn);
      }
    }
  }

  private createManifestPods(): void {
    // The DaemonSet controller walks nodes in its lister's order; we use the cluster's input order.
    const known = new Set(this.cluster.nodes.map((n) => n.name));
    const nodes = this.world.nodes.map((w) => w.node).filter((n) => known.has(n.metadata?.name ?? ''));
    let room = this.options.maxPods;
    let left = 0;
    for (const doc of this.world.workloads) {
      // Past the budget for the whole run, a workload's pods are counted, not created.
      const exp = this.expand(doc.obj, doc.source, nodes, undefined, room);
      left += exp.left ?? 0;
      if (exp.seeds.length > room) {
        // A bare Pod or a DaemonSet's pods (one per node) past the budget.
        left += exp.seeds.length - room;
        exp.seeds = exp.seeds.slice(0, room);
      }
      room -= exp.seeds.length;
      const ns = String((doc.obj.metadata as { namespace?: string } | undefined)?.namespace || 'default');
      ensureNamespace(this.world, ns);
      const wr: WorkloadResult = {
        kind: String(doc.obj.kind),
        namespace: ns,
        name: String((doc.obj.metadata as { name?: string } | undefined)?.name ?? ''),
        source: doc.source,
        pods: [],
        notes: exp.notes.map((n) => this.t(n.key as MessageKey, n.params)),
      };
      if (exp.rejected) wr.rejected = exp.rejected;
      if (exp.rejected && wr.kind !== 'Pod') this.problems.push({ source: doc.source, severity: 'error', message: exp.rejected });
      this.workloads.push(wr);
      if (exp.rejected && wr.kind === 'Pod') {
        // A Pod the API server refuses is reported as a rejected pod.
        const pod = JSON.parse(JSON.stringify(doc.obj)) as Pod;
        pod.metadata = { ...(pod.metadata ?? {}), namespace: ns };
        const e = this.newEntry(pod, { workload: { kind: 'Pod', name: wr.name, namespace: ns, source: doc.source } });
        e.status = 'Rejected';
        e.reason = 'Invalid';
        e.message = exp.rejected;
        wr.pods.push(key(ns, wr.name));
      }
      this.cluster.selectorSources.push(...exp.selectorSources);
      const replicas = exp.seeds.length;
      for (const seed of exp.seeds) {
        const e = this.newEntry(seed.pod, seed);
        wr.pods.push(key(ns, seed.pod.metadata!.name!));
        if (seed.controller) this.controllerScale.set(`${ns}/${seed.controller.kind}/${seed.controller.name}`, replicas);
        this.podsChanged++;
        if (seed.waitsFor) {
          e.notCreated = true;
          const wk = key(ns, seed.waitsFor);
          const list = this.waiters.get(wk) ?? [];
          list.push(e);
          this.waiters.set(wk, list);
          continue;
        }
        this.admit(e);
      }
    }
    if (left > 0) this.problems.push({ source: null, severity: 'warning', message: this.t('scheduler.problem.podLimit', { max: this.options.maxPods, left }) });
  }

  /** The controller's pods; a workload whose fields have impossible shapes is reported, not thrown. */
  expand(obj: Record<string, unknown>, source: SourceRef | null, nodes: Node[], replicas?: number, room?: number): ReturnType<typeof expandWorkload> {
    const o = replicas === undefined ? obj : { ...obj, spec: { ...((obj.spec ?? {}) as Record<string, unknown>), replicas } };
    try {
      return expandWorkload(o, source, { nodes, maxPodsPerWorkload: this.options.maxPodsPerWorkload, room });
    } catch (err) {
      const m = (obj.metadata ?? {}) as { name?: unknown };
      return { seeds: [], selectorSources: [], notes: [], rejected: this.t('scheduler.problem.malformed', { kind: String(obj.kind), name: String(m.name ?? ''), message: err instanceof Error ? err.message : String(err) }) };
    }
  }

  /** API-server admission, then: bypass (nodeName), not ours (schedulerName), gated, or queued. */
  admit(e: Entry): void {
    try {
      this.admitUnsafe(e);
    } catch (err) {
      if (e.info) this.cluster.removePod(e.info);
      e.status = 'Rejected';
      e.reason = 'Invalid';
      e.queued = false;
      e.message = this.t('scheduler.problem.malformed', { kind: 'Pod', name: e.pod.metadata?.name ?? '', message: err instanceof Error ? err.message : String(err) });
    }
  }

  private admitUnsafe(e: Entry): void {
    const pod = e.pod;
    pod.spec ??= { containers: [] };
    pod.spec.schedulerName ||= DEFAULT_SCHEDULER_NAME;
    const err = admitPriority(pod, this.world.priorityClasses, e.admissionName);
    if (err) {
      e.status = 'Rejected';
      e.reason = 'Forbidden';
      e.message = err;
      return;
    }
    addDefaultTolerationSeconds(pod);
    defaultHostNetworkPorts(pod);
    const info = this.makeInfo(e, this.clock++);
    if (!info) return;
    this.noteVolumes(e);
    if (info.nodeName) {
      this.bindDirectly(e, info);
      return;
    }
    this.admitUnscheduled(e);
  }

  private admitUnscheduled(e: Entry): void {
    const info = e.info!;
    if (info.schedulerName !== DEFAULT_SCHEDULER_NAME) {
      e.status = 'NotHandled';
      e.notes.push(this.t('scheduler.note.notHandled', { scheduler: info.schedulerName }));
      return;
    }
    if (preEnqueue(info) !== null) {
      e.status = 'Pending';
      e.reason = REASON_GATED;
      e.message = MESSAGE_GATED;
      e.notes.push(this.t('scheduler.note.gated', { gates: (e.pod.spec?.schedulingGates ?? []).map((g) => g.name).join(', ') }));
      return;
    }
    e.status = 'Pending';
    e.queued = true;
  }

  private noteVolumes(e: Entry): void {
    const claims = (e.pod.spec?.volumes ?? []).filter((v) => v.persistentVolumeClaim || v.ephemeral).map((v) => v.persistentVolumeClaim?.claimName ?? `${e.pod.metadata?.name}-${v.name}`);
    if (claims.length) e.notes.push(this.t('scheduler.note.volumes', { claims: claims.join(', '), plugins: NOT_SIMULATED.slice(0, 4).join(', ') }));
    if ((e.pod.spec as { resourceClaims?: unknown[] } | undefined)?.resourceClaims?.length) e.notes.push(this.t('scheduler.note.resourceClaims'));
  }

  /** `spec.nodeName` set: no scheduler; the kubelet admits the pod if its resources fit. */
  private bindDirectly(e: Entry, info: PodInfo): void {
    const node = this.cluster.byName.get(info.nodeName);
    e.notes.push(this.t('scheduler.note.bypass'));
    if (!node) {
      e.status = 'Pending';
      e.notes.push(this.t('scheduler.note.nodeNameUnknown', { node: info.nodeName }));
      return;
    }
    const short = insufficientResources(info, node)[0];
    if (short) {
      e.status = 'Rejected';
      e.reason = `OutOf${short.resourceName}`;
      e.node = node.name;
      e.message = `Pod was rejected: Node didn't have enough resource: ${short.resourceName}, requested: ${short.requested}, used: ${short.used}, capacity: ${short.capacity}`;
      return;
    }
    this.cluster.addPod(info, node);
    e.status = 'Bound';
    this.podsChanged++;
    e.node = node.name;
  }

  private resolveExplain(): void {
    const ex = this.options.explain;
    if (ex === 'all' || ex === 'none') this.explainSet = ex;
    else if (ex === 'auto' || ex === undefined) {
      const queued = this.entries.filter((e) => e.queued || e.notCreated).length;
      this.explainSet = queued * Math.max(1, this.cluster.nodes.length) <= AUTO_EXPLAIN_CELLS ? 'all' : 'none';
    } else this.explainSet = new Set(ex);
  }

  private wantsExplain(e: Entry): boolean {
    if (this.explainSet === 'all') return true;
    if (this.explainSet === 'none') return false;
    const ns = e.pod.metadata?.namespace ?? 'default';
    const name = e.pod.metadata?.name ?? '';
    const w = e.workload;
    return this.explainSet.has(key(ns, name)) || this.explainSet.has(name) || (w !== null && (this.explainSet.has(w.name) || this.explainSet.has(`${w.kind}/${w.name}`)));
  }

  // --- the loop ------------------------------------------------------------------------------

  private changed = false;

  /** Schedules queued pods until a pass changes nothing. */
  loop(): void {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const queue = this.entries.filter((e) => e.queued && e.status === 'Pending');
      if (queue.length === 0) return;
      queue.sort((a, b) => compare({ priority: a.info!.priority, seq: a.seq }, { priority: b.info!.priority, seq: b.seq }));
      this.changed = false;
      this.passes++;
      for (const e of queue) {
        if (!e.queued || e.status !== 'Pending') continue;
        this.attempt(e);
      }
      if (!this.changed) return;
    }
    this.problems.push({ source: null, severity: 'warning', message: this.t('scheduler.problem.passLimit', { passes: MAX_PASSES }) });
  }

  private attempt(e: Entry): void {
    const info = e.info!;
    e.attempts++;
    const explain = this.wantsExplain(e);
    const before = info.nominatedNodeName;
    const a = this.scheduler.scheduleOne(info, explain);
    if (a.detail) this.recordExplanation(e, a);
    const ns = info.namespace;
    if (a.kind === 'scheduled') {
      this.changed = true;
      e.status = 'Scheduled';
      this.podsChanged++;
      e.node = a.node.name;
      e.tiedCount = a.tied.length;
      e.tied = a.tied.length === 1 ? [a.node.name] : a.tied.slice().sort((x, y) => x.order - y.order).slice(0, MAX_TIED_LISTED).map((n) => n.name);
      e.message = `Successfully assigned ${ns}/${info.name} to ${a.node.name}`;
      e.reason = undefined;
      e.queued = false;
      e.events.push({ type: 'Normal', reason: 'Scheduled', message: truncateMessage(e.message) });
      info.startTime = this.clock++;
      this.createWaiting(e);
      return;
    }
    e.message = a.message;
    e.reason = a.kind === 'error' ? 'SchedulerError' : 'Unschedulable';
    const ev = truncateMessage(a.message);
    if (e.events.length === 0 || e.events[e.events.length - 1].message !== ev) e.events.push({ type: 'Warning', reason: 'FailedScheduling', message: ev });
    if (a.kind === 'unschedulable' && a.nominatedNode !== undefined) {
      if (a.nominatedNode !== before) this.changed = true;
      this.scheduler.nominate(info, a.nominatedNode);
    }
  }

  /** StatefulSet OrderedReady: the next ordinal is created once this one runs. */
  private createWaiting(e: Entry): void {
    const ns = e.pod.metadata?.namespace ?? 'default';
    const name = e.pod.metadata?.name ?? '';
    const waiting = this.waiters.get(key(ns, name));
    if (!waiting) return;
    this.waiters.delete(key(ns, name));
    for (const w of waiting) {
      if (!w.notCreated) continue;
      w.notCreated = false;
      w.seq = this.seq++;
      this.admit(w);
      if (w.queued) this.changed = true;
    }
  }

  private onPreempted(preemptor: PodInfo, node: NodeInfo, victims: readonly PodInfo[]): void {
    const pe = this.byInfo.get(preemptor)!;
    pe.victims = [...(pe.victims ?? []), ...victims.map((v) => key(v.namespace, v.name))];
    this.changed = true;
    for (const v of victims) {
      const ve = this.byInfo.get(v);
      if (!ve) continue;
      ve.status = 'Preempted';
      this.podsChanged++;
      ve.preemptedBy = key(preemptor.namespace, preemptor.name);
      ve.message = `Preempted by pod ${preemptor.pod.metadata?.uid ?? ''} on node ${node.name}`;
      ve.reason = 'PreemptionByScheduler';
      ve.events.push({ type: 'Normal', reason: 'Preempted', message: ve.message });
      ve.queued = false;
      this.recreate(ve);
    }
  }

  /** A controller replaces a deleted pod (same name for StatefulSets, a new one otherwise). */
  recreate(old: Entry): Entry | null {
    const ctrl = old.controller;
    if (!ctrl) return null;
    const ns = old.pod.metadata?.namespace ?? 'default';
    const pod: Pod = JSON.parse(JSON.stringify(old.pod));
    delete (pod as { status?: unknown }).status;
    const md = pod.metadata as NonNullable<Pod['metadata']> & { uid?: string; deletionTimestamp?: string };
    delete md.deletionTimestamp;
    if (ctrl.kind !== 'StatefulSet') {
      const base = md.generateName ?? `${ctrl.name}-`;
      md.name = `${base}${randomSuffix(this.replacementRand)}`;
    }
    md.uid = uidFor(`${ns}/${md.name}/${this.seq}`);
    // A running pod's nodeName came from its binding; the replacement is scheduled anew.
    if (old.existing) delete pod.spec!.nodeName;
    const e = this.newEntry(pod, { workload: old.workload ?? undefined, controller: ctrl, admissionName: old.admissionName });
    e.replacementFor = key(ns, old.pod.metadata?.name ?? '');
    e.existing = false;
    const wr = this.workloads.find((w) => old.workload && w.kind === old.workload.kind && w.name === old.workload.name && w.namespace === old.workload.namespace);
    wr?.pods.push(key(ns, md.name!));
    if (old.existing) {
      const info = this.makeInfo(e, this.clock++);
      if (info) this.admitUnscheduled(e);
    } else {
      this.admit(e);
    }
    e.notes.push(this.t('scheduler.note.replacement', { pod: e.replacementFor }));
    this.changed = true;
    return e;
  }

  /** Bumped whenever a pod is added, starts or stops running, or a controller's scale changes: PDB views are kept until then. */
  private podsChanged = 0;
  private pdbCache: { at: number; views: ReturnType<typeof pdbView>[] } | null = null;

  pdbViews() {
    // Asked on every preemption attempt, and each view counts every pod: without a change of the
    // pods since the last one, the same views (quadratic in pending pods otherwise).
    if (!this.world.pdbs.length) return [];
    if (this.pdbCache?.at === this.podsChanged) return this.pdbCache.views;
    const views = this.computePdbViews();
    this.pdbCache = { at: this.podsChanged, views };
    return views;
  }

  private computePdbViews() {
    const pods: PdbPod[] = [];
    for (const e of this.entries) {
      if (!e.info) continue;
      const running = e.status === 'Scheduled' || e.status === 'Bound';
      const ns = e.info.namespace;
      const ctrlKey = e.controller ? `${ns}/${e.controller.kind}/${e.controller.name}` : null;
      pods.push({
        namespace: ns,
        name: e.info.name,
        labels: e.info.labels,
        running,
        deleting: e.info.deleting,
        controller: ctrlKey ? { key: ctrlKey, replicas: this.controllerScale.get(ctrlKey) ?? 1 } : null,
      });
    }
    return this.world.pdbs.map((p) => pdbView(p, pods));
  }

  // --- explanations --------------------------------------------------------------------------

  private recordExplanation(e: Entry, a: Attempt): void {
    const d = a.detail!;
    const filterOrder = this.scheduler.profile.filter.map((p) => p.name);
    const skipped = new Set(d.skippedFilters);
    const verdicts = new Map(d.verdicts.map((v) => [v.node, v.status]));
    const scoreIndex = new Map((d.scores?.nodes ?? []).map((n, i) => [n, i]));
    const nodes: NodeExplanation[] = this.cluster.nodes
      .slice()
      .sort((x, y) => (this.inputOrder.get(x.name) ?? 0) - (this.inputOrder.get(y.name) ?? 0))
      .map((n) => {
        const has = verdicts.has(n.name);
        const status = verdicts.get(n.name) ?? null;
        const filters: FilterVerdict[] = [];
        let failedAt = -1;
        if (has && status) failedAt = filterOrder.indexOf(status.plugin ?? '');
        filterOrder.forEach((plugin, i) => {
          if (skipped.has(plugin)) filters.push({ plugin, result: 'skipped' });
          else if (!has) filters.push({ plugin, result: 'not-run' });
          else if (status === null || i < failedAt) filters.push({ plugin, result: 'passed' });
          else if (i === failedAt) filters.push({ plugin, result: 'failed', code: codeName(status.code), reasons: [...status.reasons] });
          else filters.push({ plugin, result: 'not-run' });
        });
        const ne: NodeExplanation = { node: n.name, outcome: !has ? 'not-evaluated' : status ? 'rejected' : 'feasible', filters };
        if (!has && d.absent && d.absent.reasons.length) ne.reasons = [...d.absent.reasons];
        const si = scoreIndex.get(n.name);
        if (si !== undefined && d.scores) {
          ne.scores = d.scores.plugins.map((p) => ({ plugin: p.name, weight: p.weight, raw: p.raw[si], normalized: p.normalized[si], weighted: p.normalized[si] * p.weight }));
          ne.total = d.scores.totals[si];
        }
        if (a.kind === 'scheduled' && a.node.name === n.name) ne.selected = true;
        return ne;
      });
    const ex: AttemptExplanation = {
      attempt: e.attempts,
      outcome: a.kind,
      preFilter: d.preFilter.map((p) => ({ plugin: p.plugin, result: p.result, reasons: p.status ? [...p.status.reasons] : undefined, nodeNames: p.nodeNames })),
      evaluatedNodes: d.verdicts.length,
      feasibleNodes: d.verdicts.filter((v) => v.status === null).length,
      nodes,
      skippedScorePlugins: d.scores?.skipped ?? [],
    };
    if (d.nominatedNodeTried) ex.nominatedNodeTried = d.nominatedNodeTried;
    if (d.preemption) {
      const order = (n: string) => this.inputOrder.get(n) ?? 0;
      ex.preemption = {
        ...d.preemption,
        potentialNodes: d.preemption.potentialNodes.slice().sort((a, b) => order(a) - order(b)),
        nodeStatuses: d.preemption.nodeStatuses.slice().sort((a, b) => order(a.node) - order(b.node)),
      };
    }
    // A retry that failed the same way (nothing to learn from twice) replaces the previous one.
    const last = e.explanation[e.explanation.length - 1];
    if (last && last.outcome === 'unschedulable' && ex.outcome === 'unschedulable' && !last.preemption?.chosen && !ex.preemption?.chosen) e.explanation.pop();
    e.explanation.push(ex);
    if (e.explanation.length > MAX_EXPLAINED_ATTEMPTS) e.explanation.shift();
  }

  // --- the result ----------------------------------------------------------------------------

  result(): SimulationResult {
    const pods: PodResult[] = [];
    const summary = { scheduled: 0, bound: 0, pending: 0, notHandled: 0, rejected: 0, preempted: 0, passes: this.passes };
    for (const e of this.entries) {
      if (e.notCreated) continue;
      const ns = e.pod.metadata?.namespace ?? 'default';
      const name = e.pod.metadata?.name ?? '';
      const r = e.info?.resources.requests;
      const requests: Record<string, string> = {};
      if (r) {
        requests.cpu = formatMilli(BigInt(r.milliCPU));
        requests.memory = formatBytes(BigInt(r.memory));
        if (r.ephemeralStorage) requests['ephemeral-storage'] = formatBytes(BigInt(r.ephemeralStorage));
        for (const [k, v] of Object.entries(r.scalars ?? {})) requests[k] = String(v);
      }
      const notes = [...e.notes];
      if (e.status === 'Scheduled' && e.tiedCount > 1) notes.push(this.t('scheduler.note.tie', { count: e.tiedCount, node: e.node ?? '' }));
      if (e.info?.nominatedNodeName && e.status === 'Pending') notes.push(this.t('scheduler.note.nominated', { node: e.info.nominatedNodeName }));
      const waiting = this.waiters.get(key(ns, name))?.filter((w) => w.notCreated) ?? [];
      if (waiting.length) notes.push(this.t('scheduler.note.orderedReady', { pods: this.waitingChain(waiting[0]).join(', ') }));
      const pr: PodResult = {
        namespace: ns,
        name,
        owner: e.workload && e.workload.kind !== 'Pod' ? { kind: e.workload.kind, name: e.workload.name } : null,
        controller: e.controller,
        status: e.status,
        node: e.node,
        tiedNodes: e.status === 'Scheduled' ? e.tied : [],
        ...(e.status === 'Scheduled' && e.tiedCount > e.tied.length ? { tiedCount: e.tiedCount } : {}),
        message: e.message,
        priority: e.info?.priority ?? e.pod.spec?.priority ?? 0,
        requests,
        events: e.events,
        notes,
        source: e.workload?.source ?? e.source ?? null,
        attempts: e.attempts,
      };
      if (e.reason) pr.reason = e.reason;
      if (e.pod.spec?.priorityClassName) pr.priorityClassName = e.pod.spec.priorityClassName;
      if (e.info?.nominatedNodeName && e.status === 'Pending') pr.nominatedNode = e.info.nominatedNodeName;
      if (e.preemptedBy) pr.preemptedBy = e.preemptedBy;
      if (e.victims) pr.victims = e.victims;
      if (e.replacementFor) pr.replacementFor = e.replacementFor;
      if (e.existing) pr.existing = true;
      if (e.explanation.length) pr.explanation = e.explanation;
      pods.push(pr);
      const k = ({ Scheduled: 'scheduled', Bound: 'bound', Pending: 'pending', NotHandled: 'notHandled', Rejected: 'rejected', Preempted: 'preempted' } as const)[e.status];
      summary[k]++;
    }
    return {
      version: 1,
      cluster: { source: this.world.clusterSource, ...(this.world.clusterUri ? { uri: this.world.clusterUri } : {}), nodes: this.cluster.nodes.length },
      pods,
      nodes: this.nodeResults(),
      workloads: this.workloads,
      problems: this.problems,
      summary,
      options: { exhaustive: this.options.exhaustive, percentageOfNodesToScore: this.options.exhaustive ? 100 : 0 },
    };
  }

  private waitingChain(first: Entry): string[] {
    const out: string[] = [];
    let cur: Entry | undefined = first;
    while (cur && out.length < 1000) {
      const name: string = cur.pod.metadata?.name ?? '';
      out.push(name);
      cur = this.waiters.get(key(cur.pod.metadata?.namespace ?? 'default', name))?.find((w) => w.notCreated);
    }
    return out;
  }

  private nodeResults(): NodeResult[] {
    const byName = new Map(this.nodeModels.map((m) => [m.view.name, m]));
    const out: NodeResult[] = [];
    for (const m of this.nodeModels) {
      const n = this.cluster.byName.get(m.view.name)!;
      const req = n.requested;
      const requested: Record<string, string> = {
        cpu: formatMilli(BigInt(req.milliCPU)),
        memory: formatBytes(BigInt(req.memory)),
        pods: String(n.pods.length),
      };
      if (req.ephemeralStorage) requested['ephemeral-storage'] = formatBytes(BigInt(req.ephemeralStorage));
      for (const [k, v] of Object.entries(req.scalars ?? {})) if (v) requested[k] = String(v);
      const notes: string[] = [];
      const model = byName.get(m.view.name)!;
      if (model.allocatableFrom === 'capacity') notes.push(this.t('scheduler.note.allocatableFromCapacity'));
      if (model.allocatableFrom === 'none') notes.push(this.t('scheduler.note.noAllocatable'));
      if (model.addedTaints.length) notes.push(this.t('scheduler.note.conditionTaints', { taints: model.addedTaints.map((t) => `${t.key}:${t.effect}`).join(', ') }));
      out.push({
        name: m.view.name,
        labels: { ...m.view.labels },
        taints: m.view.taints.map((t) => ({ key: t.key, ...(t.value ? { value: t.value } : {}), effect: t.effect })),
        unschedulable: m.view.unschedulable,
        allocatable: { ...m.allocatableText, ...(m.allocatableFrom === 'none' ? { pods: '0' } : {}) },
        requested,
        usage: { cpu: [req.milliCPU, n.allocatable.milliCPU], memory: [req.memory, n.allocatable.memory], pods: [n.pods.length, n.allocatable.pods] },
        pods: n.pods.map((p) => key(p.namespace, p.name)).sort(),
        notes,
      });
    }
    return out;
  }

  // --- what-if hooks -------------------------------------------------------------------------

  entryByKey(k: string): Entry | undefined {
    return this.byKey.get(k);
  }

  /** Takes a pod off its node (eviction or node loss); its controller recreates it. */
  evict(e: Entry, status: PodStatus, message: string, reason: string): Entry | null {
    if (e.info) {
      this.scheduler.unnominate(e.info);
      this.cluster.removePod(e.info);
    }
    e.status = status;
    this.podsChanged++;
    e.message = message;
    e.reason = reason;
    e.queued = false;
    return this.recreate(e);
  }

  localize(text: { en: string; ko: string }, params?: Params): string {
    return localize(this.locale, text, params);
  }
}

function codeName(code: number): FilterVerdict['code'] {
  return code === 2 ? 'Unschedulable' : code === 3 ? 'UnschedulableAndUnresolvable' : 'Error';
}

/** Runs the simulation: the manifests' pods on the chosen cluster. */
export function simulate(input: WorldInput, options: SimulateOptions = {}): SimulationResult {
  return new Simulation(input, options).run().result();
}

export type { Entry as SimulationEntry };
