/**
 * Inputs for the fuzzers, as fast-check arbitraries: real files (the seeds) with a list of
 * mutations applied, splices of two files, token soup, and schema-shaped manifests with wrong
 * values. A mutation is data (`{ op, at, … }` with positions as fractions of the text), so
 * fast-check shrinks a failing case to the few edits that matter and prints them.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { allResources, objectOf, typeAt, type SchemaType } from '../../../server/src/service/k8s/schema';
import type { Seed } from './corpus';

/** Pieces of YAML that stress the parser and the features: structure, anchors, odd scalars, odd characters. */
export const YAML_TOKENS = [
  ':', ': ', '- ', '-', '? ', '---\n', '...\n', '\n---\n', '#', ' # c', '\n', '\r\n', '\r', '\t', '  ', '    ',
  '{', '}', '[', ']', ',', '{}', '[]', '"', "'", '"\\', '"\\x', '"\\u12', '|', '|-', '>+', '>', '|2',
  '&a ', '*a', '&b ', '*b', '<<: *a', '<<: [*a, *b]', '<<:', '!!str ', '!!int ', '!!binary ', '!!map ', '!foo ', '!<tag:x> ', '%YAML 1.2\n', '%TAG ! tag:x:\n',
  'null', '~', 'yes', 'no', 'on', 'off', 'true', '0x1F', '0o17', '0644', '1e400', '-1', '-0', '.inf', '-.nan', '99999999999999999999',
  '100m', '1.5Gi', '1e3', '0.0001m', '1Ei', '9999999999999Ei', '-1Gi', '1.2.3', '+5', '5E', '3.', '.5Ki',
  'apiVersion: v1', 'apiVersion: apps/v1', 'kind: Pod', 'kind: Deployment', 'kind: List', 'kind: Node', 'kind: Service',
  'metadata:', 'name: x', 'labels:', 'app: web', 'spec:', 'replicas: 3', 'replicas: 1000000000', 'containers:', 'image: nginx',
  'image: nginx:latest', 'resources:', 'requests:', 'limits:', 'cpu: "2"', 'memory: 1Gi', 'selector:', 'matchLabels:', 'template:',
  'nodeSelector:', 'affinity:', 'tolerations:', 'priorityClassName: high', 'nodeName: n', 'ports:', 'containerPort: 80', 'targetPort: http',
  '{{ .Values.x }}', '{{- if .Values.y }}', '{{ end }}', '{{', '}}',
  '\u0000', '\ufeff', '\u2028', '\u0085', '\ud800', '\udc00', '\ud83d\ude00', '한글', 'é', '\u200b', '\x7f', '\x1b[31m',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '${x}', '$(rm -rf /)', '`id`', '%s%n', '../../etc/passwd', 'javascript:alert(1)',
];

/** Pieces of Dockerfiles: instructions, flags, variables, heredocs, continuations, JSON forms. */
export const DOCKERFILE_TOKENS = [
  '\n', '\r\n', '\\\n', '`\n', ' ', '\t', '#', '# syntax=docker/dockerfile:1\n', '# escape=`\n', '# check=skip=all\n',
  '# hadolint ignore=DL3006\n', '# kube-guide-disable-next-line dockerfile/latest-tag\n',
  'FROM ', 'FROM scratch', 'FROM ubuntu', 'FROM alpine:latest', 'FROM --platform=$BUILDPLATFORM ', ' AS build', ' AS ', 'FROM build',
  'RUN ', 'RUN --mount=type=cache,target=/x ', '--mount=type=secret,id=', '--mount=', '--network=none ', '--security=insecure ',
  'CMD ', 'CMD ["a", "b"]', 'CMD [', '["', '"]', '"', "'", ']', '[]', 'ENTRYPOINT ', 'SHELL ["/bin/sh", "-c"]',
  'COPY ', 'COPY --from=build ', '--from=', '--chown=0:0 ', '--chmod=777 ', '--link ', '--parents ', '--exclude=*.md ',
  'ADD ', 'ADD https://x/y.tgz /', '--checksum=sha256:0 ', '--keep-git-dir=true ',
  'ARG ', 'ARG A=1', 'ENV ', 'ENV A B', 'ENV A=1 B="2 3"', 'ENV PASSWORD=x', 'LABEL a=b', 'MAINTAINER x',
  'USER ', 'USER root', 'USER 0:0', 'WORKDIR ', 'WORKDIR rel', 'EXPOSE ', 'EXPOSE 99999', 'EXPOSE 80-90/udp', 'EXPOSE -1',
  'HEALTHCHECK ', 'HEALTHCHECK NONE', '--interval=0s ', 'ONBUILD ', 'STOPSIGNAL ', 'VOLUME ["/a"]',
  '$', '${', '}', '${A}', '${A:-x}', '${A:+${B}}', '$A', '$$', '$(', ')', '&&', '&', ';', '|', '||', '>', '<<', '<<EOF', '<<-EOF', "<<'EOF'", 'EOF',
  'apt-get install ', 'apt-get install -y --no-install-recommends x', 'rm -rf /var/lib/apt/lists/*', 'sudo ', 'cd /x', 'supervisord', 'sh -c "a & b"',
  '\u0000', '\ufeff', '\ud800', '\ud83d\ude00', '한글', '\u2028', '\r',
];

