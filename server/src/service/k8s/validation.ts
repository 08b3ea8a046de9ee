/**
 * Manifest validation: what kind of object each document is (built-in, removed API, custom
 * resource), then the strict schema walk and the API server's own checks. Findings are cached
 * per document (relative to its start), so an edit re-validates only the documents it touched.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Locale } from '../../l10n';
import { getPair, nodeAt } from '../yaml/nav';
import { scalarString, type YamlDoc, type YamlFile } from '../yaml/parse';
import { apiChange, isHistoricGroup, type ApiChange } from './apiLifecycle';
import { checkResource } from './apiServerChecks';
import { report, span, type CheckContext } from './checkContext';
import { shiftFinding, toDiagnostic, type Finding } from './rules';
import { allResources, apiVersionsOf, isBuiltinGroup, kindsOf, objectType, schemaFor, type ResourceSchema, type SchemaType } from './schema';
import { checkNode } from './schemaCheck';
import { closest } from './suggest';

const MEMO_KEY = 'k8s.findings';

/** Built-in APIs that kubernetes-types does not describe (served by the aggregator, or kubectl's List). */
const UNTYPED_BUILTINS = new Set(['apiregistration.k8s.io/v1/APIService', 'v1/List']);
/** `items` of a `v1` List: objects of any kind (each is checked as a document of its own). */
const LIST_ITEMS: SchemaType = { kind: 'array', items: { kind: 'map', values: { kind: 'scalar', name: 'any' } } };

/** Diagnostics of every manifest in the file: each document, and each item of a List. */
export function manifestDiagnostics(file: YamlFile, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const doc of file.docs) {
    for (const f of documentFindings(file, doc)) out.push(toDiagnostic(f, file.lines, locale));
    for (const item of doc.items ?? []) for (const f of documentFindings(file, item)) out.push(toDiagnostic(f, file.lines, locale));
  }
  return out;
}

/** The findings of one document, in file offsets (cached while its text is unchanged). */
export function documentFindings(file: YamlFile, doc: YamlDoc): Finding[] {
  let rel = doc.memo.get(MEMO_KEY) as Finding[] | undefined;
  if (!rel) {
    rel = checkDocument(file, doc)
      .map((f) => trimmed(file.text, f))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((f) => shiftFinding(f, -doc.start));
    doc.memo.set(MEMO_KEY, rel);
  }
  return rel.map((f) => shiftFinding(f, doc.start));
}

/** A block collection's range ends after its last line break: end the finding on its last character. */
function trimmed(text: string, f: Finding): Finding {
  let end = f.end;
  while (end > f.start && /\s/.test(text[end - 1])) end--;
  return end === f.end ? f : { ...f, end };
}

/** Syntax errors that leave the tree unreliable (a duplicate key does not); a List item's are its List's. */
function brokenSyntax(doc: YamlDoc): boolean {
  return (doc.list?.doc ?? doc).problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
}

