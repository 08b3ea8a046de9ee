/**
 * Hover in manifests: on any key, its type, required or optional, the official description, the
 * default and the values it takes, and a link to the API reference; on `kind` and `apiVersion`
 * values, what the resource or API is (and whether it was removed). The study notes follow,
 * from the NotesProvider, after a rule (`settings.hover.docs` / `settings.hover.notes`).
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { isScalar, type Node } from 'yaml';
import { t, type Locale } from '../../l10n';
import type { NotesProvider } from '../notes';
import type { Settings } from '../settings';
import { keyRange, locate, nodeRange, type NodeLocation } from '../yaml/nav';
import type { YamlFile } from '../yaml/parse';
import { apiChange } from './apiLifecycle';
import { apiVersionsOf, childType, isBuiltinGroup, kindsOf, objectOf, objectType, referenceUrl, schemaFor, typeAtPath, typeLabel, type Field, type ObjectType, type SchemaType } from './schema';

export function doManifestHover(file: YamlFile, offset: number, locale: Locale, settings: Settings, notes?: NotesProvider): Hover | null {
  const at = locate(file, offset);
  const head = at?.doc.manifest;
  if (!at || !head || !at.path.length) return null;
  const onScalar = at.on === 'value' && isScalar(at.node);
  const range = at.on === 'key' ? (at.pair ? keyRange(at.pair) : undefined) : onScalar ? nodeRange(at.node as Node) : undefined;
  if (!range) return null;
  const value = onScalar && (at.node as { value: unknown }).value !== null ? String((at.node as { value: unknown }).value) : undefined;

  const docs = settings.hover.docs ? docsFor(at, head, value, locale) : null;
  const studyNotes = settings.hover.notes && notes ? notes.hover({ language: 'kubernetes', apiVersion: head.apiVersion, kind: head.kind, path: at.path, on: at.on, value }, locale) : null;
  if (!docs && !studyNotes) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: [docs, studyNotes].filter(Boolean).join('\n\n---\n\n') },
    range: file.lines.range(range[0], range[1]),
  };
}

/** The type of the whole document: its schema, a removed API's successor, or metadata of a custom resource. */
function rootTypeOf(apiVersion: string, kind: string): ObjectType | undefined {
  const direct = schemaFor(apiVersion, kind)?.type;
  if (direct) return direct;
  const change = apiChange(apiVersion, kind);
  if (change?.mechanical && change.replacement) return schemaFor(change.replacement, kind)?.type;
  return undefined;
}

function docsFor(at: NodeLocation, head: { apiVersion: string; kind: string }, value: string | undefined, locale: Locale): string | null {
  const path = at.path;
  const top = path.length === 1 ? path[0] : undefined;
  if (at.on === 'value' && top === 'kind') return kindDocs(head.apiVersion, head.kind, locale);
  if (at.on === 'value' && top === 'apiVersion') return apiVersionDocs(head.apiVersion, head.kind, locale);
  if (at.on === 'key' && (top === 'apiVersion' || top === 'kind')) {
    const title = t(locale, top === 'apiVersion' ? 'hover.apiVersion.title' : 'hover.kind.title');
    const body = t(locale, top === 'apiVersion' ? 'hover.apiVersion.body' : 'hover.kind.body');
    return `**${title}** \`string\` · ${t(locale, 'k8s.hover.required')}\n\n${body}\n\n${t(locale, 'hover.thisDocument', { apiVersion: head.apiVersion, kind: head.kind })}`;
  }
  let root: SchemaType | undefined = rootTypeOf(head.apiVersion, head.kind);
  let rel = path;
  if (!root && path[0] === 'metadata') {
    root = objectType('meta/v1.ObjectMeta');
    rel = path.slice(1);
  }
  if (!root || !rel.length) return null;
  const parent = typeAtPath(root, rel.slice(0, -1));
  const last = rel[rel.length - 1];
  const field = typeof last === 'string' ? objectOf(parent)?.fields.get(last) : undefined;
  if (field) return fieldDocs(field, at.on === 'value' ? value : undefined, locale);
  // An entry of a map (a label, an annotation, a ConfigMap key) or an item of a list.
  const entryType = childType(parent, last);
  if (!entryType) return null;
  const owner = rel.length >= 2 ? rel[rel.length - 2] : undefined;
  if (typeof last === 'string' && typeof owner === 'string') {
    return `**${last}** \`${typeLabel(entryType)}\`\n\n${t(locale, 'k8s.hover.mapEntry', { field: owner })}`;
  }
  return null;
}

