/**
 * Scheduler throughput: 10,000 pods on 5,000 nodes, as kube-scheduler's scheduler_perf measures it
 * (SchedulingBasic, TopologySpreading, PreferredTopologySpreading, pod anti-affinity), with the
 * default node sampling (percentageOfNodesToScore adaptive: 10% of 5,000 nodes). Each scenario
 * runs in its own process so its peak memory is its own.
 *
 *   node --import tsx bench/scheduler.bench.ts            all scenarios
 *   node --import tsx bench/scheduler.bench.ts plain      one (plain | spread | preferred | antiaffinity)
 *
 * Targets: at least 5× kube-scheduler's CI thresholds (680, 85, 125 pods/s).
 */
import { spawnSync } from 'node:child_process';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { Simulation } from '../server/src/scheduler/simulation';
import type { World } from '../server/src/scheduler/input/world';
import { SYSTEM_PRIORITY_CLASSES } from '../server/src/scheduler/input/admission';

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

const which = process.argv[2];
if (process.env.BENCH_CHILD) {
  runOne(process.env.BENCH_CHILD);
} else {
  const names = which ? [which] : scenarios.map((s) => s.name);
  let failed = 0;
  console.log(`scheduler: ${PODS} pods on ${NODES} nodes, default node sampling (machine shared: figures are noisy)`);
  for (const n of names) {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename], { env: { ...process.env, BENCH_CHILD: n }, encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    let j: { title: string; podsPerSecond: number; wallPodsPerSecond: number; target: number; ok: boolean; peakRssMB: number; seconds: number; cpuSeconds: number; scheduled: number } | null = null;
    try {
      j = JSON.parse(line);
    } catch {
      console.log(`  ${n}: failed\n${r.stderr}`);
      failed++;
      continue;
    }
    console.log(
      `  ${j!.title.padEnd(52)} ${String(j!.podsPerSecond).padStart(7)} pods/s of CPU time (target ≥ ${j!.target}: ${j!.ok ? 'ok' : 'BELOW'}), ${j!.wallPodsPerSecond} pods/s wall, ${j!.cpuSeconds}s CPU, scheduled ${j!.scheduled}/${PODS}, peak RSS ${j!.peakRssMB} MB`,
    );
    if (!j!.ok) failed++;
  }
  process.exitCode = failed ? 1 : 0;
}