export function checkDocument(file: YamlFile, doc: YamlDoc): Finding[] {
  const ctx: CheckContext = { file, doc, out: [], seen: new Set() };
  // Templates are not YAML yet; a document with syntax errors gets those first, not their echoes.
  if (doc.template || brokenSyntax(doc)) return [];
  const root = doc.tree.contents as Node | null;
  const head = doc.manifest;
  if (!head) {
    if (doc.list && isMap(root)) listItemHead(ctx, root);
    else if (isMap(root) && file.docs.some((d) => d.manifest)) halfHead(ctx, root);
    return ctx.out;
  }
  // The items of a List are checked as documents of their own.
  for (const item of doc.items ?? []) ctx.seen.add(item.tree.contents as Node);
  // A typed List's item of the List's kind: what its API is was said once, on the List.
  const quiet = !!head.inferred;
  const { apiVersion, kind } = head;
  const rootMap = root as YAMLMap;
  const apiNode = head.apiVersionPair.value as Node;
  const kindNode = head.kindPair.value as Node;
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);

  const change = apiChange(apiVersion, kind);
  if (change && !quiet) reportChange(ctx, change, apiNode, kindNode);

  const resource = schemaFor(apiVersion, kind);
  if (resource) {
    validateAs(ctx, resource, rootMap);
    return ctx.out;
  }
  if (change) {
    // A removed API whose successor has the same fields is checked against the successor.
    const successor = change.mechanical && change.replacement && requiresMet(doc, change) ? schemaFor(change.replacement, change.replacementKind ?? kind) : undefined;
    if (successor) validateAs(ctx, successor, rootMap);
    else checkResource(ctx, { group, kind }, rootMap);
    return ctx.out;
  }
  if (UNTYPED_BUILTINS.has(`${apiVersion}/${kind}`)) {
    // kubectl decodes a List's items as objects and refuses anything else (`- 42`, `items: x`).
    if (kind === 'List') {
      const items = getPair(doc, rootMap, 'items');
      if (items) checkNode(ctx, items.value as Node | null, LIST_ITEMS, ['items'], items.key as Node, undefined);
    }
    return ctx.out;
  }

  // A built-in group (or one with no dot, which no custom resource group can be): a wrong kind or version.
  if (isBuiltinGroup(group) || isHistoricGroup(group) || !group.includes('.')) {
    if (!quiet) unknownApi(ctx, apiVersion, kind, apiNode, kindNode);
    return ctx.out;
  }
  // A custom resource: one note, and the standard metadata.
  if (kindNode.range && !quiet) report(ctx, { rule: 'k8s/custom-resource', ...span(kindNode), message: 'k8s.customResource', params: { kind, apiVersion } });
  const metaPair = getPair(doc, rootMap, 'metadata');
  if (metaPair) checkNode(ctx, metaPair.value as Node | null, objectType('meta/v1.ObjectMeta')!, ['metadata'], metaPair.key as Node, undefined);
  checkResource(ctx, { group, kind }, rootMap);
  return ctx.out;
}

function validateAs(ctx: CheckContext, resource: ResourceSchema, root: YAMLMap): void {
  ctx.root = resource.type;
  checkNode(ctx, root, resource.type, [], null, undefined);
  checkResource(ctx, resource, root);
}

function requiresMet(doc: YamlDoc, change: ApiChange): boolean {
  return (change.requires ?? []).every((p) => {
    const n = nodeAt(doc, p.split('.'));
    return n !== undefined && n !== null;
  });
}

function reportChange(ctx: CheckContext, change: ApiChange, apiNode: Node, kindNode: Node): void {
  if (!apiNode.range) return;
  const fixes: Finding['fixes'] = [];
  if (change.replacement && change.mechanical && requiresMet(ctx.doc, change) && !change.replacementKind) {
    fixes.push({ title: 'k8s.fix.apiVersion', params: { to: change.replacement }, edits: [{ ...span(apiNode), newText: change.replacement }], preferred: true });
  }
  const details: Finding['details'] = [];
  if (change.replacement) {
    details.push({ key: 'k8s.api.useInstead', params: { apiVersion: change.replacement, kind: change.replacementKind ?? ctx.doc.manifest!.kind } });
  } else {
    details.push({ key: 'k8s.api.noReplacement' });
  }
  if (change.mechanical && change.requires && !requiresMet(ctx.doc, change)) details.push({ key: 'k8s.api.requires', params: { paths: change.requires.join(', ') } });
  if (change.note) details.push({ key: `k8s.api.note.${change.note}` });
  const kind = ctx.doc.manifest!.kind;
  if (change.removedIn) {
    report(ctx, { rule: 'k8s/removed-api', ...span(apiNode), message: 'k8s.removedApi', params: { apiVersion: change.apiVersion, kind, version: change.removedIn }, details, fixes });
  } else {
    const at = change.replacementKind && kindNode.range ? kindNode : apiNode;
    report(ctx, { rule: 'k8s/deprecated-api', ...span(at), message: 'k8s.deprecatedApi', params: { apiVersion: change.apiVersion, kind, version: change.deprecatedIn ?? '' }, details, fixes });
  }
}

