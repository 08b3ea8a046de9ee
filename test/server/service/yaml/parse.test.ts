import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, type Node } from 'yaml';
import { lineStartsOf } from '../../../../server/src/common/text';
import { walk } from '../../../../server/src/service/yaml/nav';
import { parseYaml, splitChunks, type YamlFile } from '../../../../server/src/service/yaml/parse';
import { dedent } from '../../../helpers/fixtures';

/** Every node's range and value per document: what a fresh parse and a reused one must agree on. */
function shape(file: YamlFile) {
  return file.docs.map((d) => {
    const nodes: string[] = [];
    walk(d, (n: Node, path) => void nodes.push(`${path.join('.')}@${n.range?.join(',')}${isScalar(n) ? `=${String(n.value)}` : ''}`));
    return { start: d.start, end: d.end, index: d.index, nodes, problems: d.problems.map((p) => `${p.code}@${p.start},${p.end}`), kind: d.manifest?.kind };
  });
}

const chunks = (text: string) => splitChunks(text).map(([a, b]) => text.slice(a, b));

describe('splitting a stream into chunks', () => {
  it('cuts before each --- line and after each ... line', () => {
    assert.deepEqual(chunks('a: 1\n---\nb: 2\n--- # c\nc: 3\n...\nd: 4\n'), ['a: 1\n', '---\nb: 2\n', '--- # c\nc: 3\n...\n', 'd: 4\n']);
  });
  it('keeps comments and directives before a --- with the document that follows', () => {
    assert.deepEqual(chunks('# header\n\n---\na: 1\n'), ['# header\n\n---\na: 1\n']);
    assert.deepEqual(chunks('a: 1\n...\n%YAML 1.1\n---\nb: 2\n'), ['a: 1\n...\n', '%YAML 1.1\n---\nb: 2\n']);
  });
  it('does not cut at --- inside a line or followed by text', () => {
    assert.deepEqual(chunks('a: |\n  ---\nb: ---x\n----\n'), ['a: |\n  ---\nb: ---x\n----\n']);
  });
  it('handles CRLF and a final marker without a newline', () => {
    assert.deepEqual(chunks('a: 1\r\n---\r\nb: 2\r\n---'), ['a: 1\r\n', '---\r\nb: 2\r\n', '---']);
  });
});

