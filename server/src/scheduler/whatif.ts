/**
 * What-if questions on a simulated cluster: a node fails or is drained (self-healing: controllers
 * recreate the evicted pods, the scheduler places them — who cannot come back?), a workload is
 * scaled, and how many extra nodes of a shape would let every pod fit (the cluster autoscaler's
 * question). Each starts from the same deterministic simulation of the input.
 */
import type { Node } from 'kubernetes-types/core/v1';
import type { Params } from '../l10n';
import { disruptionsAllowed } from './pdb';
import type { PodResult, SimulationResult } from './result';
import { resourceList } from './resources';
import { Simulation, type SimulateOptions, type SimulationEntry } from './simulation';
import { buildWorld, type World, type WorldInput } from './input/world';
import { nodeModel } from './input/cluster';
import type { PdbPod } from './pdb';

export type EvictionOutcome =
  /** Its controller's replacement was scheduled on another node. */
  | 'rescheduled'
  /** The replacement stays Pending (see `message`). */
  | 'pending'
  /** No controller: nothing recreates it. */
  | 'lost'
  /** A PodDisruptionBudget forbids the eviction (a drain waits forever). */
  | 'blocked'
  /** DaemonSet pods: drain leaves them; a lost node takes them (their controller runs them per node). */
  | 'node-local';

export interface Eviction {
  /** `ns/name` of the pod that was on the node. */
  pod: string;
  owner: { kind: string; name: string } | null;
  outcome: EvictionOutcome;
  /** `ns/name` of the controller's new pod. */
  replacement?: string;
  node?: string;
  /** The replacement's FitError, or the eviction error. */
  message?: string;
}

export interface NodeFailureResult {
  mode: 'drain' | 'remove';
  node: string;
  evictions: Eviction[];
  /** `ns/name` of the pods that do not come back (pending, lost, blocked). */
  cannotComeBack: string[];
  /** The cluster after the event (evicted pods are gone; replacements are in `pods`). */
  after: SimulationResult;
}

export class WhatIfError extends Error {
  constructor(
    readonly key: 'scheduler.whatif.noNode' | 'scheduler.whatif.noWorkload' | 'scheduler.whatif.notScalable' | 'scheduler.whatif.badReplicas',
    readonly params: Params,
  ) {
    super(key);
  }
}

const EVICT_BLOCKED = "Cannot evict pod as it would violate the pod's disruption budget.";

function keyOf(e: SimulationEntry): string {
  return `${e.pod.metadata?.namespace ?? 'default'}/${e.pod.metadata?.name ?? ''}`;
}

function outcomeOf(sim: Simulation, e: SimulationEntry, replacement: SimulationEntry | null): Eviction {
  const ev: Eviction = { pod: keyOf(e), owner: e.workload && e.workload.kind !== 'Pod' ? { kind: e.workload.kind, name: e.workload.name } : e.controller, outcome: 'lost' };
  if (!replacement) return ev;
  ev.replacement = keyOf(replacement);
  if (replacement.status === 'Scheduled' || replacement.status === 'Bound') {
    ev.outcome = 'rescheduled';
    ev.node = replacement.node ?? undefined;
  } else {
    ev.outcome = 'pending';
    ev.message = replacement.message;
  }
  void sim;
  return ev;
}

/**
 * `remove`: the node is gone (hardware failure, scale-in): its pods are deleted, controllers
 * recreate theirs. `drain`: `kubectl drain --ignore-daemonsets --force`: the node is cordoned,
 * its pods evicted one by one through the eviction API (PodDisruptionBudgets may refuse),
 * DaemonSet pods stay.
 */