/** A built-in group with a kind it does not serve, or a kind at the wrong version. */
function unknownApi(ctx: CheckContext, apiVersion: string, kind: string, apiNode: Node, kindNode: Node): void {
  const versions = apiVersionsOf(kind);
  if (versions.length) {
    if (!apiNode.range) return;
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    // Prefer the same group's version (apps/v2 → apps/v1), then the newest.
    const sameGroup = versions.filter((v) => (v.includes('/') ? v.slice(0, v.indexOf('/')) : '') === group);
    const best = (sameGroup.length ? sameGroup : versions).slice().sort(byStability)[0];
    report(ctx, {
      rule: 'k8s/unknown-api-version',
      ...span(apiNode),
      message: 'k8s.unknownApiVersion',
      params: { apiVersion, kind, versions: versions.join(', ') },
      fixes: [{ title: 'k8s.fix.apiVersion', params: { to: best }, edits: [{ ...span(apiNode), newText: best }], preferred: true }],
    });
    return;
  }
  if (!kindNode.range) return;
  const served = kindsOf(apiVersion);
  const candidates = served.length ? served : allResources().map((r) => r.kind);
  const suggestion = closest(kind, candidates) ?? closest(kind, allResources().map((r) => r.kind));
  const fixes: Finding['fixes'] = [];
  if (suggestion) {
    const edits = [{ ...span(kindNode), newText: suggestion }];
    const suggestedVersions = apiVersionsOf(suggestion);
    if (!suggestedVersions.includes(apiVersion) && apiNode.range) edits.push({ ...span(apiNode), newText: suggestedVersions.slice().sort(byStability)[0] });
    fixes.push({ title: 'k8s.fix.kind', params: { to: suggestion }, edits, preferred: true });
  }
  report(ctx, {
    rule: 'k8s/unknown-kind',
    ...span(kindNode),
    message: served.length ? 'k8s.unknownKindAt' : 'k8s.unknownKind',
    params: { kind, apiVersion },
    details: suggestion ? [{ key: 'k8s.didYouMean', params: { suggestion } }] : undefined,
    fixes,
  });
}

/** v1 before v1beta1 before v1alpha1, newer numbers first. */
function byStability(a: string, b: string): number {
  const rank = (v: string) => {
    const m = /v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return 0;
    return Number(m[1]) * 1000 + (m[2] === undefined ? 500 : m[2] === 'beta' ? 200 + Number(m[3]) : 100 + Number(m[3]));
  };
  return rank(b) - rank(a);
}

/** An item of a List without its own apiVersion and kind: kubectl cannot tell what it is. */
function listItemHead(ctx: CheckContext, root: YAMLMap): void {
  if (getPair(ctx.doc, root, 'apiVersion') || getPair(ctx.doc, root, 'kind')) {
    halfHead(ctx, root);
    return;
  }
  const first = root.items[0]?.key as Node | undefined;
  const at = first?.range ? first : root;
  if (at.range) report(ctx, { rule: 'k8s/missing-api-version', ...span(at), message: 'k8s.listItemHead', params: { kind: ctx.doc.list!.doc.manifest!.kind } });
}

/** A document with kind and no apiVersion (or the reverse) in a file of manifests. */
function halfHead(ctx: CheckContext, root: YAMLMap): void {
  const api = getPair(ctx.doc, root, 'apiVersion');
  const kind = getPair(ctx.doc, root, 'kind');
  if (!!api === !!kind) return;
  const present = (api ?? kind)!;
  const keyNode = present.key as Node;
  if (!keyNode?.range || (present.value && !isScalar(present.value))) return;
  const value = scalarString(present.value);
  const fixes: Finding['fixes'] = [];
  if (!api && value) {
    const versions = apiVersionsOf(value).slice().sort(byStability);
    if (versions.length) {
      const start = keyNode.range[0];
      // Before the key, as its sibling: at its column (a List's item), or in its flow mapping.
      const lines = ctx.file.lines;
      const column = start - lines.lineStarts[lines.lineOf(start)];
      const newText = root.flow ? `apiVersion: ${versions[0]}, ` : `apiVersion: ${versions[0]}\n${' '.repeat(column)}`;
      fixes.push({ title: 'k8s.fix.addApiVersion', params: { apiVersion: versions[0] }, edits: [{ start, end: start, newText }], preferred: true });
    }
  }
  report(ctx, { rule: 'k8s/missing-api-version', ...span(keyNode), message: api ? 'k8s.missingKind' : 'k8s.missingApiVersion', fixes });
}
