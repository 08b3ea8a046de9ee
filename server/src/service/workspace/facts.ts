/**
 * What the workspace index keeps of a file: small facts about each Kubernetes object (its name,
 * namespace, labels, pod template, Service ports, the names it refers to, CRD schemas) and of
 * kustomizations. Facts are plain data with file offsets, so closed files need no tree or text.
 * They are computed once per document and cached in its memo (relative offsets), so an edit
 * recomputes only the documents it touched.
 */
import { isMap, isSeq, type Node } from 'yaml';
import { nodeAt, nodeRange, toValue, type OffsetRange, type Path } from '../yaml/nav';
import { headNode, type YamlDoc, type YamlFile } from '../yaml/parse';
import { SCALABLE, containersOf, effectiveSecurity, groupOf, keyAt, podMetadataPath, podSpecPath, stringMap, valueAt } from '../rules/objects';
import { yamlBuilds, type BuildFact, type DockerfileFact } from './builds';
import { labelSelector, type LabelSelector } from './labels';

export type Span = OffsetRange;

export interface PortFact {
  name: string | null;
  containerPort: number;
  protocol: string;
  span: Span;
}

export interface ContainerFact {
  name: string | null;
  image: string | null;
  /** The image value. */
  imageSpan: Span | null;
  /** Its securityContext (or the pod's) says non-root: `runAsNonRoot: true` or a non-zero `runAsUser`. */
  nonRoot: boolean;
  ports: PortFact[];
  span: Span;
}

export interface TemplateFact {
  labels: Record<string, string>;
  /** The labels key of the pod metadata (or the metadata / template key when there are none). */
  labelsSpan: Span;
  containers: ContainerFact[];
}

export interface ServicePortFact {
  name: string | null;
  port: number | null;
  /** As written, or `port` when absent (the API server's default). */
  targetPort: number | string | null;
  protocol: string;
  /** The targetPort value, or the port value when targetPort is absent. */
  span: Span;
  /** Whether targetPort was written. */
  explicitTarget: boolean;
}

export interface ServiceFact {
  type: string;
  /** null: no selector (endpoints are managed by hand, or an ExternalName). */
  selector: Record<string, string> | null;
  selectorSpan: Span | null;
  ports: ServicePortFact[];
  headless: boolean;
}

export type RefKind = 'ConfigMap' | 'Secret' | 'Service' | 'ScaleTarget';

export interface RefFact {
  kind: RefKind;
  name: string;
  /** The name value. */
  span: Span;
  /** `optional: true`: the pod starts without it. */
  optional: boolean;
  /** How it is referred to: env, envFrom, volume, imagePullSecret, ingress, tls, serviceName, scaleTargetRef. */
  via: string;
  /** Ingress backends: the Service port (number or name) and its span. */
  port?: number | string;
  portSpan?: Span;
  /** ScaleTarget: the target's apiVersion and kind. */
  targetKind?: string;
  targetApiVersion?: string;
}

export interface CrdVersionFact {
  name: string;
  served: boolean;
  schema: unknown;
}

export interface CrdFact {
  group: string;
  kind: string;
  plural: string | null;
  namespaced: boolean;
  versions: CrdVersionFact[];
  /** Unknown fields are kept, not rejected: apiextensions v1beta1's default (`preserveUnknownFields`). */
  preserveUnknown: boolean;
  /** metadata.name, for messages. */
  name: string;
  /** Set on every version: `x-kubernetes-preserve-unknown-fields` at the root without a schema. */
  kindSpan: Span;
}

export interface ObjectFact {
  uri: string;
  /** The YAML document's index in the file. */
  doc: number;
  /** Its index in the `items` of a List document (absent for a document of its own). */
  item?: number;
  apiVersion: string;
  group: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  /** The metadata.name value, else the kind value. */
  span: Span;
  labels: Record<string, string>;
  /** Pods and workloads: the pods they make. */
  template: TemplateFact | null;
  /** Workloads and PDBs: spec.selector. */
  selector: LabelSelector | null;
  /** Explicit spec.replicas of scalable kinds (undefined when not written). */
  replicas?: number;
  replicasSpan?: Span;
  service: ServiceFact | null;
  refs: RefFact[];
  /** HPA: spec.minReplicas (1 when absent). */
  minReplicas?: number;
  /** PDB: minAvailable / maxUnavailable as written. */
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  crd: CrdFact | null;
  /** Node: the object as written (the cluster the requests-exceed-nodes rule measures against). */
  node?: unknown;
  /** LimitRange: the resources it gives containers a default request or limit for. */
  limitDefaults?: { requests: string[]; limits: string[] };
}