export function simulateNodeFailure(input: WorldInput | World, nodeName: string, mode: 'drain' | 'remove', options: SimulateOptions = {}): NodeFailureResult {
  const sim = new Simulation(input, options).run();
  const idx = sim.world.nodes.findIndex((n) => n.node.metadata?.name === nodeName);
  if (idx < 0) throw new WhatIfError('scheduler.whatif.noNode', { node: nodeName });
  const onNode = sim.entries.filter((e) => (e.status === 'Scheduled' || e.status === 'Bound') && e.node === nodeName);
  const evictions: Eviction[] = [];
  if (mode === 'remove') {
    sim.world.nodes.splice(idx, 1);
    sim.rebuildCluster();
    const replaced = new Map<SimulationEntry, SimulationEntry | null>();
    for (const e of onNode) {
      const isDaemon = e.controller?.kind === 'DaemonSet';
      // The node's pods are deleted (the pod GC removes pods of a deleted node); controllers react.
      e.status = 'Preempted';
      e.queued = false;
      replaced.set(e, isDaemon ? null : sim.recreate(e));
    }
    sim.loop();
    for (const [e, r] of replaced) {
      const ev = outcomeOf(sim, e, r);
      if (e.controller?.kind === 'DaemonSet') ev.outcome = 'node-local';
      evictions.push(ev);
    }
    hide(sim, onNode);
  } else {
    const node = sim.world.nodes[idx].node;
    node.spec = { ...(node.spec ?? {}), unschedulable: true };
    sim.rebuildCluster();
    const queue = onNode.filter((e) => e.controller?.kind !== 'DaemonSet');
    for (const e of onNode) if (e.controller?.kind === 'DaemonSet') evictions.push({ pod: keyOf(e), owner: e.workload ? { kind: e.workload.kind, name: e.workload.name } : null, outcome: 'node-local', node: nodeName });
    const done = new Map<SimulationEntry, SimulationEntry | null>();
    // Evict while something moves; what a budget still refuses at the end blocks the drain.
    let progress = true;
    while (progress && queue.length) {
      progress = false;
      for (const e of queue.slice()) {
        if (!evictionAllowed(sim, e)) continue;
        queue.splice(queue.indexOf(e), 1);
        progress = true;
        const r = sim.evict(e, 'Preempted', '', 'Evicted');
        sim.loop();
        done.set(e, r);
      }
    }
    for (const [e, r] of done) evictions.push(outcomeOf(sim, e, r));
    for (const e of queue) evictions.push({ pod: keyOf(e), owner: e.workload ? { kind: e.workload.kind, name: e.workload.name } : null, outcome: 'blocked', node: nodeName, message: EVICT_BLOCKED });
    hide(sim, [...done.keys()]);
  }
  const after = sim.result();
  return { mode, node: nodeName, evictions, cannotComeBack: evictions.filter((e) => e.outcome === 'pending' || e.outcome === 'lost' || e.outcome === 'blocked').map((e) => e.pod), after };
}

/** Evicted pods are gone: leave them out of the result. */
function hide(sim: Simulation, gone: readonly SimulationEntry[]): void {
  for (const e of gone) e.notCreated = true;
}

/** The eviction API: every PDB that selects the pod must allow one more disruption. */
function evictionAllowed(sim: Simulation, e: SimulationEntry): boolean {
  if (!e.info) return true;
  const views = sim.world.pdbs.filter((p) => p.namespace === e.info!.namespace && p.selector?.matches(e.info!.labels));
  if (views.length === 0) return true;
  const pods: PdbPod[] = pdbPods(sim);
  return views.every((p) => disruptionsAllowed(p, pods) > 0);
}

function pdbPods(sim: Simulation): PdbPod[] {
  const out: PdbPod[] = [];
  for (const e of sim.entries) {
    if (!e.info || e.notCreated) continue;
    const ns = e.info.namespace;
    const ctrl = e.controller ? `${ns}/${e.controller.kind}/${e.controller.name}` : null;
    out.push({ namespace: ns, name: e.info.name, labels: e.info.labels, running: e.status === 'Scheduled' || e.status === 'Bound', deleting: e.info.deleting, controller: ctrl ? { key: ctrl, replicas: sim.controllerScale.get(ctrl) ?? 1 } : null });
  }
  return out;
}

export interface ScaleResult {
  workload: { kind: string; namespace: string; name: string };
  from: number;
  to: number;
  /** `ns/name` of the pods created or deleted. */
  added: string[];
  removed: string[];
  after: SimulationResult;
}

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

/**
 * Scales a workload of the manifest on the simulated cluster, as its controller would: new pods are
 * queued; when scaling down, a ReplicaSet deletes Pending pods first, then pods on the nodes with
 * the most replicas, newest first; a StatefulSet deletes the highest ordinals.
 */
