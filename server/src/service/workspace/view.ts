/**
 * What rules and navigation read of the workspace: every indexed object, looked up by kind and
 * name, and the pods Services select. A view is a snapshot: the index hands out a new one when a
 * file changes.
 */
import type { Location, Range } from 'vscode-languageserver-types';
import { mapSelects, selectorMatches, type LabelSelector } from './labels';
import { imageName, type BuildFact, type DockerfileFact } from './builds';
import type { ContainerFact, FileFacts, KustomizationFact, ObjectFact, Span } from './facts';

export interface WorkspaceView {
  /**
   * True when the view holds every manifest the user works with (the LSP layer's scan finished
   * within its bounds; the CLI's set of files). A name absent from an incomplete view may exist
   * elsewhere, so "does not exist" checks stay quiet then.
   */
  readonly complete: boolean;
  readonly version: number;
  objects(kind?: string): readonly ObjectFact[];
  /** Objects of `kind` named `name` in a namespace compatible with `namespace`. */
  find(kind: string, name: string, namespace: string | null): ObjectFact[];
  /**
   * Objects with a pod template whose labels the Service selector selects. With `near` (the
   * asking file), only the nearest of those *beside* it: in that file, else its folder, else the
   * closest folder above or below it; none from sibling folders (a repository of separate
   * examples that reuse labels must not tie unrelated files together).
   */
  selectedBy(selector: Record<string, string>, namespace: string | null, near?: string): ObjectFact[];
  /** Services whose selector selects these pod labels (the nearest, with `near`). */
  servicesSelecting(labels: Record<string, string>, namespace: string | null, near?: string): ObjectFact[];
  /** Objects with a pod template that a LabelSelector (PDB, NetworkPolicy) selects (the nearest, with `near`). */
  matching(selector: LabelSelector, namespace: string | null, near?: string): ObjectFact[];
  kustomizations(): readonly { uri: string; fact: KustomizationFact }[];
  /** A file a kustomization applies as a patch (a partial manifest). */
  isPatch(uri: string): boolean;
  file(uri: string): FileFacts | undefined;
  /** The object of document `doc` of a file, or of item `item` of that List (the facts of what a rule is checking). */
  objectAt(uri: string, doc: number, item?: number): ObjectFact | undefined;
  /** An LSP location for a span of an indexed file. */
  location(uri: string, span: Span): Location;
  /** The workspace Dockerfile that builds `image` (a declared build: skaffold, compose), if any. */
  builtFrom(image: string): { build: BuildFact; dockerfile: DockerfileFact | null } | null;
  /** Manifest containers (with their objects) whose image a build of this Dockerfile makes. */
  runnersOf(dockerfileUri: string): { object: ObjectFact; container: ContainerFact }[];
  /** The cluster handed in (the CLI's --cluster), if any. */
  readonly cluster: GivenCluster | null;
}

export interface GivenCluster {
  /** Node objects (as JS values). */
  nodes: unknown[];
  /** Where they come from, for messages (a file name). */
  name: string;
}

/**
 * Namespaces are compatible when equal or when either is unset: a manifest without
 * `metadata.namespace` lands in whatever namespace it is applied to.
 */
export function sameNamespace(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

export function rangeFromStarts(lineStarts: readonly number[], start: number, end: number): Range {
  const pos = (o: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - lineStarts[lo] };
  };
  return { start: pos(start), end: pos(end) };
}

/** How close two files are: the same file beats everything, then the number of shared folders. */
export function closeness(a: string, b: string): number {
  if (a === b) return Number.MAX_SAFE_INTEGER;
  const da = a.split('/').slice(0, -1);
  const db = b.split('/').slice(0, -1);
  let n = 0;
  while (n < da.length && n < db.length && da[n] === db[n]) n++;
  return n;
}

/** Files beside each other: the same folder, or one's folder inside the other's. */
export function beside(a: string, b: string): boolean {
  const da = a.replace(/[^/]*$/, '');
  const db = b.replace(/[^/]*$/, '');
  return da.startsWith(db) || db.startsWith(da);
}

/** The objects beside `near` that are closest to it (all of them without `near`). */
export function nearest<T extends { uri: string }>(list: T[], near: string | undefined): T[] {
  if (!near) return list;
  const close = list.filter((o) => beside(near, o.uri));
  if (close.length < 2) return close;
  const scores = close.map((o) => closeness(near, o.uri));
  const best = Math.max(...scores);
  return close.filter((_, i) => scores[i] === best);
}

