/**
 * Reads manifest text into plain objects with where they came from: the document index and the
 * offsets of the object's `metadata.name` value (or its `kind` value), so the editor can reveal
 * and diagnose them. `List` documents (`kubectl get … -o yaml`) are unpacked, each item with its
 * own range.
 */
import { isMap, type Node, type YAMLMap } from 'yaml';
import { findPair, parseYaml, type YamlDoc } from '../../service/yaml/parse';

/** Where an object is: `start`/`end` are offsets in the file's text (UTF-16 code units). */
export interface SourceRef {
  uri: string;
  /** Index of the YAML document in the file (from 0). */
  docIndex: number;
  /** Index in the `items` of a List document; absent otherwise. */
  itemIndex?: number;
  start: number;
  end: number;
}

export interface ObjectDoc {
  obj: Record<string, unknown> & { apiVersion?: string; kind?: string; metadata?: Record<string, unknown> };
  source: SourceRef;
}

export interface ReadProblem {
  source: SourceRef;
  /** A YAML error message from the parser (English, from the `yaml` package). */
  message: string;
}

export interface ManifestSource {
  uri: string;
  text: string;
}

function rangeOf(node: Node | null | undefined): [number, number] | null {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? [r[0], r[1]] : null;
}

/** The offsets of `metadata.name`'s value, else of `kind`'s value, else of the whole node. */
function nameRange(map: YAMLMap, fallback: [number, number]): [number, number] {
  const meta = findPair(map, 'metadata');
  if (meta && isMap(meta.value)) {
    const name = findPair(meta.value, 'name') ?? findPair(meta.value, 'generateName');
    const r = rangeOf(name?.value as Node | undefined);
    if (r) return r;
  }
  const kind = findPair(map, 'kind');
  return rangeOf(kind?.value as Node | undefined) ?? rangeOf(map) ?? fallback;
}

/**
 * Every Kubernetes object in the file (documents that are not objects are skipped); the items
 * of a List are objects of their own (`file.objects`), a typed List's items of its kind.
 */
export function readObjects(src: ManifestSource): { objects: ObjectDoc[]; problems: ReadProblem[] } {
  const file = parseYaml(src.text);
  const objects: ObjectDoc[] = [];
  const problems: ReadProblem[] = [];
  const broken = new Set<YamlDoc>();
  for (const doc of file.docs) {
    for (const p of doc.problems) if (p.severity === 'error') problems.push({ source: { uri: src.uri, docIndex: doc.index, start: p.start, end: p.end }, message: p.message });
    if (doc.problems.some((p) => p.severity === 'error')) broken.add(doc);
  }
  for (const doc of file.objects) {
    if (broken.has(doc.list?.doc ?? doc)) continue;
    const root = doc.tree.contents;
    if (!isMap(root)) continue;
    const itemIndex = doc.list ? { itemIndex: doc.list.index } : {};
    let js: unknown;
    try {
      // The YAML layer bounded alias expansion already (service/yaml/bounds.ts).
      js = doc.tree.toJS({ maxAliasCount: -1 });
    } catch (e) {
      problems.push({ source: { uri: src.uri, docIndex: doc.index, ...itemIndex, start: doc.start, end: doc.end }, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    if (!js || typeof js !== 'object' || Array.isArray(js)) continue;
    const obj = js as ObjectDoc['obj'];
    // A typed List's item without apiVersion and kind: kubectl gives it the List's.
    if (doc.manifest?.inferred) Object.assign(obj, { apiVersion: doc.manifest.apiVersion, kind: doc.manifest.kind });
    if (typeof obj.kind !== 'string' || typeof obj.apiVersion !== 'string') continue;
    const [start, end] = nameRange(root, [doc.start, doc.end]);
    objects.push({ obj, source: { uri: src.uri, docIndex: doc.index, ...itemIndex, start, end } });
  }
  return { objects, problems };
}
