/**
 * Every feature of the language service on each pathological input (lib/pathological.ts): no
 * exception, every position inside the document, and an answer within a budget. The budget is a
 * fuzz oracle against freezes, not a performance target: it scales with the time a plain parse of
 * the same text takes on this machine right now (20×, at least the base budget), so a loaded CI
 * machine does not fail it while a quadratic or exponential path (minutes) always does.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { after, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { getLanguageService } from '../../server/src/service';
import { simulationResponse, type SimulationRequest } from '../../server/src/service/simulation';
import { checkJson } from './lib/oracle';
import { driveAll } from './lib/drive';
import { FUZZ, Stats } from './lib/oracle';
import { PATHOLOGICAL } from './lib/pathological';

const stats = new Stats('pathological');
after(() => stats.write());

/** The time of a plain parse of `text`: what any linear feature costs at least. */
function referenceMs(text: string, languageId: string): number {
  const t0 = performance.now();
  if (languageId === 'dockerfile') DockerfileParser.parse(text);
  else parseAllDocuments(text, { uniqueKeys: false });
  return performance.now() - t0;
}

describe('pathological input', () => {
  for (const p of PATHOLOGICAL) {
    it(p.name, () => {
      const text = p.text();
      const budget = Math.max(FUZZ.budgetMs, 20 * referenceMs(text, p.languageId));
      const saved = FUZZ.budgetMs;
      FUZZ.budgetMs = budget;
      try {
        stats.cases++;
        const service = getLanguageService({ locale: 'en' });
        driveAll(service, { uri: p.uri, languageId: p.languageId, text, origin: p.name }, [{ frac: 5000 }, { frac: 9999 }, { line: 3, character: 4 }], stats);
      } finally {
        FUZZ.budgetMs = saved;
      }
    });
  }
});

/** Absurd sizes for the simulation: each once hung or ran the server out of memory. */
const deployment = (name: string, replicas: number | string, cpu = '10m') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers: [{name: c, image: "x:1", resources: {requests: {cpu: "${cpu}", memory: 1Mi}}}]\n`;
const PDB = 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: {minAvailable: 1, selector: {matchLabels: {app: a}}}\n';
const manifests = (text: string) => [{ uri: 'file:///pathological/m.yaml', text }];
const SIMULATIONS: { name: string; request: () => SimulationRequest }[] = [
  { name: 'a Deployment of 1e9 replicas', request: () => ({ manifests: manifests(deployment('a', '1e9')), cluster: null }) },
  { name: '5,000 pending replicas under a PodDisruptionBudget', request: () => ({ manifests: manifests(`${deployment('a', 5000)}---\n${PDB}`), cluster: null }) },
  { name: '200 Deployments of 5,000 replicas', request: () => ({ manifests: manifests(Array.from({ length: 200 }, (_, i) => deployment(`d${i}`, 5000)).join('---\n')), cluster: null }) },
  {
    name: 'a cluster file of 12,000 nodes',
    request: () => ({
      manifests: manifests(deployment('a', 100)),
      cluster: { uri: 'file:///pathological/cluster.yaml', text: Array.from({ length: 12000 }, (_, i) => `---\napiVersion: v1\nkind: Node\nmetadata: {name: n${i}}\nstatus: {allocatable: {cpu: "4", memory: 16Gi, pods: "110"}}\n`).join('') },
    }),
  },
  { name: 'nodes needed for 5,000 replicas of 3 CPUs, up to 1e9 nodes', request: () => ({ manifests: manifests(deployment('a', 5000, '3')), cluster: null, whatIf: { kind: 'nodesNeeded', max: 1e9 } }) },
];

describe('pathological simulations', () => {
  for (const sim of SIMULATIONS) {
    it(sim.name, () => {
      const saved = FUZZ.budgetMs;
      // A whole simulation, not one keystroke's request: a budget against hangs (minutes before the fixes).
      FUZZ.budgetMs = Math.max(saved, 60_000);
      try {
        stats.cases++;
        const request = sim.request();
        const response = stats.request('simulate', { text: request.manifests[0].text, origin: sim.name }, () => simulationResponse(request, 'en'));
        checkJson('simulate', response);
      } finally {
        FUZZ.budgetMs = saved;
      }
    });
  }
});