/** A view over a set of files' facts. */
export function createView(files: ReadonlyMap<string, FileFacts>, complete: boolean, version: number, cluster: GivenCluster | null = null): WorkspaceView {
  let all: ObjectFact[] | undefined;
  let byKind: Map<string, ObjectFact[]> | undefined;
  let patches: Set<string> | undefined;
  const patchSet = () => (patches ??= new Set([...files.values()].flatMap((f) => f.kustomization?.patches ?? [])));
  const everything = () => (all ??= [...files.values()].filter((f) => !patchSet().has(f.uri)).flatMap((f) => f.objects));
  const kinds = () => {
    if (!byKind) {
      byKind = new Map();
      for (const o of everything()) {
        const list = byKind.get(o.kind);
        if (list) list.push(o);
        else byKind.set(o.kind, [o]);
      }
    }
    return byKind;
  };
  let templated: ObjectFact[] | undefined;
  const withTemplate = () => (templated ??= everything().filter((o) => o.template));
  // Lookups a rule makes once per document: built once per view, so a workspace of n manifests
  // costs n lookups, not n².
  let byName: Map<string, ObjectFact[]> | undefined;
  const named = (kind: string, name: string) => {
    if (!byName) {
      byName = new Map();
      for (const o of everything()) push(byName, `${o.kind}\0${o.name}`, o);
    }
    return byName.get(`${kind}\0${name}`) ?? [];
  };
  let podsByLabel: Map<string, ObjectFact[]> | undefined;
  const podsWith = (pair: string) => {
    if (!podsByLabel) {
      podsByLabel = new Map();
      for (const o of withTemplate()) if (o.kind !== 'PodTemplate') for (const [k, v] of Object.entries(o.template!.labels)) push(podsByLabel, `${k}=${v}`, o);
    }
    return podsByLabel.get(pair) ?? [];
  };
  let servicesByLabel: Map<string, ObjectFact[]> | undefined;
  const servicesWith = (pair: string) => {
    if (!servicesByLabel) {
      servicesByLabel = new Map();
      for (const s of kinds().get('Service') ?? []) for (const [k, v] of Object.entries(s.service?.selector ?? {})) push(servicesByLabel, `${k}=${v}`, s);
    }
    return servicesByLabel.get(pair) ?? [];
  };
  /** Pod templates that may match: those with one of the selector's pairs (every match has all). */
  const podCandidates = (matchLabels: Record<string, string> | undefined) => {
    const first = Object.entries(matchLabels ?? {})[0];
    return first ? podsWith(`${first[0]}=${first[1]}`) : withTemplate().filter((o) => o.kind !== 'PodTemplate');
  };
  let builds: Map<string, BuildFact> | undefined;
  const byDoc = new Map<string, Map<string, ObjectFact>>();
  const objectKey = (doc: number, item: number | undefined) => (item === undefined ? String(doc) : `${doc}.${item}`);
  const buildMap = () => {
    if (!builds) {
      builds = new Map();
      for (const f of files.values()) for (const b of f.builds) if (!builds.has(b.image)) builds.set(b.image, b);
    }
    return builds;
  };
  return {
    complete,
    version,
    cluster,
    objects: (kind) => (kind === undefined ? everything() : (kinds().get(kind) ?? [])),
    find: (kind, name, namespace) => named(kind, name).filter((o) => sameNamespace(o.namespace, namespace)),
    selectedBy: (selector, namespace, near) =>
      nearest(podCandidates(selector).filter((o) => sameNamespace(o.namespace, namespace) && mapSelects(selector, o.template!.labels)), near),
    servicesSelecting: (labels, namespace, near) => {
      const candidates = new Set(Object.entries(labels).flatMap(([k, v]) => servicesWith(`${k}=${v}`)));
      return nearest([...candidates].filter((s) => sameNamespace(s.namespace, namespace) && mapSelects(s.service!.selector!, labels)), near);
    },
    matching: (selector, namespace, near) =>
      nearest(podCandidates(selector.matchLabels).filter((o) => sameNamespace(o.namespace, namespace) && selectorMatches(selector, o.template!.labels)), near),
    isPatch: (uri) => patchSet().has(uri),
    builtFrom: (image) => {
      const b = buildMap().get(imageName(image));
      return b ? { build: b, dockerfile: files.get(b.dockerfile)?.dockerfile ?? null } : null;
    },
    runnersOf: (dockerfileUri) => {
      const names = [...buildMap().values()].filter((b) => b.dockerfile === dockerfileUri).map((b) => b.image);
      if (!names.length) return [];
      return withTemplate().flatMap((object) => object.template!.containers.filter((c) => c.image && names.includes(imageName(c.image))).map((container) => ({ object, container })));
    },
    kustomizations: () => [...files.values()].filter((f) => f.kustomization).map((f) => ({ uri: f.uri, fact: f.kustomization! })),
    file: (uri) => files.get(uri),
    objectAt: (uri, doc, item) => {
      let m = byDoc.get(uri);
      if (!m) byDoc.set(uri, (m = new Map((files.get(uri)?.objects ?? []).map((o) => [objectKey(o.doc, o.item), o]))));
      return m.get(objectKey(doc, item));
    },
    location: (uri, span) => ({ uri, range: rangeFromStarts(files.get(uri)?.lineStarts ?? [0], span[0], span[1]) }),
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
