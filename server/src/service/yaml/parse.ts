/**
 * The YAML layer: text → documents with ranges. Parsing never fails: it returns the trees the
 * `yaml` package recovers and the problems it found, each with file offsets.
 */
import { isMap, isScalar, parseAllDocuments, visit, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { LineIndex } from '../../common/text';

export interface YamlProblem {
  code: string;
  message: string;
  /** File offsets. */
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

export interface YamlDoc {
  /** Position of the document in the stream, from 0. */
  index: number;
  /** File offsets of the document, including its `---` marker and trailing comments. */
  start: number;
  end: number;
  tree: Document.Parsed;
  problems: YamlProblem[];
  /** Set when the document is a Kubernetes manifest (top-level `apiVersion` and `kind`). */
  manifest: ManifestHead | null;
}

export interface ManifestHead {
  apiVersion: string;
  kind: string;
  /** The `apiVersion` and `kind` pairs, for ranges. */
  apiVersionPair: Pair<Node, Node>;
  kindPair: Pair<Node, Node>;
}

export interface YamlFile {
  text: string;
  lines: LineIndex;
  docs: YamlDoc[];
}

export function parseYaml(text: string): YamlFile {
  const lines = new LineIndex(text);
  const parsed = parseAllDocuments(text, { prettyErrors: false, keepSourceTokens: false });
  // An empty stream yields an `EmptyStream` (an array with `empty: true`).
  const trees = Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [];
  const docs = trees.map((tree, index): YamlDoc => {
    const [start, , end] = tree.range;
    const problems: YamlProblem[] = [
      ...tree.errors.map((e) => problem(e, 'error', text.length)),
      ...tree.warnings.map((e) => problem(e, 'warning', text.length)),
    ];
    if (problems.length) refineProblems(tree, problems, lines);
    return { index, start, end, tree, problems, manifest: manifestHead(tree) };
  });
  return { text, lines, docs };
}

function problem(e: { code: string; message: string; pos: [number, number] }, severity: YamlProblem['severity'], max: number): YamlProblem {
  const start = Math.min(e.pos[0], max);
  const end = Math.min(Math.max(e.pos[1], start), max);
  return { code: e.code, message: e.message, start, end, severity };
}

/** Top-level `apiVersion` and `kind`, both plain strings, make a document a Kubernetes manifest. */
export function manifestHead(tree: Document.Parsed): ManifestHead | null {
  const root = tree.contents;
  if (!isMap(root)) return null;
  const apiVersionPair = findPair(root, 'apiVersion');
  const kindPair = findPair(root, 'kind');
  if (!apiVersionPair || !kindPair) return null;
  const apiVersion = scalarString(apiVersionPair.value);
  const kind = scalarString(kindPair.value);
  if (apiVersion === null || kind === null) return null;
  return { apiVersion, kind, apiVersionPair, kindPair };
}

export function findPair(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  for (const item of map.items as Pair<Node, Node>[]) {
    if (isScalar(item.key) && item.key.value === key) return item;
  }
  return undefined;
}

export function scalarString(node: unknown): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

/**
 * The parser often points at one character (or none) past the fault. Widen such spans to what the
 * user has to fix: the whole duplicate key, or an unclosed quoted string up to the end of its line.
 */
function refineProblems(tree: Document.Parsed, problems: YamlProblem[], lines: LineIndex): void {
  const scalars: Scalar[] = [];
  visit(tree, { Scalar: (_k, node) => void scalars.push(node) });
  for (const p of problems) {
    if (p.code === 'DUPLICATE_KEY') {
      const key = scalars.find((n) => n.range?.[0] === p.start);
      if (key?.range) p.end = key.range[1];
    } else if (p.code === 'MISSING_CHAR' && /quote/i.test(p.message)) {
      const open = scalars.find((n) => (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range?.[1] === p.start);
      if (open?.range) {
        p.start = open.range[0];
        p.end = lines.lineEnd(lines.lineOf(p.start));
      }
    }
  }
}
