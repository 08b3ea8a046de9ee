/**
 * Fuzzing the command line: any arguments, over files that exist, do not, are folders, devices,
 * broken YAML or binary. Every run ends with exit 0, 1 (findings) or 2 (a user error in one
 * line), never an internal error (70) or a stack trace.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../server/src/cli/main';
import { assertProperty, fail, FUZZ, Stats } from './lib/oracle';

const stats = new Stats('cli');
after(() => stats.write());

const WEB = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: c, image: "nginx:1.25", resources: {requests: {cpu: "1"}}}]\n';
const FILES: Record<string, string | Buffer> = {
  'web.yaml': WEB,
  'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a\n',
  'nodes.yaml': 'apiVersion: v1\nkind: Node\nmetadata: {name: n1}\nstatus: {allocatable: {cpu: "2", memory: 4Gi, pods: "10"}}\n',
  'binary.yaml': Buffer.from([0, 1, 2, 255, 254, 0x0a, 0xc3, 0x28]),
  'Dockerfile': 'FROM ubuntu\nRUN apt-get install curl\n',
  'dir/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}\n',
  'empty.yaml': '',
};

const TOKENS = [
  'lint', 'simulate', 'help', '--help', '-h', '--version', '-v', 'bogus', '--bogus', '-', '--', '',
  '--json', '--format', 'text', 'json', 'sarif', 'xml', '--format=sarif', '--preset', 'strict', 'loose', '--preset=minimal', '--rule', 'manifest/latest-tag=off', 'x=y', '=',
  '--cluster', '--cluster=nodes.yaml', 'nodes.yaml', '--exhaustive', '--explain', 'web', 'Deployment/web', 'nope',
  '--fail-node', 'worker-1', 'n1', '--drain', '--scale', 'Deployment/web=5', 'Deployment/web=999999999', 'web=2', '--nodes-needed', '--max-nodes', '0', '1', '99999999999',
  'web.yaml', 'broken.yaml', 'binary.yaml', 'Dockerfile', 'dir', 'empty.yaml', 'missing.yaml', '.', '/dev/null', '/dev/zero', '/proc/self/mem', '\u0000', '한글.yaml', '%s', '../../../../etc/passwd',
];

describe('fuzzing the command line', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kube-guide-cli-fuzz-'));
    for (const [name, content] of Object.entries(FILES)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers any arguments with exit 0, 1 or 2, and a user error in one line', async () => {
    await assertPropertyAsync(
      fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 7 }), fc.constantFrom('en' as const, 'ko' as const), async (argv, locale) => {
        stats.cases++;
        let out = '';
        let err = '';
        const t0 = performance.now();
        const code = await runCli(argv, { locale, cwd: dir, env: {}, out: (s) => (out += s), err: (s) => (err += s) });
        const ms = performance.now() - t0;
        stats.requests++;
        if (ms > stats.slowest.ms) stats.slowest = { feature: `kube-guide ${argv.join(' ')}`, ms: Math.round(ms), chars: 0, origin: argv.join(' ') };
        if (![0, 1, 2].includes(code)) fail('cli', `exit ${code} for ${JSON.stringify(argv)}`, err);
        if (/\n\s+at /.test(err)) fail('cli', `a stack trace for ${JSON.stringify(argv)}`, err);
        if (code === 2 && err.trim().split('\n').length !== 1) fail('cli', `a user error in more than one line for ${JSON.stringify(argv)}`, err);
        if (code === 2 && out !== '') fail('cli', `output on a user error for ${JSON.stringify(argv)}`, out.slice(0, 200));
      }),
      FUZZ.runs(150),
    );
  });
});

/** `assertProperty` for async properties (the CLI is async). */
async function assertPropertyAsync<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { seed: FUZZ.seed, numRuns });
  if (!details.failed) return;
  assertProperty('cli', fc.property(fc.constant(details.counterexample), () => {
    throw details.errorInstance;
  }), 1);
}
