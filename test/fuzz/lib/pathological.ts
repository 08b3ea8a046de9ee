/**
 * Named pathological inputs, built in code (nothing large is committed): alias bombs, huge files,
 * deep nesting, long lines, binary, odd line ends, tabs. The fuzz tier runs every feature on each,
 * the protocol tier opens some in the real server, and regression tests name them.
 */

export interface Pathological {
  name: string;
  uri: string;
  languageId: 'yaml' | 'json' | 'dockerfile';
  text: () => string;
}

const HEAD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n';
const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n';

/** Ten levels of ten aliases each: 10^10 nodes if expanded. */
function laughs(indent: string): string {
  let out = `${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let i = 1; i < 10; i++) out += `${indent}l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
  return out;
}

/** A deterministic byte soup (no Math.random: the same bytes every run). */
function bytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const yaml = (name: string, text: () => string, uri = `file:///pathological/${name}.yaml`): Pathological => ({ name, uri, languageId: 'yaml', text });
const docker = (name: string, text: () => string): Pathological => ({ name, uri: `file:///pathological/${name}/Dockerfile`, languageId: 'dockerfile', text });

export const PATHOLOGICAL: Pathological[] = [
  // Alias bombs ("billion laughs"), where each feature might expand them.
  yaml('alias-bomb-in-data', () => `${HEAD}data:\n${laughs('  ')}  x: "*l9"\n`),
  yaml('alias-bomb-as-selector', () => `${DEPLOY}        - name: a\n          image: nginx:1.25\n---\n${laughs('')}---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec:\n  selector:\n    matchLabels: &m {a: b}\n  template:\n    metadata:\n      labels: *m\n`),
  yaml('alias-bomb-in-labels', () => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  x:\n${laughs('    ')}  labels: *l9\n  annotations: *l9\nspec:\n  nodeSelector: *l9\n  containers:\n  - name: a\n    image: nginx:1.25\n    args: *l9\n    env: *l9\n`),
  yaml('alias-bomb-merge-chain', () => {
    let out = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nx:\n  m0: &m0 {a0: 0}\n';
    for (let i = 1; i < 200; i++) out += `  m${i}: &m${i}\n    <<: [*m${i - 1}, *m${i - 1}, *m${i - 1}]\n    a${i}: ${i}\n`;
    return out + 'spec:\n  <<: *m199\n  containers: [{name: a, image: "nginx:1.25"}]\n';
  }),
  yaml('alias-to-its-own-anchor', () => 'apiVersion: v1\nkind: Pod\nmetadata: &m\n  name: p\n  labels: *m\n  <<: *m\nspec: &s\n  <<: *s\n  containers: *s\n'),
  // vscode-yaml #930: 50,000-line files.
  yaml('50000-line-configmap', () => `${HEAD}data:\n${Array.from({ length: 50000 }, (_, i) => `  key-${i}: value-${i}\n`).join('')}`),
  yaml('50000-line-env-list', () => `${DEPLOY}        - name: app\n          image: nginx:1.25\n          env:\n${Array.from({ length: 25000 }, (_, i) => `            - name: VAR_${i}\n              value: "${i}"\n`).join('')}`),
  yaml('10000-documents', () => Array.from({ length: 10000 }, (_, i) => `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  selector: {app: a${i % 7}}\n  ports: [{port: 80}]\n`).join('')),
  yaml('100000-empty-documents', () => '---\n'.repeat(100000)),
  yaml('50000-errors', () => `${HEAD}data:\n${Array.from({ length: 50000 }, (_, i) => `  k${i % 10}: [unclosed ${i}\n`).join('')}`),
  // Deep nesting: the parser and every tree walk must not overflow the stack.
  yaml('flow-nesting-100000', () => `${HEAD}data:\n  x: ${'['.repeat(100000)}${']'.repeat(100000)}\n`),
  yaml('flow-map-nesting-50000', () => `${HEAD}spec: ${'{a: '.repeat(50000)}1${'}'.repeat(50000)}\n`),
  yaml('block-nesting-1000', () => `${HEAD}spec:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('')}`),
  yaml('sequence-nesting-20000', () => `${HEAD}spec:\n  x: ${'- '.repeat(20000)}x\n`),
  yaml('template-nesting', () => `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i + 4)}spec:\n${' '.repeat(2 * i + 6)}template:\n`).join('')}`),
  // Very long lines.
  yaml('2mb-value', () => `${HEAD}data:\n  x: ${'x'.repeat(2_000_000)}\n`),
  yaml('100k-key', () => `${HEAD}data:\n  ${'k'.repeat(100_000)}: v\n`),
  yaml('100k-flow-line', () => `${HEAD}data: {${Array.from({ length: 20000 }, (_, i) => `k${i}: v`).join(', ')}}\n`),
  yaml('long-label-value', () => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${'n'.repeat(100_000)}\n  labels: {app: ${'v'.repeat(100_000)}}\nspec:\n  containers: [{name: a, image: "${'i'.repeat(100_000)}:1"}]\n`),
  // Binary and invalid text.
  yaml('binary', () => bytes(200_000).toString('utf8')),
  yaml('binary-after-head', () => HEAD + bytes(50_000).toString('latin1')),
  yaml('nul-bytes', () => `${HEAD}data:\n  x: "a\u0000b"\n\u0000\u0000: \u0000\n`),
  yaml('lone-surrogates', () => `${HEAD}data:\n  "\ud800": "\udc00\ud800"\n  x: \udfff\n  \ud83d: y\n`),
  // Line ends, BOM, tabs.
  yaml('crlf-bom', () => `\ufeff${DEPLOY}        - name: a\n          image: nginx:1.25\n`.replace(/\n/g, '\r\n')),
  yaml('cr-only', () => `${DEPLOY}        - name: a\n          image: nginx:1.25\n`.replace(/\n/g, '\r')),
  yaml('mixed-line-ends', () => `${DEPLOY}        - name: a\n          image: nginx:1.25\n`.replace(/\n/g, (_, i: number) => ['\n', '\r\n', '\r'][i % 3])),
  yaml('bom-in-the-middle', () => `${HEAD}\ufeff---\ufeff\napiVersion: v1\nkind: Pod\n`),
  yaml('tabs', () => `${DEPLOY}\t- name: a\n\t\timage: nginx:1.25\n\t  resources:\t{}\n`),
  yaml('no-final-newline', () => `${HEAD}data:\n  x: y`),
  // JSON.
  { name: 'json-nesting-100000', uri: 'file:///pathological/deep.json', languageId: 'json', text: () => `{"apiVersion": "v1", "kind": "Pod", "spec": ${'['.repeat(100000)}${']'.repeat(100000)}}` },
  { name: 'json-50000-keys', uri: 'file:///pathological/keys.json', languageId: 'json', text: () => `{"apiVersion": "v1", "kind": "ConfigMap", "data": {${Array.from({ length: 50000 }, (_, i) => `"k${i}": "v"`).join(',\n')}}}` },
  // Dockerfiles.
  docker('50000-line-dockerfile', () => `FROM alpine:3.19\n${Array.from({ length: 50000 }, (_, i) => (i % 3 ? `RUN echo ${i} && apt-get install x${i}\n` : `ENV V${i}=\${V${i - 1}:-x}\n`)).join('')}`),
  docker('10000-continuations', () => `FROM alpine:3.19\nRUN a \\\n${'  && b \\\n'.repeat(10000)}  && c\n`),
  docker('long-run-line', () => `FROM alpine:3.19\nRUN ${Array.from({ length: 20000 }, (_, i) => `cmd${i} "a b" $(sub ${i}) &`).join(' && ')}\n`),
  docker('nested-substitutions', () => `FROM alpine:3.19\nRUN ${'$('.repeat(20000)}x${')'.repeat(20000)}\nARG A=${'${A:-'.repeat(20000)}x${'}'.repeat(20000)}\nENV B=${'${A:+'.repeat(5000)}\n`),
  docker('unclosed-heredocs', () => `FROM alpine:3.19\n${Array.from({ length: 5000 }, (_, i) => `RUN <<EOF${i} <<-X${i}\n`).join('')}`),
  docker('many-stages', () => Array.from({ length: 5000 }, (_, i) => `FROM s${i - 1} AS s${i}\nCOPY --from=s${i - 1} /a /b\n`).join('')),
  docker('binary-dockerfile', () => 'FROM alpine:3.19\n' + bytes(200_000).toString('utf8')),
  docker('2mb-dockerfile-line', () => `FROM alpine:3.19\nRUN echo ${'x'.repeat(2_000_000)}\n`),
];
