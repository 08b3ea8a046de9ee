/**
 * The rules and workspace index benchmark (issue 7), in-process through the language service:
 *
 * - index: reading a generated workspace of N files (Deployment + Service + ConfigMap + HPA each,
 *   cross-referenced) into the workspace index, as the server's background scan does;
 * - lint: every file validated once with every rule on (what `kube-guide lint` does);
 * - edit → diagnostics: a one-character edit in one file, then its diagnostics with the
 *   cross-document rules re-run against the whole index (median and p99);
 * - peak heap.
 *
 * Targets: index 1,000 files in under 3 s; edit → diagnostics p99 under 50 ms.
 *
 *   npm run bench -- rules [--quick]     (results in bench/results/)
 *
 * Figures taken while other work runs on the machine are noisy.
 */
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { defaultSettings } from '../server/src/service/settings';

const QUICK = process.argv.includes('--quick');
const FILES = QUICK ? 200 : 1000;
const EDITS = QUICK ? 40 : 200;
const results = join(__dirname, 'results');

/** One app: a Deployment reading a ConfigMap, a Service selecting it, an HPA scaling it. */
export function appFile(i: number): string {
  const name = `app-${i}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}, tier: web}
    spec:
      containers:
      - name: web
        image: example/${name}:1.${i}
        ports:
        - name: http
          containerPort: 8080
        envFrom:
        - configMapRef: {name: ${name}-config}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {memory: 128Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: {app: ${name}}
  ports:
  - port: 80
    targetPort: http
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
data:
  LOG_LEVEL: info
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: 2
  maxReplicas: 10
`;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];

function run() {
  const service = getLanguageService({ locale: 'en', settings: { ...defaultSettings, preset: 'strict' } });
  const uris = Array.from({ length: FILES }, (_, i) => `file:///bench/apps/app-${i}/manifest.yaml`);
  const texts = uris.map((_, i) => appFile(i));
  let t = performance.now();
  uris.forEach((u, i) => service.workspace.setText(u, texts[i]));
  service.workspace.markComplete();
  const index = performance.now() - t;

  t = performance.now();
  let findings = 0;
  for (let i = 0; i < FILES; i++) findings += service.doValidation(TextDocument.create(uris[i], 'yaml', 1, texts[i])).length;
  const lint = performance.now() - t;

  // Edits in one open file: a character typed in the ConfigMap data, then in the Service selector.
  const target = Math.floor(FILES / 2);
  let doc = TextDocument.create(uris[target], 'yaml', 1, texts[target]);
  service.doValidation(doc);
  const times: number[] = [];
  for (let e = 0; e < EDITS; e++) {
    const text = doc.getText();
    const at = text.indexOf('LOG_LEVEL: info') + 'LOG_LEVEL: info'.length;
    doc = TextDocument.create(doc.uri, 'yaml', doc.version + 1, text.slice(0, at) + (e % 2 ? '' : 'o') + text.slice(at + (e % 2 ? 1 : 0)));
    t = performance.now();
    service.doValidation(doc);
    times.push(performance.now() - t);
  }
  return { files: FILES, docs: FILES * 4, findings, indexMs: index, lintMs: lint, editMedianMs: pct(times, 0.5), editP99Ms: pct(times, 0.99), heapMB: process.memoryUsage().heapUsed / 1e6 };
}

run(); // warm-up (JIT)
const r = run();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`;
const ok = (!QUICK ? r.indexMs < 3000 : true) && r.editP99Ms < 50;
const md = [
  `# Rules and workspace index benchmark${QUICK ? ' (quick)' : ''}`,
  '',
  `${new Date().toISOString()} — ${machine}. Noisy when other work runs on the machine.`,
  '',
  '| Measure | Value | Target |',
  '|---|---|---|',
  `| index ${r.files} files (${r.docs} manifests) | ${r.indexMs.toFixed(0)} ms | < 3000 ms for 1,000 files |`,
  `| lint every file, strict preset (${r.findings} findings) | ${r.lintMs.toFixed(0)} ms | — |`,
  `| edit → diagnostics, median | ${r.editMedianMs.toFixed(1)} ms | — |`,
  `| edit → diagnostics, p99 | ${r.editP99Ms.toFixed(1)} ms | < 50 ms |`,
  `| heap after | ${r.heapMB.toFixed(0)} MB | — |`,
  '',
].join('\n');
console.log(md);
mkdirSync(results, { recursive: true });
const base = QUICK ? 'rules-quick' : 'rules';
writeFileSync(join(results, `${base}.json`), JSON.stringify({ date: new Date().toISOString(), machine, ...r }, null, 2) + '\n');
writeFileSync(join(results, `${base}.md`), md);
process.exitCode = ok ? 0 : 1;
