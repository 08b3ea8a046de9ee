/**
 * Name, label and port-name rules exactly as apimachinery's validation states them
 * (k8s.io/apimachinery/pkg/util/validation, api/validation/path), and which rule each kind's
 * `metadata.name` follows (pkg/apis/<group>/validation: ValidatePodName, ValidateServiceName…).
 * Each check returns the problems as message keys; empty when valid.
 */
import type { MessageKey } from '../../l10n';

export type NameRule = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment';

export interface NameProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;

/** The rule a kind's metadata.name follows; most kinds use a DNS-1123 subdomain. */
export function nameRuleOf(group: string, kind: string): NameRule {
  if (group === '' && kind === 'Service') return 'dns1035-label';
  if (group === '' && kind === 'Namespace') return 'dns1123-label';
  if (group === 'rbac.authorization.k8s.io') return 'path-segment';
  // Name-less cluster objects whose names carry colons or other characters by design.
  if (group === 'flowcontrol.apiserver.k8s.io' || group === 'apiregistration.k8s.io') return 'path-segment';
  if (group === 'certificates.k8s.io' && kind === 'CertificateSigningRequest') return 'path-segment';
  return 'dns1123-subdomain';
}

export function checkName(name: string, rule: NameRule, prefix = false): NameProblem[] {
  // A generateName prefix may end with a dash: validate as if a suffix followed.
  const n = prefix && name.endsWith('-') ? name.slice(0, -1) + 'a' : name;
  switch (rule) {
    case 'dns1123-label':
      return checkDns1123Label(n);
    case 'dns1035-label':
      return checkDns1035Label(n);
    case 'dns1123-subdomain':
      return checkDns1123Subdomain(n);
    case 'path-segment':
      return checkPathSegment(n);
  }
}

export function checkDns1123Label(v: string): NameProblem[] {
  const out: NameProblem[] = [];
  if (v.length > 63) out.push({ key: 'k8s.name.tooLong', params: { max: 63 } });
  if (!DNS1123_LABEL.test(v)) out.push({ key: 'k8s.name.dns1123Label' });
  return out;
}

export function checkDns1123Subdomain(v: string): NameProblem[] {
  const out: NameProblem[] = [];
  if (v.length > 253) out.push({ key: 'k8s.name.tooLong', params: { max: 253 } });
  if (!DNS1123_SUBDOMAIN.test(v)) out.push({ key: 'k8s.name.dns1123Subdomain' });
  return out;
}

export function checkDns1035Label(v: string): NameProblem[] {
  const out: NameProblem[] = [];
  if (v.length > 63) out.push({ key: 'k8s.name.tooLong', params: { max: 63 } });
  if (!DNS1035_LABEL.test(v)) out.push({ key: 'k8s.name.dns1035Label' });
  return out;
}

export function checkPathSegment(v: string): NameProblem[] {
  if (v === '.' || v === '..') return [{ key: 'k8s.name.pathDots' }];
  if (/[/%]/.test(v)) return [{ key: 'k8s.name.pathChars' }];
  return [];
}

/** A qualified name (label and annotation keys): optional DNS subdomain prefix, `/`, name ≤ 63. */
export function checkQualifiedName(key: string): NameProblem[] {
  const parts = key.split('/');
  let name = key;
  const out: NameProblem[] = [];
  if (parts.length === 2) {
    const [prefix, rest] = parts;
    name = rest;
    if (!prefix) out.push({ key: 'k8s.label.emptyPrefix' });
    else if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)) out.push({ key: 'k8s.label.badPrefix', params: { prefix } });
  } else if (parts.length > 2) {
    return [{ key: 'k8s.label.keySlashes' }];
  }
  if (!name) out.push({ key: 'k8s.label.emptyName' });
  else {
    if (name.length > 63) out.push({ key: 'k8s.name.tooLong', params: { max: 63 } });
    if (!QUALIFIED_NAME.test(name)) out.push({ key: 'k8s.label.keyChars' });
  }
  return out;
}

export function checkLabelValue(v: string): NameProblem[] {
  const out: NameProblem[] = [];
  if (v.length > 63) out.push({ key: 'k8s.name.tooLong', params: { max: 63 } });
  if (!LABEL_VALUE.test(v)) out.push({ key: 'k8s.label.valueChars' });
  return out;
}

/** A container or probe port name (IANA_SVC_NAME): ≤ 15, lowercase letters, digits and single inner dashes, a letter somewhere. */
export function checkPortName(v: string): NameProblem[] {
  const out: NameProblem[] = [];
  if (v.length < 1 || v.length > 15) out.push({ key: 'k8s.port.nameLength' });
  if (!IANA_SVC_NAME.test(v)) out.push({ key: 'k8s.port.nameChars' });
  else {
    if (!/[a-z]/.test(v)) out.push({ key: 'k8s.port.nameLetter' });
    if (v.includes('--')) out.push({ key: 'k8s.port.nameDashes' });
    if (v.startsWith('-') || v.endsWith('-')) out.push({ key: 'k8s.port.nameEnds' });
  }
  return out;
}

/** A lowercase suggestion that passes the rule, for a quick fix (`My_App` → `my-app`). */
export function suggestName(name: string, rule: NameRule): string | undefined {
  if (rule === 'path-segment') return undefined;
  let s = name
    .toLowerCase()
    .replace(rule === 'dns1123-subdomain' ? /[^a-z0-9.-]+/g : /[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (rule === 'dns1123-subdomain') s = s.replace(/\.-|-\./g, '.').replace(/\.{2,}/g, '.');
  if (rule === 'dns1035-label') s = s.replace(/^[0-9-]+/, '');
  const max = rule === 'dns1123-subdomain' ? 253 : 63;
  s = s.slice(0, max).replace(/[-.]+$/, '');
  return s && s !== name && checkName(s, rule).length === 0 ? s : undefined;
}
