/**
 * What rules and navigation read of the workspace: every indexed object, looked up by kind and
 * name, and the pods Services select. A view is a snapshot: the index hands out a new one when a
 * file changes.
 */
import type { Location, Range } from 'vscode-languageserver-types';
import { mapSelects, selectorMatches, type LabelSelector } from './labels';
import type { FileFacts, KustomizationFact, ObjectFact, Span } from './facts';

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
  /** Objects with a pod template whose labels the Service selector selects. */
  selectedBy(selector: Record<string, string>, namespace: string | null): ObjectFact[];
  /** Services whose selector selects these pod labels. */
  servicesSelecting(labels: Record<string, string>, namespace: string | null): ObjectFact[];
  /** Objects with a pod template that a LabelSelector (PDB, NetworkPolicy) selects. */
  matching(selector: LabelSelector, namespace: string | null): ObjectFact[];
  kustomizations(): readonly { uri: string; fact: KustomizationFact }[];
  file(uri: string): FileFacts | undefined;
  /** An LSP location for a span of an indexed file. */
  location(uri: string, span: Span): Location;
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

/** A view over a set of files' facts. */
export function createView(files: ReadonlyMap<string, FileFacts>, complete: boolean, version: number): WorkspaceView {
  let all: ObjectFact[] | undefined;
  let byKind: Map<string, ObjectFact[]> | undefined;
  const everything = () => (all ??= [...files.values()].flatMap((f) => f.objects));
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
  const withTemplate = () => everything().filter((o) => o.template);
  return {
    complete,
    version,
    objects: (kind) => (kind === undefined ? everything() : (kinds().get(kind) ?? [])),
    find: (kind, name, namespace) => (kinds().get(kind) ?? []).filter((o) => o.name === name && sameNamespace(o.namespace, namespace)),
    selectedBy: (selector, namespace) =>
      withTemplate().filter((o) => o.kind !== 'PodTemplate' && sameNamespace(o.namespace, namespace) && mapSelects(selector, o.template!.labels)),
    servicesSelecting: (labels, namespace) =>
      (kinds().get('Service') ?? []).filter((s) => s.service?.selector && sameNamespace(s.namespace, namespace) && mapSelects(s.service.selector, labels)),
    matching: (selector, namespace) =>
      withTemplate().filter((o) => o.kind !== 'PodTemplate' && sameNamespace(o.namespace, namespace) && selectorMatches(selector, o.template!.labels)),
    kustomizations: () => [...files.values()].filter((f) => f.kustomization).map((f) => ({ uri: f.uri, fact: f.kustomization! })),
    file: (uri) => files.get(uri),
    location: (uri, span) => ({ uri, range: rangeFromStarts(files.get(uri)?.lineStarts ?? [0], span[0], span[1]) }),
  };
}


