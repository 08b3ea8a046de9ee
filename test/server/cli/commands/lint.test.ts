import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../../server/src/cli/main';
import { runIn } from '../helpers';

const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n';
const fine = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n';
const workflow = 'on: push\njobs:\n  build: [\n';

describe('kube-guide lint', () => {
  it('prints findings as file:line:col with a summary, and exits 1 on errors', async () => {
    const r = await runIn({ 'k8s/pod.yaml': broken, 'k8s/cm.yaml': fine, '.github/ci.yml': workflow }, ['lint', '.']);
    assert.equal(r.code, 1);
    assert.equal(r.err, '');
    assert.equal(
      r.out,
      'k8s/pod.yaml:5:3: error yaml/DUPLICATE_KEY: YAML syntax error: Map keys must be unique\n' +
        '1 errors, 0 warnings, 0 notes in 3 files\n',
    );
  });

  it('exits 0 when nothing is an error', async () => {
    const r = await runIn({ 'cm.yaml': fine }, ['lint', 'cm.yaml']);
    assert.equal(r.code, 0);
    assert.equal(r.out, '0 errors, 0 warnings, 0 notes in 1 files\n');
  });

  it('gives JSON findings in the documented shape', async () => {
    const r = await runIn({ 'pod.yaml': broken }, ['lint', '--format', 'json', 'pod.yaml']);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.out), [
      {
        file: 'pod.yaml',
        range: { start: { line: 4, character: 2 }, end: { line: 4, character: 6 } },
        severity: 'error',
        code: 'yaml/DUPLICATE_KEY',
        message: 'YAML syntax error: Map keys must be unique',
        source: 'Kube Guide',
      },
    ]);
  });

  it('gives SARIF 2.1.0 with 1-based regions', async () => {
    const r = await runIn({ 'a b/pod.yaml': broken }, ['lint', '--format=sarif', 'a b']);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'kube-guide');
    assert.deepEqual(run.tool.driver.rules, [{ id: 'yaml/DUPLICATE_KEY' }]);
    assert.deepEqual(run.results, [
      {
        ruleId: 'yaml/DUPLICATE_KEY',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'YAML syntax error: Map keys must be unique' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'a%20b/pod.yaml' },
              region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 7 },
            },
          },
        ],
      },
    ]);
  });

  it('speaks Korean', async () => {
    const r = await runIn({ 'pod.yaml': broken }, ['lint', 'pod.yaml'], 'ko');
    assert.equal(r.out, 'pod.yaml:5:3: error yaml/DUPLICATE_KEY: YAML 문법 오류: 맵의 키가 중복되었다\n파일 1개: 오류 1개, 경고 0개, 참고 0개\n');
  });

  it('skips binary files found in folders but reads a named file whatever its name', async () => {
    const r = await runIn({ 'dir/x.yaml': Buffer.from([0, 1, 2, 0]), 'manifest.txt': broken }, ['lint', 'dir', 'manifest.txt']);
    assert.match(r.out, /^manifest\.txt:5:3: error yaml\/DUPLICATE_KEY/);
    assert.match(r.out, /in 1 files\n$/);
  });

  it('takes a preset and per-rule severities, and lints the files together', async () => {
    const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n        securityContext: {runAsNonRoot: true}\n        resources: {requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}\n        readinessProbe: {tcpSocket: {port: 80}}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
    const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 5\n';
    const alone = await runIn({ 'deploy.yaml': deploy }, ['lint', 'deploy.yaml']);
    assert.match(alone.out, /^deploy\.yaml:5:1: warning manifest\/single-replica: /);
    // With the HPA in the same run, the HPA decides the replicas: no finding.
    assert.equal((await runIn({ 'deploy.yaml': deploy, 'hpa.yaml': hpa }, ['lint', '.'])).out, '0 errors, 0 warnings, 0 notes in 2 files\n');
    const raised = await runIn({ 'deploy.yaml': deploy }, ['lint', '--rule', 'manifest/single-replica=error', '--preset=minimal', 'deploy.yaml']);
    assert.equal(raised.code, 1);
    assert.match(raised.out, /error manifest\/single-replica/);
    assert.equal((await runIn({ 'deploy.yaml': deploy }, ['lint', '--rule=manifest/single-replica=off', 'deploy.yaml'])).code, 0);
  });

  it('measures requests against the cluster file given with --cluster', async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: a:1\n    securityContext: {runAsNonRoot: true}\n    resources: {requests: {cpu: "6", memory: 1Gi}, limits: {memory: 1Gi}}\n';
    const nodes = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata: {name: big}\n  status: {allocatable: {cpu: "8", memory: 32Gi, pods: "110"}}\n';
    const byDefault = await runIn({ 'pod.yaml': pod }, ['lint', 'pod.yaml']);
    assert.match(byDefault.out, /warning manifest\/requests-exceed-nodes: The pod requests 6 of cpu, more than any node of the default cluster offers \(at most 4, on worker-1\)/);
    const mine = await runIn({ 'pod.yaml': pod, 'cluster/nodes.yaml': nodes }, ['lint', '--cluster', 'cluster/nodes.yaml', 'pod.yaml']);
    assert.equal(mine.out, '0 errors, 0 warnings, 0 notes in 1 files\n');
  });

  it('describes known rules in SARIF (description, docs, default level)', async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: a\n    securityContext: {runAsNonRoot: true}\n    resources: {requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}\n';
    const sarif = JSON.parse((await runIn({ 'pod.yaml': pod }, ['lint', '--format', 'sarif', 'pod.yaml'])).out);
    assert.deepEqual(sarif.runs[0].tool.driver.rules, [
      {
        id: 'manifest/latest-tag',
        shortDescription: { text: 'An image with no tag or the `latest` tag' },
        helpUri: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
        defaultConfiguration: { level: 'warning' },
      },
    ]);
  });

  for (const [name, argv, expected] of [
    ['a missing cluster file', ['lint', '--cluster', 'nodes.yaml', '.'], 'kube-guide: nodes.yaml: no such file or folder\n'],
    ['a bad preset', ['lint', '--preset', 'loose', '.'], 'kube-guide: --preset must be minimal, recommended or strict (got "loose")\n'],
    ['a bad rule setting', ['lint', '--rule', 'manifest/x', '.'], 'kube-guide: --rule takes ID=SEVERITY, with off, hint, information, warning or error (got "manifest/x")\n'],
    ['a missing path', ['lint', 'nope.yaml'], 'kube-guide: nope.yaml: no such file or folder\n'],
    ['no path', ['lint'], 'kube-guide lint: give at least one file or folder\n'],
    ['a bad format', ['lint', '--format', 'xml', '.'], 'kube-guide: --format must be text, json or sarif (got "xml")\n'],
    ['a missing format value', ['lint', '--format'], 'kube-guide: --format must be text, json or sarif (got "")\n'],
    ['an unknown flag', ['lint', '--fix', '.'], 'kube-guide: unknown option "--fix" (see kube-guide --help)\n'],
    ['a device (/dev/zero never ends)', ['lint', '/dev/zero'], 'kube-guide: /dev/zero: not a regular file\n'],
    ['a device as the cluster file', ['lint', '--cluster', '/dev/zero', '.'], 'kube-guide: /dev/zero: not a regular file\n'],
  ] as const) {
    it(`rejects ${name} with one line and exit 2`, async () => {
      const r = await runIn({}, [...argv]);
      assert.deepEqual(r, { code: 2, out: '', err: expected });
    });
  }
});

describe('kube-guide lint on a folder with things that are not files', () => {
  // A FIFO or a link to /dev/zero named like a manifest would block or never end if read.
  it('skips a FIFO and a link to /dev/zero found in a folder', { skip: spawnSync('mkfifo', ['--version']).status !== 0 && 'no mkfifo' }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kube-guide-lint-'));
    try {
      writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  name: q\n');
      assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.yaml')]).status, 0);
      symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
      let out = '';
      const code = await runCli(['lint', dir], { locale: 'en', cwd: dir, env: {}, out: (s) => (out += s), err: (s) => (out += s) });
      assert.equal(code, 1);
      assert.match(out, /pod\.yaml:5:3: error yaml\/DUPLICATE_KEY/);
      assert.doesNotMatch(out, /fifo|zero/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