export interface KustomizationFact {
  /** Files it applies as patches (URIs): partial manifests, not objects of their own. */
  patches: string[];
  /** Image overrides (`images:`): manifests under it get these tags. */
  images: { name: string; newName?: string; newTag?: string; digest?: string }[];
  /** configMapGenerator / secretGenerator names. */
  generated: { kind: 'ConfigMap' | 'Secret'; name: string; span: Span }[];
}

export interface FileFacts {
  uri: string;
  objects: ObjectFact[];
  kustomization: KustomizationFact | null;
  /** Images this file says are built from a Dockerfile (skaffold, compose). */
  builds: BuildFact[];
  /** A Dockerfile: its final image. */
  dockerfile: DockerfileFact | null;
  /** Offsets where each line starts, to turn spans into LSP ranges without the text. */
  lineStarts: readonly number[];
}

const MEMO = 'workspace.facts';

/** The facts of a parsed YAML file; `name` tells kustomization files apart. */
export function yamlFacts(uri: string, file: YamlFile): FileFacts {
  const objects: ObjectFact[] = [];
  let kustomization: KustomizationFact | null = null;
  const isKustomizationFile = /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(uri.replace(/[?#].*$/, ''));
  // Objects: each document, the items of a List in its place.
  for (const doc of file.objects) {
    if (doc.template || !doc.manifest) continue;
    let rel = doc.memo.get(MEMO) as ObjectFact | null | undefined;
    if (rel === undefined) {
      rel = objectFact(doc, -doc.start);
      doc.memo.set(MEMO, rel);
    }
    if (rel) objects.push(shiftFact(rel, doc.start, uri, doc.index));
  }
  for (const doc of file.docs) {
    if (doc.template || doc.manifest) continue;
    if (isKustomizationFile || isKustomization(doc)) {
      kustomization = kustomizationFact(doc, uri);
    }
  }
  // A patch (by its name, or listed by a kustomization) is part of another object, not one of its own.
  return { uri, objects: file.patch ? [] : objects, kustomization, builds: yamlBuilds(uri, file), dockerfile: null, lineStarts: file.lines.lineStarts };
}

function isKustomization(doc: YamlDoc): boolean {
  const api = valueAt(doc, ['apiVersion']);
  return typeof api === 'string' && api.startsWith('kustomize.config.k8s.io/') && valueAt(doc, ['kind']) === 'Kustomization';
}

// ---- objects ----

function span(r: OffsetRange | undefined, delta: number): Span | undefined {
  return r ? [r[0] + delta, r[1] + delta] : undefined;
}

function valueSpan(doc: YamlDoc, path: Path, delta: number): Span | undefined {
  const n = nodeAt(doc, path);
  return n ? span(nodeRange(n), delta) : undefined;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function objectFact(doc: YamlDoc, delta: number): ObjectFact | null {
  const head = doc.manifest!;
  const kindSpan = span(nodeRange(headNode(doc)), delta) ?? [0, 0];
  const name = str(valueAt(doc, ['metadata', 'name']));
  const fact: ObjectFact = {
    uri: '',
    doc: doc.index,
    ...(doc.list ? { item: doc.list.index } : {}),
    apiVersion: head.apiVersion,
    group: groupOf(head.apiVersion),
    kind: head.kind,
    name,
    namespace: str(valueAt(doc, ['metadata', 'namespace'])),
    span: (name !== null && valueSpan(doc, ['metadata', 'name'], delta)) || kindSpan,
    labels: stringMap(valueAt(doc, ['metadata', 'labels'])),
    template: null,
    selector: null,
    service: null,
    refs: [],
    crd: null,
  };
  const specPath = podSpecPath(head);
  if (specPath) {
    fact.template = templateFact(doc, specPath, delta);
    podRefs(doc, specPath, delta, fact.refs);
    if (head.kind !== 'Pod') fact.selector = labelSelector(valueAt(doc, ['spec', 'selector']));
    if (head.kind === 'ReplicationController') {
      const sel = valueAt(doc, ['spec', 'selector']);
      fact.selector = sel && typeof sel === 'object' ? { matchLabels: stringMap(sel) } : null;
    }
    if (SCALABLE.has(head.kind)) {
      const r = valueAt(doc, ['spec', 'replicas']);
      if (typeof r === 'number') {
        fact.replicas = r;
        fact.replicasSpan = valueSpan(doc, ['spec', 'replicas'], delta);
      }
    }
    if (head.kind === 'StatefulSet') {
      const svc = str(valueAt(doc, ['spec', 'serviceName']));
      const s = valueSpan(doc, ['spec', 'serviceName'], delta);
      if (svc && s) fact.refs.push({ kind: 'Service', name: svc, span: s, optional: false, via: 'serviceName' });
    }
  }
  switch (`${fact.group}/${head.kind}`) {
    case '/Service':
      fact.service = serviceFact(doc, delta);
      break;
    case 'networking.k8s.io/Ingress':
    case 'extensions/Ingress':
      ingressRefs(doc, delta, fact.refs);
      break;
    case 'autoscaling/HorizontalPodAutoscaler': {
      const t = valueAt(doc, ['spec', 'scaleTargetRef']) as Record<string, unknown> | undefined;
      const s = valueSpan(doc, ['spec', 'scaleTargetRef', 'name'], delta);
      if (t && typeof t.name === 'string' && typeof t.kind === 'string' && s) {
        fact.refs.push({ kind: 'ScaleTarget', name: t.name, span: s, optional: false, via: 'scaleTargetRef', targetKind: t.kind, targetApiVersion: str(t.apiVersion) ?? '' });
      }
      const min = valueAt(doc, ['spec', 'minReplicas']);
      fact.minReplicas = typeof min === 'number' ? min : 1;
      break;
    }
    case 'policy/PodDisruptionBudget': {
      fact.selector = labelSelector(valueAt(doc, ['spec', 'selector']));
      const min = valueAt(doc, ['spec', 'minAvailable']);
      const max = valueAt(doc, ['spec', 'maxUnavailable']);
      if (typeof min === 'number' || typeof min === 'string') fact.minAvailable = min;
      if (typeof max === 'number' || typeof max === 'string') fact.maxUnavailable = max;
      break;
    }
    case '/Node':
      fact.node = toValue(doc, doc.tree.contents as Node);
      break;
    case '/LimitRange':
      fact.limitDefaults = limitDefaults(valueAt(doc, ['spec', 'limits']));
      break;
    case 'apiextensions.k8s.io/CustomResourceDefinition':
      fact.crd = crdFact(doc, delta);
      break;
  }
  return fact;
}

function templateFact(doc: YamlDoc, specPath: Path, delta: number): TemplateFact {
  const metaPath = podMetadataPath(doc.manifest!) ?? ['metadata'];
  const labelsPath = doc.manifest!.kind === 'Pod' ? ['metadata', 'labels'] : [...metaPath, 'labels'];
  const labelsSpan =
    span(keyAt(doc, labelsPath), delta) ??
    span(keyAt(doc, labelsPath.slice(0, -1)), delta) ??
    span(keyAt(doc, labelsPath.slice(0, -2)), delta) ??
    [0, 0];
  const containers: ContainerFact[] = [];
  for (const c of containersOf(doc, specPath)) {
    const ports: PortFact[] = [];
    const seq = nodeAt(doc, [...c.path, 'ports']);
    if (isSeq(seq)) {
      seq.items.forEach((_, i) => {
        const p = valueAt(doc, [...c.path, 'ports', i]) as Record<string, unknown> | null;
        if (!p || typeof p.containerPort !== 'number') return;
        ports.push({
          name: str(p.name),
          containerPort: p.containerPort,
          protocol: str(p.protocol) ?? 'TCP',
          span: valueSpan(doc, [...c.path, 'ports', i, 'containerPort'], delta) ?? [0, 0],
        });
      });
    }
    const user = effectiveSecurity(doc, specPath, c, 'runAsUser')?.value;
    containers.push({
      name: c.name,
      image: str(valueAt(doc, [...c.path, 'image'])),
      imageSpan: valueSpan(doc, [...c.path, 'image'], delta) ?? null,
      nonRoot: effectiveSecurity(doc, specPath, c, 'runAsNonRoot')?.value === true ? user !== 0 : typeof user === 'number' && user > 0,
      ports,
      span: valueSpan(doc, [...c.path, 'name'], delta) ?? span(nodeRange(c.node), delta) ?? [0, 0],
    });
  }
  const labels = stringMap(valueAt(doc, labelsPath));
  return { labels, labelsSpan, containers };
}

/** ConfigMaps and Secrets a pod spec names: env, envFrom, volumes (also projected), image pull secrets. */
function podRefs(doc: YamlDoc, specPath: Path, delta: number, out: RefFact[]): void {
  const add = (kind: RefKind, path: Path, via: string, optionalPath?: Path) => {
    const name = str(valueAt(doc, path));
    const s = valueSpan(doc, path, delta);
    if (!name || !s) return;
    out.push({ kind, name, span: s, optional: optionalPath ? valueAt(doc, optionalPath) === true : false, via });
  };
  for (const c of containersOf(doc, specPath)) {
    forEachItem(doc, [...c.path, 'env'], (p) => {
      add('ConfigMap', [...p, 'valueFrom', 'configMapKeyRef', 'name'], 'env', [...p, 'valueFrom', 'configMapKeyRef', 'optional']);
      add('Secret', [...p, 'valueFrom', 'secretKeyRef', 'name'], 'env', [...p, 'valueFrom', 'secretKeyRef', 'optional']);
    });
    forEachItem(doc, [...c.path, 'envFrom'], (p) => {
      add('ConfigMap', [...p, 'configMapRef', 'name'], 'envFrom', [...p, 'configMapRef', 'optional']);
      add('Secret', [...p, 'secretRef', 'name'], 'envFrom', [...p, 'secretRef', 'optional']);
    });
  }
  forEachItem(doc, [...specPath, 'volumes'], (p) => {
    add('ConfigMap', [...p, 'configMap', 'name'], 'volume', [...p, 'configMap', 'optional']);
    add('Secret', [...p, 'secret', 'secretName'], 'volume', [...p, 'secret', 'optional']);
    forEachItem(doc, [...p, 'projected', 'sources'], (q) => {
      add('ConfigMap', [...q, 'configMap', 'name'], 'volume', [...q, 'configMap', 'optional']);
      add('Secret', [...q, 'secret', 'name'], 'volume', [...q, 'secret', 'optional']);
    });
  });
  forEachItem(doc, [...specPath, 'imagePullSecrets'], (p) => add('Secret', [...p, 'name'], 'imagePullSecret'));
}

function forEachItem(doc: YamlDoc, path: Path, fn: (itemPath: Path) => void): void {
  const seq = nodeAt(doc, path);
  if (isSeq(seq)) seq.items.forEach((_, i) => fn([...path, i]));
}

function serviceFact(doc: YamlDoc, delta: number): ServiceFact {
  const type = str(valueAt(doc, ['spec', 'type'])) ?? 'ClusterIP';
  const selNode = nodeAt(doc, ['spec', 'selector']);
  const selector = isMap(selNode) && selNode.items.length ? stringMap(toValue(doc, selNode)) : null;
  const ports: ServicePortFact[] = [];
  forEachItem(doc, ['spec', 'ports'], (p) => {
    const v = valueAt(doc, p) as Record<string, unknown> | null;
    if (!v || typeof v !== 'object') return;
    const port = typeof v.port === 'number' ? v.port : null;
    const explicit = v.targetPort !== undefined && v.targetPort !== null;
    const target = explicit ? (typeof v.targetPort === 'number' || typeof v.targetPort === 'string' ? v.targetPort : null) : port;
    ports.push({
      name: str(v.name),
      port,
      targetPort: target,
      protocol: str(v.protocol) ?? 'TCP',
      span: valueSpan(doc, [...p, explicit ? 'targetPort' : 'port'], delta) ?? [0, 0],
      explicitTarget: explicit,
    });
  });
  return {
    type,
    selector: type === 'ExternalName' ? null : selector,
    selectorSpan: span(keyAt(doc, ['spec', 'selector']), delta) ?? null,
    ports,
    headless: valueAt(doc, ['spec', 'clusterIP']) === 'None',
  };
}

function ingressRefs(doc: YamlDoc, delta: number, out: RefFact[]): void {
  const backend = (path: Path) => {
    // networking.k8s.io/v1: service.name + service.port.{number,name}; v1beta1: serviceName + servicePort.
    const v1 = str(valueAt(doc, [...path, 'service', 'name']));
    if (v1) {
      const num = valueAt(doc, [...path, 'service', 'port', 'number']);
      const name = str(valueAt(doc, [...path, 'service', 'port', 'name']));
      const port = typeof num === 'number' ? num : name ?? undefined;
      const portPath = [...path, 'service', 'port', typeof num === 'number' ? 'number' : 'name'];
      out.push({ kind: 'Service', name: v1, span: valueSpan(doc, [...path, 'service', 'name'], delta)!, optional: false, via: 'ingress', port, portSpan: port === undefined ? undefined : valueSpan(doc, portPath, delta) });
      return;
    }
    const old = str(valueAt(doc, [...path, 'serviceName']));
    if (old) {
      const p = valueAt(doc, [...path, 'servicePort']);
      const port = typeof p === 'number' || typeof p === 'string' ? p : undefined;
      out.push({ kind: 'Service', name: old, span: valueSpan(doc, [...path, 'serviceName'], delta)!, optional: false, via: 'ingress', port, portSpan: valueSpan(doc, [...path, 'servicePort'], delta) });
    }
  };
  backend(['spec', 'defaultBackend']);
  backend(['spec', 'backend']);
  forEachItem(doc, ['spec', 'rules'], (r) => forEachItem(doc, [...r, 'http', 'paths'], (p) => backend([...p, 'backend'])));
  forEachItem(doc, ['spec', 'tls'], (p) => {
    const name = str(valueAt(doc, [...p, 'secretName']));
    const s = valueSpan(doc, [...p, 'secretName'], delta);
    if (name && s) out.push({ kind: 'Secret', name, span: s, optional: false, via: 'tls' });
  });
}

/**
 * The API server defaults a Container LimitRange item's defaultRequest from its default, and its
 * default from its max: any of them gives containers a request, default or max gives a limit.
 */
function limitDefaults(limits: unknown): { requests: string[]; limits: string[] } {
  const requests = new Set<string>();
  const lim = new Set<string>();
  if (Array.isArray(limits)) {
    for (const item of limits) {
      if (!item || typeof item !== 'object' || item.type !== 'Container') continue;
      for (const k of Object.keys(item.defaultRequest ?? {})) requests.add(k);
      for (const k of [...Object.keys(item.default ?? {}), ...Object.keys(item.max ?? {})]) {
        requests.add(k);
        lim.add(k);
      }
    }
  }
  return { requests: [...requests], limits: [...lim] };
}

function crdFact(doc: YamlDoc, delta: number): CrdFact | null {
  const group = str(valueAt(doc, ['spec', 'group']));
  const kind = str(valueAt(doc, ['spec', 'names', 'kind']));
  if (!group || !kind) return null;
  const versions: CrdVersionFact[] = [];
  const v = valueAt(doc, ['spec', 'versions']);
  // v1beta1 allowed one schema for all versions (spec.validation) and a single spec.version.
  const shared = (valueAt(doc, ['spec', 'validation', 'openAPIV3Schema']) as unknown) ?? null;
  if (Array.isArray(v)) {
    for (const x of v) {
      if (!x || typeof x !== 'object' || typeof x.name !== 'string') continue;
      versions.push({ name: x.name, served: x.served !== false, schema: x.schema?.openAPIV3Schema ?? shared });
    }
  } else {
    const single = str(valueAt(doc, ['spec', 'version']));
    if (single) versions.push({ name: single, served: true, schema: shared });
  }
  return {
    group,
    kind,
    plural: str(valueAt(doc, ['spec', 'names', 'plural'])),
    namespaced: valueAt(doc, ['spec', 'scope']) !== 'Cluster',
    versions,
    preserveUnknown: doc.manifest!.apiVersion === 'apiextensions.k8s.io/v1beta1' ? valueAt(doc, ['spec', 'preserveUnknownFields']) !== false : false,
    name: str(valueAt(doc, ['metadata', 'name'])) ?? `${str(valueAt(doc, ['spec', 'names', 'plural'])) ?? kind.toLowerCase()}.${group}`,
    kindSpan: valueSpan(doc, ['spec', 'names', 'kind'], delta) ?? [0, 0],
  };
}

/** Patch files a kustomization names: `patchesStrategicMerge: [file]`, `patches: [{path}]`. */
function patchUris(doc: YamlDoc, uri: string): string[] {
  const out: string[] = [];
  const base = uri.replace(/[^/]*$/, '');
  const add = (p: unknown) => {
    if (typeof p !== 'string' || /[\n{]/.test(p) || /^[a-z]+:/i.test(p)) return; // inline patches and remote URLs
    try {
      out.push(new URL(p, base).href);
    } catch {
      // not a path
    }
  };
  const strategic = valueAt(doc, ['patchesStrategicMerge']);
  if (Array.isArray(strategic)) strategic.forEach(add);
  for (const key of ['patches', 'patchesJson6902']) {
    const list = valueAt(doc, [key]);
    if (Array.isArray(list)) for (const p of list) add(p && typeof p === 'object' ? p.path : p);
  }
  return out;
}

function kustomizationFact(doc: YamlDoc, uri: string): KustomizationFact {
  const images: KustomizationFact['images'] = [];
  const list = valueAt(doc, ['images']);
  if (Array.isArray(list)) {
    for (const i of list) {
      if (!i || typeof i !== 'object' || typeof i.name !== 'string') continue;
      images.push({ name: i.name, newName: str(i.newName) ?? undefined, newTag: i.newTag === undefined || i.newTag === null ? undefined : String(i.newTag), digest: str(i.digest) ?? undefined });
    }
  }
  const generated: KustomizationFact['generated'] = [];
  for (const [key, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
    forEachItem(doc, [key], (p) => {
      const name = str(valueAt(doc, [...p, 'name']));
      const s = valueSpan(doc, [...p, 'name'], 0);
      if (name && s) generated.push({ kind, name, span: s });
    });
  }
  return { patches: patchUris(doc, uri), images, generated };
}

/** A fact with offsets moved by `delta` and its file and document set. */
function shiftFact(f: ObjectFact, delta: number, uri: string, docIndex: number): ObjectFact {
  const m = (s: Span): Span => [s[0] + delta, s[1] + delta];
  const mo = (s: Span | undefined) => (s ? m(s) : undefined);
  return {
    ...f,
    uri,
    doc: docIndex,
    span: m(f.span),
    template: f.template && {
      ...f.template,
      labelsSpan: m(f.template.labelsSpan),
      containers: f.template.containers.map((c) => ({ ...c, span: m(c.span), imageSpan: c.imageSpan && m(c.imageSpan), ports: c.ports.map((p) => ({ ...p, span: m(p.span) })) })),
    },
    replicasSpan: mo(f.replicasSpan),
    service: f.service && {
      ...f.service,
      selectorSpan: f.service.selectorSpan && m(f.service.selectorSpan),
      ports: f.service.ports.map((p) => ({ ...p, span: m(p.span) })),
    },
    refs: f.refs.map((r) => ({ ...r, span: m(r.span), portSpan: mo(r.portSpan) })),
    crd: f.crd && { ...f.crd, kindSpan: m(f.crd.kindSpan) },
  };
}

