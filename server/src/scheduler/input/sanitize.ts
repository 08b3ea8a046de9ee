/**
 * Fields the scheduler reads, forced into the shapes the Go types have. The API server rejects
 * manifests with wrong shapes (the editor shows those errors); the simulator must still answer, so
 * a list that is not a list becomes empty, a null entry is dropped, a map that is not a map is
 * empty. Only structure is fixed here; values are judged where they are used.
 */
import type { Node, Pod, PodSpec } from 'kubernetes-types/core/v1';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function objList(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

function fixList(o: Obj, key: string, each?: (x: Obj) => void): void {
  if (!(key in o)) return;
  const list = objList(o[key]);
  if (each) list.forEach(each);
  o[key] = list;
}

function fixMap(o: Obj, key: string): void {
  if (key in o && !isObj(o[key])) delete o[key];
}

function fixStrings(o: Obj, key: string): void {
  if (!(key in o)) return;
  const v = o[key];
  o[key] = Array.isArray(v) ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : [];
}

function fixSelector(o: Obj, key: string): void {
  if (!(key in o)) return;
  if (!isObj(o[key])) {
    delete o[key];
    return;
  }
  const s = o[key] as Obj;
  fixMap(s, 'matchLabels');
  fixList(s, 'matchExpressions', (e) => fixStrings(e, 'values'));
}

function fixAffinityTerm(t: Obj): void {
  fixSelector(t, 'labelSelector');
  fixSelector(t, 'namespaceSelector');
  fixStrings(t, 'namespaces');
}

function fixNodeSelectorTerm(t: Obj): void {
  fixList(t, 'matchExpressions', (e) => fixStrings(e, 'values'));
  fixList(t, 'matchFields', (e) => fixStrings(e, 'values'));
}

function fixContainer(c: Obj): void {
  fixList(c, 'ports');
  if ('resources' in c) {
    if (!isObj(c.resources)) delete c.resources;
    else {
      fixMap(c.resources as Obj, 'requests');
      fixMap(c.resources as Obj, 'limits');
    }
  }
}

/** Fixes the pod spec in place and returns it. */
export function sanitizePodSpec(spec: unknown): PodSpec {
  if (!isObj(spec)) return { containers: [] };
  const s = spec;
  fixList(s, 'containers', fixContainer);
  if (!Array.isArray(s.containers)) s.containers = [];
  fixList(s, 'initContainers', fixContainer);
  fixList(s, 'tolerations');
  fixList(s, 'volumes');
  fixList(s, 'schedulingGates');
  fixList(s, 'resourceClaims');
  fixMap(s, 'nodeSelector');
  fixMap(s, 'overhead');
  if ('resources' in s && !isObj(s.resources)) delete s.resources;
  fixList(s, 'topologySpreadConstraints', (c) => {
    fixSelector(c, 'labelSelector');
    fixStrings(c, 'matchLabelKeys');
  });
  if ('affinity' in s) {
    if (!isObj(s.affinity)) delete s.affinity;
    else {
      const a = s.affinity as Obj;
      for (const k of ['nodeAffinity', 'podAffinity', 'podAntiAffinity']) fixMap(a, k);
      const na = a.nodeAffinity as Obj | undefined;
      if (na) {
        fixMap(na, 'requiredDuringSchedulingIgnoredDuringExecution');
        const req = na.requiredDuringSchedulingIgnoredDuringExecution as Obj | undefined;
        if (req) fixList(req, 'nodeSelectorTerms', fixNodeSelectorTerm);
        fixList(na, 'preferredDuringSchedulingIgnoredDuringExecution', (p) => {
          if (!isObj(p.preference)) p.preference = {};
          fixNodeSelectorTerm(p.preference as Obj);
        });
      }
      for (const k of ['podAffinity', 'podAntiAffinity']) {
        const pa = a[k] as Obj | undefined;
        if (!pa) continue;
        fixList(pa, 'requiredDuringSchedulingIgnoredDuringExecution', fixAffinityTerm);
        fixList(pa, 'preferredDuringSchedulingIgnoredDuringExecution', (w) => {
          if (!isObj(w.podAffinityTerm)) w.podAffinityTerm = {};
          fixAffinityTerm(w.podAffinityTerm as Obj);
        });
      }
    }
  }
  return s as unknown as PodSpec;
}

function fixMeta(o: Obj): void {
  if (!isObj(o.metadata)) o.metadata = {};
  const m = o.metadata as Obj;
  for (const k of ['labels', 'annotations']) {
    if (k in m && !isObj(m[k])) delete m[k];
    else if (isObj(m[k])) for (const [lk, lv] of Object.entries(m[k] as Obj)) (m[k] as Obj)[lk] = lv === null || lv === undefined ? '' : String(lv);
  }
  fixList(m, 'ownerReferences');
  for (const k of ['name', 'namespace', 'generateName']) if (k in m && typeof m[k] !== 'string') m[k] = m[k] === null ? '' : String(m[k]);
}

export function sanitizePod(pod: Pod): Pod {
  const o = pod as unknown as Obj;
  fixMeta(o);
  o.spec = sanitizePodSpec(o.spec);
  if ('status' in o && !isObj(o.status)) delete o.status;
  return pod;
}

export function sanitizeNode(node: Node): Node {
  const o = node as unknown as Obj;
  fixMeta(o);
  if (!isObj(o.spec)) o.spec = {};
  fixList(o.spec as Obj, 'taints');
  (o.spec as Obj).taints = ((o.spec as Obj).taints as Obj[] | undefined)?.filter((t) => typeof t.key === 'string' || typeof t.effect === 'string');
  if (!isObj(o.status)) o.status = {};
  const st = o.status as Obj;
  fixMap(st, 'allocatable');
  fixMap(st, 'capacity');
  fixList(st, 'conditions');
  fixList(st, 'images', (i) => fixStrings(i, 'names'));
  return node;
}