describe('parseYaml', () => {
  const stream = dedent(`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: one
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: two
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: three
  `);

  it('finds each document, its manifest head and its range', () => {
    const file = parseYaml(stream);
    assert.deepEqual(file.docs.map((d) => [d.index, d.manifest?.kind, stream.slice(d.start, d.start + 3)]), [
      [0, 'ConfigMap', 'api'],
      [1, 'Service', '---'],
      [2, 'Deployment', '---'],
    ]);
  });

  it('re-parses only the edited document and shifts the ones after it', () => {
    const before = parseYaml(stream);
    const edited = stream.replace('name: two', 'name: two-and-more\n  labels: {a: b}');
    const after = parseYaml(edited, {}, before);
    assert.equal(after.docs[0], before.docs[0], 'the first document is reused as is');
    assert.notEqual(after.docs[1], before.docs[1], 'the edited document is parsed again');
    assert.equal(after.docs[2], before.docs[2], 'the last document is reused, moved');
    assert.deepEqual(shape(after), shape(parseYaml(edited)));
  });

  it('assembles the file line index from the chunks, as a scan of the whole text finds it', () => {
    for (const text of [stream, 'a: 1\r\n---\r\nb: 2\r\n', 'a: 1\n...\n# c\n---\nb: 2', '---\n---\n', 'x\n---', '']) {
      const file = parseYaml(text);
      assert.deepEqual(file.lines.lineStarts, lineStartsOf(text), JSON.stringify(text));
      const edited = parseYaml(text.replace('1', '10'), {}, file);
      assert.deepEqual(edited.lines.lineStarts, lineStartsOf(text.replace('1', '10')));
    }
  });

  it('re-parses around any edit exactly as a fresh parse would (random edits, fixed seed)', () => {
    const pieces = ['---\n', '...\n', '---\r\n', 'd: 2\r\n', '... \n', '\r', '# note\n', 'a: 1\n', 'kind: Pod\n', 'apiVersion: v1\n', '  b: [x, y]\n', '- item\n', '\n', 'c: |\n  text\n', '--- # c\n', '%YAML 1.1\n', 'x', ':', ' '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...pieces, '')), { minLength: 1, maxLength: 6 }),
        (start, edits) => {
          let text = start.join('');
          let file = parseYaml(text);
          for (const [at, len, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + len));
            file = parseYaml(text, {}, file);
            const fresh = parseYaml(text);
            assert.deepEqual(shape(file), shape(fresh), JSON.stringify(text));
            assert.deepEqual(file.lines.lineStarts, fresh.lines.lineStarts);
            assert.deepEqual(file.chunks.map((c) => [c.offset, c.text]), fresh.chunks.map((c) => [c.offset, c.text]));
          }
        },
      ),
      { seed: Number(process.env.SEED ?? 20261127), numRuns: Number(process.env.RUNS ?? 400) },
    );
  });

  it('reuses identical documents once each', () => {
    const doc = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: same\n';
    const text = `${doc}---\n${doc}---\n${doc}`;
    const first = parseYaml(text);
    const second = parseYaml(`# top\n${text}`, {}, first);
    assert.equal(new Set(second.docs).size, 3);
    assert.deepEqual(shape(second), shape(parseYaml(`# top\n${text}`)));
  });

  it('reads values as Kubernetes does (YAML 1.1, timestamps as strings)', () => {
    const file = parseYaml('a: yes\nb: off\nc: 0644\nd: 2024-01-01T00:00:00Z\ne: 12:30\nf: "yes"\n');
    assert.deepEqual(file.docs[0].tree.toJS(), { a: true, b: false, c: 420, d: '2024-01-01T00:00:00Z', e: '12:30', f: 'yes' });
  });

  it('keeps syntax problems with file offsets in later documents', () => {
    const text = 'apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Pod\nkind: Pod\n';
    const file = parseYaml(text);
    const p = file.docs[1].problems[0];
    assert.equal(p.code, 'DUPLICATE_KEY');
    assert.equal(text.slice(p.start, p.end), 'kind');
    assert.equal(p.start, text.lastIndexOf('kind'));
  });

  it('marks the whole indentation of a tab-indented line', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n \tname: x\n';
    const p = parseYaml(text).docs[0].problems.find((q) => q.code === 'TAB_AS_INDENT')!;
    assert.equal(text.slice(p.start, p.end), ' \t');
  });

  it('recognises Helm templates, blanks their actions and reports no syntax problem', () => {
    const text = dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: {{ include "chart.fullname" . }}
        labels:
          {{- include "chart.labels" . | nindent 4 }}
      spec:
        replicas: {{ .Values.replicaCount }}
    `);
    const [doc] = parseYaml(text).docs;
    assert.equal(doc.template, true);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.manifest?.kind, 'Deployment');
    assert.ok(isMap(doc.tree.contents));
  });

  it('leaves Go template text in ordinary strings alone', () => {
    const [doc] = parseYaml('apiVersion: v1\nkind: ConfigMap\ndata:\n  msg: "{{name}} says hi"\n').docs;
    assert.equal(doc.template, false);
    assert.deepEqual(doc.tree.toJS().data, { msg: '{{name}} says hi' });
  });

  it('treats any {{ in a chart templates folder as a template', () => {
    const [doc] = parseYaml('apiVersion: v1\nkind: ConfigMap\ndata:\n  msg: {{ x }}\n', { helmTemplates: true }).docs;
    assert.equal(doc.template, true);
  });

  it('does not take tool configuration files for manifests', () => {
    for (const head of [
      'apiVersion: v1\nkind: Config\nclusters: []\n',
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n',
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n',
      'apiVersion: skaffold/v2alpha3\nkind: Config\n',
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n',
    ]) {
      assert.equal(parseYaml(head).docs[0].manifest, null, head);
    }
    assert.equal(parseYaml('apiVersion: example.com/v1\nkind: Widget\n').docs[0].manifest?.kind, 'Widget');
  });

  it('parses a JSON manifest as one document', () => {
    const file = parseYaml('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "x"}\n}\n', { json: true });
    assert.equal(file.docs.length, 1);
    assert.equal(file.docs[0].manifest?.kind, 'Pod');
  });

  it('survives an empty stream and comment-only text', () => {
    assert.deepEqual(parseYaml('').docs, []);
    assert.equal(parseYaml('# nothing\n').docs.length, 0);
  });
});

describe('parseYaml on huge input', () => {
  // vscode-yaml #930: a 50,000-line file froze the editor. The `yaml` package's own duplicate-key
  // check compares each key with every earlier one, so this map took minutes; ours keeps a set.
  it('finds the duplicate key of a 50,000-key map (vscode-yaml #930)', () => {
    const keys = Array.from({ length: 50000 }, (_, i) => `  k${i}: v${i}\n`).join('');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys}  k7: again\n`;
    const [doc] = parseYaml(text).docs;
    const dups = doc.problems.filter((p) => p.code === 'DUPLICATE_KEY');
    assert.deepEqual(dups.map((p) => text.slice(p.start, p.end)), ['k7']);
    assert.equal(dups[0].start, text.lastIndexOf('k7: again'));
  });

  it('reports duplicates in flow and block maps among the parser\'s errors, in order', () => {
    const text = 'a: 1\nb: [x, {c: 1, c: 2}]\na: 3\n"b": 4\nd: @\n';
    const problems = parseYaml(text).docs[0].problems.map((p) => `${p.code}@${text.slice(p.start, p.end)}`);
    assert.deepEqual(problems, ['DUPLICATE_KEY@c', 'DUPLICATE_KEY@a', 'DUPLICATE_KEY@"b"', 'BAD_SCALAR_START@@']);
  });
});

