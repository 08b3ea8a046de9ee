/**
 * Property-based fuzzing of the scheduling simulation as the editor asks for it
 * (`simulationResponse`: the engine, what-ifs, ranges, text report, diagnostics): mutated
 * workloads and cluster files, absurd sizes and quantities. No exception but the documented
 * WhatIfError for a node that is not there, an answer within the budget, a result that survives
 * JSON, every source range inside its file, and the number of pods bounded.
 */
import fc from 'fast-check';
import { after, describe, it } from 'node:test';
import { LineIndex } from '../../server/src/common/text';
import { WhatIfError } from '../../server/src/scheduler/whatif';
import { simulationResponse, type SimulationRequest, type WhatIf } from '../../server/src/service/simulation';
import { yamlSeeds } from './lib/corpus';
import { mutatedArb, YAML_TOKENS, type FuzzText } from './lib/mutate';
import { assertProperty, checkJson, checkRange, fail, FUZZ, Stats } from './lib/oracle';

const stats = new Stats('simulate');
after(() => stats.write());

/** Tokens that reach the scheduler's input: sizes, quantities, selectors, taints, priorities. */
const SCHEDULER_TOKENS = [
  ...YAML_TOKENS,
  'replicas: 100000', 'replicas: -3', 'replicas: 1e9', 'parallelism: 99999', 'completions: 0', 'cpu: 1e400', 'cpu: "-1"', 'memory: 1Ei', 'memory: 0.000001',
  'pods: "0"', 'pods: 1e9', 'nvidia.com/gpu: 1', 'hugepages-2Mi: 1Gi', 'ephemeral-storage: 1Ti', 'priority: 2147483647', 'priority: -2147483648',
  'topologySpreadConstraints: [{maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}]', 'maxSkew: 1000000',
  'podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: "", labelSelector: {}}]}',
  'tolerations: [{operator: Exists}]', 'taints: [{key: k, effect: NoExecute}]', 'effect: Bogus', 'operator: Gt', 'values: ["x"]',
  'schedulingGates: [{name: g}]', 'nodeName: nowhere', 'schedulerName: other', 'preemptionPolicy: Never', 'minAvailable: 200%', 'maxUnavailable: -1',
  'kind: Node', 'kind: PriorityClass', 'kind: PodDisruptionBudget', 'kind: StatefulSet', 'kind: DaemonSet', 'kind: Job', 'kind: CronJob', 'kind: ReplicaSet',
  'allocatable:', 'capacity:', 'unschedulable: true', 'overhead: {cpu: 1}', 'initContainers:', 'restartPolicy: Always',
];

const workloads = yamlSeeds();
const clusters = workloads.filter((s) => /kind: (Node|List)/.test(s.text));

interface Case {
  manifests: FuzzText[];
  cluster: FuzzText | null;
  whatIf: 'none' | 'fail' | 'drain' | 'needed';
  node: number;
  max: number;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  manifests: fc.array(mutatedArb(workloads, SCHEDULER_TOKENS, 6), { minLength: 1, maxLength: 3 }),
  cluster: fc.option(mutatedArb(clusters, SCHEDULER_TOKENS, 4), { freq: 3 }),
  whatIf: fc.constantFrom('none' as const, 'none' as const, 'fail' as const, 'drain' as const, 'needed' as const),
  node: fc.nat(20),
  max: fc.constantFrom(1, 3, 100, 1e9, -1),
});

/** Absolute offsets of every `source` in the result, with their file. */
function sources(value: unknown, out: { uri: string; start: number; end: number; range?: unknown }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => sources(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.uri === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push(o as never);
    for (const v of Object.values(o)) sources(v, out);
  }
  return out;
}

describe('fuzzing the scheduling simulation', () => {
  it('simulates mutated workloads on mutated clusters, with what-ifs', () => {
    assertProperty(
      'simulation',
      fc.property(caseArb, (c) => {
        stats.cases++;
        const manifests = c.manifests.map((m, i) => ({ uri: `file:///fuzz/m${i}.yaml`, text: m.text }));
        const cluster = c.cluster ? { uri: 'file:///fuzz/cluster.yaml', text: c.cluster.text } : null;
        const texts = new Map([...manifests, ...(cluster ? [cluster] : [])].map((m) => [m.uri, m.text]));
        const origin = JSON.stringify(c).slice(0, 300);
        const input = { text: [...texts.values()].join('\n'), origin };
        const base: SimulationRequest = { manifests, cluster };
        const plain = stats.request('simulate', input, () => simulationResponse(base, 'en'));
        checkJson('simulate', plain);
        const nodes = plain.result.nodes.map((n) => n.name);
        let whatIf: WhatIf | undefined;
        if (c.whatIf === 'fail' || c.whatIf === 'drain') whatIf = { kind: 'nodeFailure', node: nodes[c.node % Math.max(1, nodes.length)] ?? 'none', mode: c.whatIf === 'drain' ? 'drain' : 'remove' };
        if (c.whatIf === 'needed') whatIf = { kind: 'nodesNeeded', max: c.max };
        let response = plain;
        if (whatIf) {
          try {
            response = stats.request(`what-if ${whatIf.kind}`, input, () => simulationResponse({ ...base, whatIf }, 'ko'));
          } catch (e) {
            if (!(e instanceof WhatIfError)) throw e;
            return;
          }
          checkJson('what-if', response);
        }
        if (response.result.pods.length > 50_000) fail('simulate', `${response.result.pods.length} pods`);
        for (const s of sources(response)) {
          const text = texts.get(s.uri);
          if (text === undefined) continue;
          if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) fail('simulate', 'source offsets outside the file', s);
          if (s.range) checkRange('simulate', new LineIndex(text), s.range as never, 'source range');
        }
        for (const { uri, diagnostics } of response.diagnostics) {
          const lines = new LineIndex(texts.get(uri) ?? '');
          for (const d of diagnostics) checkRange('simulation diagnostics', lines, d.range);
        }
      }),
      FUZZ.runs(300),
    );
  });
});