export function simulateScale(input: WorldInput | World, target: { kind: string; name: string; namespace?: string }, replicas: number, options: SimulateOptions = {}): ScaleResult {
  if (!Number.isInteger(replicas) || replicas < 0) throw new WhatIfError('scheduler.whatif.badReplicas', { replicas: String(replicas) });
  const sim = new Simulation(input, options).run();
  const ns = target.namespace ?? 'default';
  const doc = sim.world.workloads.find((d) => d.obj.kind === target.kind && (d.obj.metadata as { name?: string })?.name === target.name && ((d.obj.metadata as { namespace?: string })?.namespace || 'default') === ns);
  if (!doc) throw new WhatIfError('scheduler.whatif.noWorkload', { workload: `${target.kind}/${target.name}` });
  if (!SCALABLE.has(target.kind)) throw new WhatIfError('scheduler.whatif.notScalable', { kind: target.kind });
  const alive = sim.entries.filter((e) => e.workload?.kind === target.kind && e.workload.name === target.name && e.workload.namespace === ns && e.status !== 'Preempted' && e.status !== 'Rejected' && !e.notCreated);
  const from = alive.length;
  const added: string[] = [];
  const removed: string[] = [];
  if (replicas > from) {
    const nodes = sim.world.nodes.map((n) => n.node);
    const exp = sim.expand(doc.obj, doc.source, nodes, replicas);
    const existing = new Set(sim.entries.map(keyOf));
    const wr = sim.workloads.find((w) => w.kind === target.kind && w.name === target.name && w.namespace === ns);
    for (const seed of exp.seeds) {
      if (added.length >= replicas - from) break;
      const k = `${ns}/${seed.pod.metadata?.name}`;
      if (existing.has(k)) continue;
      const e = sim.newEntry(seed.pod, { ...seed, waitsFor: undefined });
      wr?.pods.push(k);
      sim.admit(e);
      added.push(k);
    }
    for (const seed of exp.seeds) if (seed.controller) sim.controllerScale.set(`${ns}/${seed.controller.kind}/${seed.controller.name}`, replicas);
    sim.loop();
  } else if (replicas < from) {
    const perNode = new Map<string, number>();
    for (const e of alive) if (e.node) perNode.set(e.node, (perNode.get(e.node) ?? 0) + 1);
    const order = alive.slice().sort((a, b) => {
      if (target.kind === 'StatefulSet') return ordinal(b) - ordinal(a);
      const pa = a.status === 'Pending' ? 0 : 1;
      const pb = b.status === 'Pending' ? 0 : 1;
      if (pa !== pb) return pa - pb;
      const ca = perNode.get(a.node ?? '') ?? 0;
      const cb = perNode.get(b.node ?? '') ?? 0;
      if (ca !== cb) return cb - ca;
      return b.seq - a.seq;
    });
    for (const e of order.slice(0, from - replicas)) {
      if (e.info) {
        sim.scheduler.unnominate(e.info);
        sim.cluster.removePod(e.info);
      }
      e.queued = false;
      e.notCreated = true;
      removed.push(keyOf(e));
    }
    sim.loop();
  }
  return { workload: { kind: target.kind, namespace: ns, name: target.name }, from, to: replicas, added, removed, after: sim.result() };
}

function ordinal(e: SimulationEntry): number {
  const m = /-(\d+)$/.exec(e.pod.metadata?.name ?? '');
  return m ? Number(m[1]) : 0;
}

export interface NodesNeededResult {
  /** The smallest number of extra nodes that lets every pod that can fit on the shape fit; 0 when nothing is Pending; null when even `max` nodes do not. */
  nodesNeeded: number | null;
  template: { name: string; labels: Record<string, string>; allocatable: Record<string, string>; zones: string[] };
  /** Pods Pending before. */
  pending: string[];
  /** Pending pods that no number of such nodes helps, with the reason on an empty node of the shape. */
  unfit: Array<{ pod: string; message: string }>;
  /** The cluster with the extra nodes (null when none helps). */
  after: SimulationResult | null;
  /** How many extra nodes were tried, in order. */
  tried: number[];
}

