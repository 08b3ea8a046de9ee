/** Shared by the security rules: the securityContext fix and where a container finding goes. */
import { nodeAt } from '../yaml/nav';
import type { YamlDoc, YamlFile } from '../yaml/parse';
import { containerAnchor, keyAt, type ContainerView } from './objects';
import type { Fix } from './rule';
import { mergeIntoMap, type YamlObject } from './yamlEdit';

/** The container's `securityContext` key when it has one, else its name. */
export function securityAnchor(doc: YamlDoc, c: ContainerView): [number, number] {
  return keyAt(doc, [...c.path, 'securityContext']) ?? containerAnchor(doc, c);
}

/** "Add … to the container's securityContext", merging into what is there. */
export function securityContextFix(file: YamlFile, doc: YamlDoc, c: ContainerView, values: YamlObject, preferred = true): Fix[] {
  const edits = mergeIntoMap(file, doc, c.node, 'securityContext', values);
  if (!edits?.length) return [];
  return [{ title: 'rules.fix.securityContext', params: { fields: Object.keys(values).join(', ') }, edits, preferred }];
}

export function isWindowsPod(doc: YamlDoc, spec: (string | number)[]): boolean {
  const os = nodeAt(doc, [...spec, 'os', 'name']);
  return !!os && (os as { value?: unknown }).value === 'windows';
}