function fieldDocs(field: Field, value: string | undefined, locale: Locale): string {
  const lines: string[] = [];
  const flags = [field.required ? t(locale, 'k8s.hover.required') : t(locale, 'k8s.hover.optional')];
  if (field.readOnly) flags.push(t(locale, 'k8s.hover.readOnly'));
  lines.push(`**${field.name}** \`${typeLabel(field.type)}\` · ${flags.join(' · ')}`);
  if (field.description) lines.push(field.description);
  const facts: string[] = [];
  if (field.default) facts.push(`${t(locale, 'k8s.hover.default')}: \`${field.default.replace(/^"|"$/g, '')}\``);
  if (field.enum?.length) facts.push(`${t(locale, 'k8s.hover.values')}: ${field.enum.map((v) => (v === value ? `**\`${v}\`**` : `\`${v}\``)).join(', ')}`);
  if (facts.length) lines.push(facts.join('  \n'));
  lines.push(`[${t(locale, 'k8s.hover.reference', { type: typeName(field.owner) })}](${referenceUrl(field.owner)})`);
  return lines.join('\n\n');
}

function typeName(full: string): string {
  return full.slice(full.lastIndexOf('.') + 1);
}

/** On the kind value: what the resource is. */
function kindDocs(apiVersion: string, kind: string, locale: Locale): string {
  const resource = schemaFor(apiVersion, kind);
  const change = apiChange(apiVersion, kind);
  const lines: string[] = [`**${kind}** · \`${apiVersion}\``];
  if (resource) {
    if (resource.type.description) lines.push(resource.type.description);
    lines.push(`[${t(locale, 'k8s.hover.reference', { type: kind })}](${referenceUrl(resource.type.name)})`);
  } else {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    const versions = apiVersionsOf(kind);
    if (change) {
      const successor = change.replacement ? schemaFor(change.replacement, change.replacementKind ?? kind) : undefined;
      if (successor?.type.description) lines.push(successor.type.description);
    } else if (versions.length) {
      lines.push(t(locale, 'k8s.hover.servedAt', { kind, versions: versions.join(', ') }));
    } else if (!isBuiltinGroup(group) && group.includes('.')) {
      lines.push(t(locale, 'k8s.hover.customResource', { group }));
    }
  }
  if (change) lines.push(lifecycle(change, kind, locale));
  return lines.join('\n\n');
}

/** On the apiVersion value: the group and version, the kinds it serves, whether it is gone. */
function apiVersionDocs(apiVersion: string, kind: string, locale: Locale): string {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const lines = [`**${apiVersion}**`, group ? t(locale, 'k8s.hover.groupVersion', { group, version }) : t(locale, 'k8s.hover.coreVersion', { version })];
  const kinds = kindsOf(apiVersion).filter((k) => !k.endsWith('List'));
  if (kinds.length) lines.push(t(locale, 'k8s.hover.servedKinds', { kinds: kinds.map((k) => (k === kind ? `**${k}**` : k)).join(', ') }));
  if (/alpha/.test(version)) lines.push(t(locale, 'k8s.hover.alpha'));
  else if (/beta/.test(version)) lines.push(t(locale, 'k8s.hover.beta'));
  const change = apiChange(apiVersion, kind);
  if (change) lines.push(lifecycle(change, kind, locale));
  return lines.join('\n\n');
}

function lifecycle(change: NonNullable<ReturnType<typeof apiChange>>, kind: string, locale: Locale): string {
  const head = change.removedIn
    ? t(locale, 'k8s.removedApi', { apiVersion: change.apiVersion, kind, version: change.removedIn })
    : t(locale, 'k8s.deprecatedApi', { apiVersion: change.apiVersion, kind, version: change.deprecatedIn ?? '' });
  const next = change.replacement ? t(locale, 'k8s.api.useInstead', { apiVersion: change.replacement, kind: change.replacementKind ?? kind }) : t(locale, 'k8s.api.noReplacement');
  return `⚠ ${head} ${next}`;
}