/**
 * The cluster autoscaler's question: the fewest extra nodes shaped like `template` (default: the
 * first node without NoSchedule/NoExecute taints) so that every Pending pod that would fit on such a
 * node gets scheduled. New nodes rotate through the zones of the nodes with the template's shape
 * (like `--balance-similar-node-groups`).
 */
export function findNodesNeeded(input: WorldInput | World, options: SimulateOptions & { template?: Node; max?: number } = {}): NodesNeededResult {
  const world = 'manifests' in input ? buildWorld(input) : input;
  const base = new Simulation(world, { ...options, explain: 'none' }).run();
  const baseResult = base.result();
  const pendingPods = baseResult.pods.filter((p) => p.status === 'Pending' && p.reason === 'Unschedulable');
  const pending = pendingPods.map((p) => `${p.namespace}/${p.name}`);
  const template = options.template ?? pickTemplate(world);
  let tmplModel: ReturnType<typeof nodeModel> | null = null;
  try {
    tmplModel = template ? nodeModel(template) : null;
  } catch {
    tmplModel = null; // the template is a node the simulation left out (see its problems)
  }
  const zones = template ? zonesLike(world, template) : [];
  const info = {
    name: template?.metadata?.name ?? '',
    labels: { ...((template?.metadata?.labels as Record<string, string>) ?? {}) },
    allocatable: tmplModel?.allocatableText ?? {},
    zones,
  };
  const result: NodesNeededResult = { nodesNeeded: 0, template: info, pending, unfit: [], after: null, tried: [] };
  if (pending.length === 0 || !template) {
    result.nodesNeeded = pending.length === 0 ? 0 : null;
    return result;
  }
  // Which pending pods fit an empty node of the shape at all (the autoscaler's first check)?
  const probe = new Simulation({ ...world, nodes: [{ node: extraNode(template, 1, zones), source: null }], clusterPods: [] }, { ...options, explain: 'none' }).run().result();
  const fitsAlone = new Set<string>();
  for (const p of pendingPods) {
    const twin = probe.pods.find((q) => q.namespace === p.namespace && (q.name === p.name || sameWorkload(q, p)));
    if (twin && twin.status === 'Scheduled') fitsAlone.add(`${p.namespace}/${p.name}`);
    else if (twin) result.unfit.push({ pod: `${p.namespace}/${p.name}`, message: twin.message });
  }
  const goal = pendingPods.filter((p) => fitsAlone.has(`${p.namespace}/${p.name}`));
  if (goal.length === 0) {
    result.nodesNeeded = null;
    return result;
  }
  const max = Math.min(options.max ?? Math.min(200, goal.length), MAX_EXTRA_NODES);
  const done = (r: SimulationResult): boolean => {
    // Every pod the shape can hold is scheduled (replacement names differ; count by workload).
    const stillPending = r.pods.filter((p) => p.status === 'Pending' && p.reason === 'Unschedulable');
    return !stillPending.some((p) => goal.some((g) => g.namespace === p.namespace && (g.name === p.name || sameWorkload(g, p))));
  };
  const attempt = (k: number): SimulationResult => {
    result.tried.push(k);
    const extra = Array.from({ length: k }, (_, i) => ({ node: extraNode(template, i + 1, zones), source: null }));
    return new Simulation({ ...world, nodes: [...world.nodes, ...extra] }, { ...options, explain: 'none' }).run().result();
  };
  const found = (k: number, r: SimulationResult) => {
    result.nodesNeeded = k;
    result.after = r;
    return result;
  };
  // Fewer nodes than the goal's requests need cannot do: start there (nothing to simulate when even `max` is short).
  const from = Math.max(1, capacityBound(goal, baseResult, tmplModel));
  if (from > max) {
    result.nodesNeeded = null;
    return result;
  }
  // Exact, one by one, near the bound, where answers are; then steps that double until one is
  // enough, and halving back between it and the last that was not (assuming, as the cluster
  // autoscaler does, that more nodes never place fewer pods): a few dozen simulations at most.
  let failed = from - 1;
  for (let k = from; k <= Math.min(max, from + LINEAR_STEPS - 1); k++) {
    const r = attempt(k);
    if (done(r)) return found(k, r);
    failed = k;
  }
  let step = LINEAR_STEPS;
  let enough: { k: number; r: SimulationResult } | null = null;
  while (!enough && failed < max) {
    const k = Math.min(max, failed + step);
    const r = attempt(k);
    if (done(r)) enough = { k, r };
    else failed = k;
    step *= 2;
  }
  if (!enough) {
    result.nodesNeeded = null;
    return result;
  }
  while (enough.k - failed > 1) {
    const k = Math.floor((failed + enough.k) / 2);
    const r = attempt(k);
    if (done(r)) enough = { k, r };
    else failed = k;
  }
  return found(enough.k, enough.r);
}