export type Mutation =
  | { op: 'insert'; at: number; token: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number; times: number }
  | { op: 'swapLines'; at: number }
  | { op: 'indent'; at: number; delta: number; tab: boolean }
  | { op: 'replaceValue'; at: number; token: string }
  | { op: 'splice'; at: number; from: number; len: number; other: number }
  | { op: 'truncate'; at: number }
  | { op: 'lineEndings'; to: '\r\n' | '\r' | '\n' }
  | { op: 'bom' };

/** A position in [0, 1) as an integer, so that shrinking moves towards the start. */
const frac = fc.integer({ min: 0, max: 9999 });
const at = (text: string, f: number) => Math.floor((f / 10000) * (text.length + 1));

export function mutationArb(tokens: readonly string[], seedCount: number): fc.Arbitrary<Mutation> {
  const token = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: frac, token }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: frac, len: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), at: frac }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), at: frac, times: fc.integer({ min: 1, max: 30 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swapLines' as const), at: frac }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('indent' as const), at: frac, delta: fc.integer({ min: -4, max: 4 }), tab: fc.boolean() }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('replaceValue' as const), at: frac, token }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('splice' as const), at: frac, from: frac, len: fc.integer({ min: 1, max: 400 }), other: fc.nat(Math.max(0, seedCount - 1)) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: frac }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('lineEndings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, '\n' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('bom' as const) }) },
  );
}

/** Line `f` of the text as [start, end including its line break]. */
function lineSpan(text: string, f: number): [number, number] {
  const o = Math.min(at(text, f), text.length);
  const start = text.lastIndexOf('\n', o - 1) + 1;
  const nl = text.indexOf('\n', o);
  return [start, nl < 0 ? text.length : nl + 1];
}

export function applyMutation(text: string, m: Mutation, others: readonly Seed[]): string {
  switch (m.op) {
    case 'insert': {
      const o = at(text, m.at);
      return text.slice(0, o) + m.token + text.slice(o);
    }
    case 'delete': {
      const o = at(text, m.at);
      return text.slice(0, o) + text.slice(o + m.len);
    }
    case 'deleteLine': {
      const [a, b] = lineSpan(text, m.at);
      return text.slice(0, a) + text.slice(b);
    }
    case 'duplicateLine': {
      const [a, b] = lineSpan(text, m.at);
      const line = text.slice(a, b);
      return text.slice(0, b) + (line.endsWith('\n') ? line : '\n' + line).repeat(m.times) + text.slice(b);
    }
    case 'swapLines': {
      const [a, b] = lineSpan(text, m.at);
      if (b >= text.length) return text;
      const [, c] = lineSpan(text, ((b + 1) / (text.length + 1)) * 10000);
      const first = text.slice(a, b);
      const second = text.slice(b, c);
      return text.slice(0, a) + (second.endsWith('\n') ? second : second + '\n') + first + text.slice(c);
    }
    case 'indent': {
      const [a] = lineSpan(text, m.at);
      if (m.delta >= 0) return text.slice(0, a) + (m.tab ? '\t' : ' ').repeat(m.delta) + text.slice(a);
      let cut = 0;
      while (cut < -m.delta && (text[a + cut] === ' ' || text[a + cut] === '\t')) cut++;
      return text.slice(0, a) + text.slice(a + cut);
    }
    case 'replaceValue': {
      // The value after the first `: ` (or `=` / space in a Dockerfile) on the line.
      const [a, b] = lineSpan(text, m.at);
      const line = text.slice(a, b).replace(/\r?\n$/, '');
      const sep = /: |=| /.exec(line);
      if (!sep) return text.slice(0, a) + m.token + text.slice(a);
      const vs = a + sep.index + sep[0].length;
      return text.slice(0, vs) + m.token + text.slice(a + line.length);
    }
    case 'splice': {
      const src = others[m.other]?.text ?? '';
      const from = at(src, m.from);
      const o = at(text, m.at);
      return text.slice(0, o) + src.slice(from, from + m.len) + text.slice(o);
    }
    case 'truncate':
      return text.slice(0, at(text, m.at));
    case 'lineEndings':
      return text.replace(/\r\n|\r|\n/g, m.to);
    case 'bom':
      return text.startsWith('\ufeff') ? text.slice(1) : '\ufeff' + text;
  }
}

