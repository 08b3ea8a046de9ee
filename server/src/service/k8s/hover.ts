import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import { documentAt } from '../yaml/nav';
import type { YamlFile } from '../yaml/parse';

/** Hover on the `apiVersion` and `kind` keys of a manifest. */
export function doManifestHover(file: YamlFile, offset: number, locale: Locale): Hover | null {
  const doc = documentAt(file, offset);
  const head = doc?.manifest;
  if (!head) return null;
  for (const [name, pair] of [['apiVersion', head.apiVersionPair], ['kind', head.kindPair]] as const) {
    const range = pair.key?.range;
    if (!range || offset < range[0] || offset > range[1]) continue;
    const title = t(locale, name === 'apiVersion' ? 'hover.apiVersion.title' : 'hover.kind.title');
    const body = t(locale, name === 'apiVersion' ? 'hover.apiVersion.body' : 'hover.kind.body');
    const current = t(locale, 'hover.thisDocument', { apiVersion: head.apiVersion, kind: head.kind });
    return {
      contents: { kind: MarkupKind.Markdown, value: `**${title}** \`string\`\n\n${body}\n\n${current}` },
      range: file.lines.range(range[0], range[1]),
    };
  }
  return null;
}