/** At most this many extra nodes are tried, whatever `max` asks (each try is a whole simulation). */
export const MAX_EXTRA_NODES = 1000;
/** Extra node counts tried one by one from the capacity bound before the search takes bigger steps. */
const LINEAR_STEPS = 8;

/**
 * The fewest extra nodes of the template's size that give the goal pods the CPU, memory and pod
 * slots they request beyond what the cluster has free: no smaller number can place them.
 */
function capacityBound(goal: readonly PodResult[], base: SimulationResult, template: ReturnType<typeof nodeModel> | null): number {
  if (!template) return 1;
  const need = { cpu: 0, memory: 0, pods: goal.length };
  for (const p of goal) {
    try {
      const r = resourceList(p.requests);
      need.cpu += r.milliCPU;
      need.memory += r.memory;
    } catch {
      // a request the simulation already rejected: no bound from it
    }
  }
  const free = { cpu: 0, memory: 0, pods: 0 };
  for (const n of base.nodes) {
    free.cpu += Math.max(0, n.usage.cpu[1] - n.usage.cpu[0]);
    free.memory += Math.max(0, n.usage.memory[1] - n.usage.memory[0]);
    free.pods += Math.max(0, n.usage.pods[1] - n.usage.pods[0]);
  }
  const a = template.allocatable;
  const per = (needed: number, available: number, size: number) => (size > 0 && needed > available ? Math.ceil((needed - available) / size) : 0);
  return Math.max(per(need.cpu, free.cpu, a.milliCPU), per(need.memory, free.memory, a.memory), per(need.pods, free.pods, a.pods));
}

function sameWorkload(a: { owner: { kind: string; name: string } | null }, b: { owner: { kind: string; name: string } | null }): boolean {
  return a.owner !== null && b.owner !== null && a.owner.kind === b.owner.kind && a.owner.name === b.owner.name;
}

function pickTemplate(world: World): Node | null {
  const ok = world.nodes.find((n) => !(n.node.spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !n.node.spec?.unschedulable);
  return (ok ?? world.nodes[0])?.node ?? null;
}

const ZONE = 'topology.kubernetes.io/zone';

/** The zones of the nodes shaped like the template (same instance type and allocatable). */
function zonesLike(world: World, template: Node): string[] {
  const shape = (n: Node) => JSON.stringify([n.metadata?.labels?.['node.kubernetes.io/instance-type'] ?? '', n.status?.allocatable ?? n.status?.capacity ?? {}]);
  const want = shape(template);
  const zones: string[] = [];
  for (const { node } of world.nodes) {
    const z = node.metadata?.labels?.[ZONE];
    if (z && shape(node) === want && !zones.includes(z)) zones.push(z);
  }
  return zones;
}

/** A copy of the template as a new, empty node `<template>-extra-<i>`. */
function extraNode(template: Node, i: number, zones: readonly string[]): Node {
  const n = JSON.parse(JSON.stringify(template)) as Node;
  const name = `${template.metadata?.name ?? 'node'}-extra-${i}`;
  n.metadata = { name, labels: { ...(template.metadata?.labels ?? {}), 'kubernetes.io/hostname': name } };
  if (zones.length > 0) {
    const z = zones[(i - 1) % zones.length];
    n.metadata.labels![ZONE] = z;
    if (n.metadata.labels!['failure-domain.beta.kubernetes.io/zone'] !== undefined) n.metadata.labels!['failure-domain.beta.kubernetes.io/zone'] = z;
  }
  delete n.status?.images;
  return n;
}