export interface FuzzText {
  /** How the text was made, for the failure report. */
  origin: string;
  uri: string;
  languageId: string;
  text: string;
}

/** A seed with 1–`max` mutations. */
export function mutatedArb(pool: readonly Seed[], tokens: readonly string[], max = 8): fc.Arbitrary<FuzzText> {
  return fc
    .tuple(fc.nat(pool.length - 1), fc.array(mutationArb(tokens, pool.length), { minLength: 1, maxLength: max }))
    .map(([i, ms]) => {
      const seed = pool[i];
      let text = seed.text;
      for (const m of ms) text = applyMutation(text, m, pool);
      return { origin: `${seed.name} + ${JSON.stringify(ms)}`, uri: seed.uri, languageId: seed.languageId, text };
    });
}

/** Tokens strung together: no structure at all. */
export function soupArb(tokens: readonly string[], languageId: string, uri: string, heads: readonly string[] = ['']): fc.Arbitrary<FuzzText> {
  return fc
    .tuple(
      fc.constantFrom(...heads),
      fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 120 }),
    )
    .map(([head, parts]) => ({ origin: `soup ${JSON.stringify([head, ...parts])}`, uri, languageId, text: head + parts.join('') }));
}

/** Beginnings that make token soup a manifest, so the service reads past its first check. */
export const MANIFEST_HEADS = ['', 'apiVersion: v1\nkind: Pod\n', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  ', 'apiVersion: v1\nkind: Service\nmetadata:\n  '];

/**
 * A manifest of a random built-in kind whose fields come from the schema, with values of the
 * right type most of the time and of a wrong one otherwise: it reaches the deep validation paths
 * that mutated samples rarely do.
 */
export function schemaManifestArb(): fc.Arbitrary<FuzzText> {
  const kinds = allResources();
  return fc.gen().map((g) => {
    const r = kinds[g(fc.nat, kinds.length - 1)];
    const pick = (max: number) => g(fc.nat, max);
    const scalar = (): unknown =>
      [() => 'x', () => pick(5), () => true, () => null, () => '100m', () => '1Gi', () => -1, () => 1e21, () => '', () => 'a'.repeat(pick(300)), () => [], () => ({})][pick(11)]();
    const value = (type: SchemaType | undefined, path: (string | number)[], depth: number): unknown => {
      if (!type || depth > 9 || pick(19) === 0) return scalar();
      switch (type.kind) {
        case 'object': {
          const o = objectOf(type);
          if (!o) return {};
          const names = [...o.fields.keys()];
          const out: Record<string, unknown> = {};
          const count = Math.min(names.length, pick(depth < 3 ? 6 : 3));
          for (let i = 0; i < count; i++) {
            const name = names[pick(names.length - 1)];
            out[name] = value(typeAt(r.apiVersion, r.kind, [...path, name]), [...path, name], depth + 1);
          }
          if (pick(9) === 0) out[`unknown${pick(9)}`] = scalar();
          return out;
        }
        case 'array':
          return Array.from({ length: pick(3) }, (_, i) => value(type.items, [...path, i], depth + 1));
        case 'map': {
          const out: Record<string, unknown> = {};
          for (let i = pick(3); i > 0; i--) out[['app', 'cpu', 'memory', 'a/b', 'kubernetes.io/x', '', 'x'.repeat(70)][pick(6)] + (i > 1 ? i : '')] = value(type.values, [...path, 'k'], depth + 1);
          return out;
        }
        case 'union':
          return value(type.options[pick(type.options.length - 1)], path, depth);
        case 'scalar':
          if (pick(4) === 0) return scalar();
          switch (type.name) {
            case 'string':
              return ['web', 'nginx:1.25', 'Always', 'app', 'TCP', 'In', 'Exists', 'NoSchedule', 'default'][pick(8)];
            case 'integer':
            case 'number':
              return [0, 1, 3, 80, 8080, 65536, -5, 2147483648][pick(7)];
            case 'boolean':
              return pick(1) === 0;
            case 'quantity':
              return ['100m', '1', '2Gi', '0.5', '1e3', '1.5Ki', 'abc', '-1', '9999999999Ei'][pick(8)];
            case 'int-or-string':
              return [80, 'http', '25%', '1'][pick(3)];
            default:
              return scalar();
          }
      }
    };
    const body = value(typeAt(r.apiVersion, r.kind, []), [], 0) as Record<string, unknown>;
    const obj = { apiVersion: r.apiVersion, kind: r.kind, ...(body && typeof body === 'object' ? body : {}) };
    const text = stringify(obj, { aliasDuplicateObjects: false, lineWidth: 0 });
    return { origin: `schema ${r.apiVersion} ${r.kind}`, uri: 'file:///fuzz/schema.yaml', languageId: 'yaml', text };
  });
}
