import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { t, type Locale, type MessageKey } from '../../l10n';
import { catalog } from '../../l10n/catalog';
import type { YamlFile } from './parse';

export const YAML_SOURCE = 'Kube Guide';

/** YAML syntax errors and warnings from the parser, each on the exact span it names. */
export function yamlSyntaxDiagnostics(file: YamlFile, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const doc of file.docs) {
    for (const p of doc.problems) {
      const range = file.lines.range(p.start, p.end);
      const d: Diagnostic = {
        range,
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code: `yaml/${p.code}`,
        source: YAML_SOURCE,
        message: t(locale, p.severity === 'error' ? 'yaml.syntax' : 'yaml.warning', { message: parserMessage(p, locale) }),
      };
      const indent = file.text.slice(p.start, p.end);
      if (p.code === 'TAB_AS_INDENT' && /^[ \t]+$/.test(indent)) {
        // Two spaces per tab: the indentation manifests use.
        d.data = { fixes: [{ title: t(locale, 'yaml.fix.tabs'), edits: [{ range, newText: indent.replace(/\t/g, '  ') }], preferred: true }] };
      }
      out.push(d);
    }
  }
  return out;
}

/** English keeps the parser's specific text; Korean has one message per parser code. */
export function parserMessage(p: { code: string; message: string }, locale: Locale): string {
  const key = `yaml.code.${p.code}` as MessageKey;
  return locale === 'en' || !(key in catalog) ? p.message : t(locale, key);
}
