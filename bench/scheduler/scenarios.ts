/**
 * The scheduler benchmark's scenarios (run by `bench/scheduler.bench.ts`, bundled with esbuild as
 * the product ships): 10,000 pods on 5,000 nodes as kube-scheduler's scheduler_perf measures it —
 * SchedulingBasic, TopologySpreading, PreferredTopologySpreading, pod anti-affinity — with the
 * default node sampling. One scenario per process (`BENCH_CHILD=<name>`), so its peak memory is its
 * own; it prints one JSON line.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { Simulation } from '../../server/src/scheduler/simulation';
import type { World } from '../../server/src/scheduler/input/world';
import { SYSTEM_PRIORITY_CLASSES } from '../../server/src/scheduler/input/admission';

const NODES = Number(process.env.BENCH_NODES ?? 5000);
const PODS = Number(process.env.BENCH_PODS ?? 10000);
const ZONES = 3;

interface Scenario {
  name: string;
  title: string;
  /** kube-scheduler's scheduler_perf CI threshold (pods/s) for the comparable case. */
  threshold: number;
  pod(i: number): Pod;
}

const base = (i: number, labels: Record<string, string>): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `pod-${i}`, namespace: 'default', labels },
  spec: { containers: [{ name: 'c', image: 'registry.k8s.io/pause:3.10', resources: { requests: { cpu: '100m', memory: '500Mi' } } }] },
});

const scenarios: Scenario[] = [
  { name: 'plain', title: 'SchedulingBasic', threshold: 680, pod: (i) => base(i, { app: 'plain' }) },
  {
    name: 'spread',
    title: 'TopologySpreading (DoNotSchedule, zone)',
    threshold: 85,
    pod: (i) => {
      const p = base(i, { color: 'blue' });
      p.spec!.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { color: 'blue' } } }];
      return p;
    },
  },
  {
    name: 'preferred',
    title: 'PreferredTopologySpreading (ScheduleAnyway, zone)',
    threshold: 125,
    pod: (i) => {
      const p = base(i, { color: 'blue' });
      p.spec!.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { color: 'blue' } } }];
      return p;
    },
  },
  {
    name: 'antiaffinity',
    title: 'required pod anti-affinity (hostname, groups of 10)',
    threshold: 125,
    pod: (i) => {
      const group = `g${Math.floor(i / 10)}`;
      const p = base(i, { group });
      p.spec!.affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { group } }, topologyKey: 'kubernetes.io/hostname' }] } };
      return p;
    },
  },
];

function node(i: number): Node {
  const name = `node-${i}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': `zone-${i % ZONES}` } },
    status: { allocatable: { cpu: '4', memory: '32Gi', pods: '110' } },
  };
}

function world(s: Scenario): World {
  return {
    clusterSource: 'file',
    nodes: Array.from({ length: NODES }, (_, i) => ({ node: node(i), source: null })),
    clusterPods: [],
    workloads: Array.from({ length: PODS }, (_, i) => ({ obj: s.pod(i) as never, source: { uri: 'bench', docIndex: i, start: 0, end: 0 } })),
    priorityClasses: new Map(SYSTEM_PRIORITY_CLASSES.map((c) => [c.name, c])),
    pdbs: [],
    selectorSources: [],
    namespaces: new Map(),
    problems: [],
  };
}

function runOne(name: string): void {
  const s = scenarios.find((x) => x.name === name)!;
  const w = world(s);
  const t0 = performance.now();
  const sim = new Simulation(w, { explain: 'none' });
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  sim.run();
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const r = sim.result();
  const scheduled = r.summary.scheduled;
  const seconds = (t2 - t1) / 1000;
  // CPU time of this process: less disturbed than wall time when the machine is shared.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = PODS / cpuSeconds;
  const target = s.threshold * 5;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      scenario: s.name,
      title: s.title,
      pods: PODS,
      nodes: NODES,
      scheduled,
      setupMs: Math.round(t1 - t0),
      seconds: Number(seconds.toFixed(3)),
      cpuSeconds: Number(cpuSeconds.toFixed(3)),
      podsPerSecond: Math.round(rate),
      wallPodsPerSecond: Math.round(PODS / seconds),
      target,
      ok: rate >= target && scheduled === PODS,
      peakRssMB: Math.round(rss),
    }),
  );
}

export const SCENARIOS = scenarios.map((s) => ({ name: s.name, title: s.title, threshold: s.threshold }));

if (process.env.BENCH_CHILD) runOne(process.env.BENCH_CHILD);
