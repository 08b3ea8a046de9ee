/**
 * What the workspace says about a Dockerfile: manifests that run the image it builds as root.
 * The manifest side of the same finding is run-as-non-root; this is its echo on the Dockerfile,
 * so the user sees it on both (same rule id: one setting, one suppression id).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { t, type Locale } from '../../l10n';
import type { WorkspaceView } from '../workspace/view';
import { runAsNonRoot } from './manifest/run-as-non-root';
import { DIAGNOSTIC_SOURCE } from './run';

export function dockerfileWorkspaceDiagnostics(uri: string, view: WorkspaceView, locale: Locale): Diagnostic[] {
  const fact = view.file(uri)?.dockerfile;
  if (!fact?.root) return [];
  const runners = view.runnersOf(uri).filter((r) => !r.container.nonRoot && r.container.imageSpan);
  if (!runners.length) return [];
  const names = [...new Set(runners.map((r) => `${r.object.kind}/${r.object.name ?? '?'}`))];
  const images = [...new Set(runners.map((r) => r.container.image!))];
  return [
    {
      range: view.location(uri, fact.userSpan).range,
      severity: DiagnosticSeverity.Warning,
      code: runAsNonRoot.id,
      codeDescription: { href: runAsNonRoot.docs },
      source: DIAGNOSTIC_SOURCE,
      message: t(locale, 'rules.runAsNonRoot.fromDockerfile', { image: images.join(', '), manifests: names.join(', ') }),
      relatedInformation: runners.map((r) => ({ location: view.location(r.object.uri, r.container.imageSpan!), message: t(locale, 'rules.runAsNonRoot.runner', { name: `${r.object.kind}/${r.object.name ?? '?'}` }) })),
    },
  ];
}
