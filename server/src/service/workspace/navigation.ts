/**
 * Go to definition, find references and the Service code lens, over the workspace index:
 * - a Service selector → the pod templates it selects (and back: a template's labels → the
 *   Services that select it);
 * - a ConfigMap/Secret reference (env, envFrom, volumes) → the manifest that defines it (or the
 *   kustomize generator); an Ingress backend or a StatefulSet's serviceName → the Service; an
 *   HPA's scaleTargetRef → the workload;
 * - the name of a ConfigMap, Secret, Service or workload → everything that refers to it.
 */
import type { CodeLens, Location, Position } from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import { documentAt, nodeAt, nodeRange } from '../yaml/nav';
import type { YamlFile } from '../yaml/parse';
import type { ObjectFact, RefFact, Span } from './facts';
import { sameNamespace, type WorkspaceView } from './view';

/** The VS Code command our client registers to show a list of locations (`editor.action.showReferences` with plain JSON arguments). */
export const SHOW_REFERENCES_COMMAND = 'kubeGuide.showReferences';

const inside = (span: Span | null | undefined, offset: number) => !!span && offset >= span[0] && offset <= span[1];

interface Target {
  self: ObjectFact;
  /** What the cursor is on. */
  on: { ref: RefFact } | { selector: true } | { templateLabels: true } | { name: true };
}

function targetAt(uri: string, file: YamlFile, offset: number, view: WorkspaceView): Target | null {
  const doc = documentAt(file, offset);
  const self = doc && view.file(uri)?.objects.find((o) => o.doc === doc.index && o.item === doc.list?.index);
  if (!doc || !self) return null;
  const ref = self.refs.find((r) => inside(r.span, offset));
  if (ref) return { self, on: { ref } };
  if (self.service) {
    const sel = nodeRange(nodeAt(doc, ['spec', 'selector']) ?? undefined);
    if (inside(self.service.selectorSpan, offset) || inside(sel, offset)) return { self, on: { selector: true } };
  }
  if (self.template && self.kind !== 'Pod') {
    const labels = nodeRange(nodeAt(doc, ['spec', 'template', 'metadata', 'labels']) ?? undefined);
    if (inside(self.template.labelsSpan, offset) || inside(labels, offset)) return { self, on: { templateLabels: true } };
  } else if (self.template) {
    const labels = nodeRange(nodeAt(doc, ['metadata', 'labels']) ?? undefined);
    if (inside(self.template.labelsSpan, offset) || inside(labels, offset)) return { self, on: { templateLabels: true } };
  }
  if (self.name !== null && inside(self.span, offset)) return { self, on: { name: true } };
  return null;
}

/** What a reference points at. */
function referents(view: WorkspaceView, self: ObjectFact, ref: RefFact): Location[] {
  const kind = ref.kind === 'ScaleTarget' ? ref.targetKind ?? '' : ref.kind;
  const out = view.find(kind, ref.name, self.namespace).map((o) => view.location(o.uri, o.span));
  if (ref.kind === 'ConfigMap' || ref.kind === 'Secret') {
    for (const k of view.kustomizations()) for (const g of k.fact.generated) if (g.kind === ref.kind && g.name === ref.name) out.push(view.location(k.uri, g.span));
  }
  return out;
}

const templates = (view: WorkspaceView, selector: Record<string, string>, ns: string | null) =>
  view.selectedBy(selector, ns).map((o) => view.location(o.uri, o.template!.labelsSpan));

const selectors = (view: WorkspaceView, o: ObjectFact) =>
  view.servicesSelecting(o.template!.labels, o.namespace).map((s) => view.location(s.uri, s.service!.selectorSpan ?? s.span));

/** Whether `ref` names object `o`. */
function refersTo(ref: RefFact, from: ObjectFact, o: ObjectFact): boolean {
  if (ref.name !== o.name || !sameNamespace(from.namespace, o.namespace)) return false;
  return ref.kind === 'ScaleTarget' ? ref.targetKind === o.kind : ref.kind === o.kind;
}

export function findDefinition(uri: string, file: YamlFile, offset: number, view: WorkspaceView): Location[] | null {
  const target = targetAt(uri, file, offset, view);
  if (!target) return null;
  const { self, on } = target;
  if ('ref' in on) return referents(view, self, on.ref);
  if ('selector' in on && self.service?.selector) return templates(view, self.service.selector, self.namespace);
  if ('templateLabels' in on) return selectors(view, self);
  return null;
}

export function findReferences(uri: string, file: YamlFile, offset: number, view: WorkspaceView, includeDeclaration: boolean): Location[] | null {
  const target = targetAt(uri, file, offset, view);
  if (!target) return null;
  const { self, on } = target;
  if ('selector' in on && self.service?.selector) return templates(view, self.service.selector, self.namespace);
  if ('templateLabels' in on) return selectors(view, self);
  // From a reference, or from a name: every reference to that object.
  let objects: ObjectFact[];
  if ('ref' in on) {
    const kind = on.ref.kind === 'ScaleTarget' ? on.ref.targetKind ?? '' : on.ref.kind;
    objects = view.find(kind, on.ref.name, self.namespace);
    if (!objects.length) {
      // Nothing defines it: the other references to the same name are still worth seeing.
      objects = [{ ...self, kind, name: on.ref.name, uri: '', span: on.ref.span } as ObjectFact];
    }
  } else objects = [self];
  const out: Location[] = [];
  for (const o of objects) {
    if (includeDeclaration && o.uri) out.push(view.location(o.uri, o.span));
    for (const from of view.objects()) for (const r of from.refs) if (refersTo(r, from, o)) out.push(view.location(from.uri, r.span));
    if (o.template && o.kind !== 'PodTemplate' && o.uri) out.push(...selectors(view, o));
  }
  return dedupe(out);
}

function dedupe(list: Location[]): Location[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** A lens over each Service with a selector: how many workloads it selects, opening them. */
export function serviceCodeLenses(uri: string, view: WorkspaceView, locale: Locale): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const svc of view.file(uri)?.objects ?? []) {
    if (svc.kind !== 'Service' || !svc.service?.selector || !svc.service.selectorSpan) continue;
    const picked = view.selectedBy(svc.service.selector, svc.namespace);
    const where = view.location(uri, svc.service.selectorSpan);
    const names = picked.map((o) => `${o.kind}/${o.name}`).join(', ');
    const title =
      picked.length === 0 ? t(locale, 'rules.lens.selectsNone') : picked.length === 1 ? t(locale, 'rules.lens.selectsOne', { names }) : t(locale, 'rules.lens.selects', { count: picked.length, names });
    const position: Position = where.range.start;
    lenses.push({
      range: where.range,
      command: picked.length
        ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [uri, position, picked.map((o) => view.location(o.uri, o.template!.labelsSpan))] }
        : { title, command: '' },
    });
  }
  return lenses;
}
