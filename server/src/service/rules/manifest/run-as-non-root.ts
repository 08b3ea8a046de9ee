/**
 * No `runAsNonRoot: true` and no non-zero `runAsUser`: the image decides, and most run as root
 * (P4). When a workspace Dockerfile builds the image (skaffold, compose), its final USER decides:
 * non-root, no finding; root, the finding says so and points at the Dockerfile (which says so too).
 */
import { relativeTo } from '../crossDoc';
import { parseImage } from '../image';
import { containersOf, effectiveSecurity, podSpecPath, valueAt } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { isWindowsPod, securityAnchor, securityContextFix } from '../security';

export const runAsNonRoot: ManifestRule = {
  id: 'manifest/run-as-non-root',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.runAsNonRoot.description',
  docs: K8S_DOCS + 'tasks/configure-pod-container/security-context/',
  principle: 'security.nonRoot',
  equivalents: { kubeLinter: ['run-as-non-root'], kubeScore: ['container-security-context-user-group-id'], polaris: ['runAsRootAllowed'] },
  scope: 'workspace',
  check({ file, doc, head, workspace, uri }) {
    const spec = podSpecPath(head);
    if (!spec || isWindowsPod(doc, spec)) return [];
    const out: Finding[] = [];
    for (const c of containersOf(doc, spec)) {
      const user = effectiveSecurity(doc, spec, c, 'runAsUser');
      const nonRoot = effectiveSecurity(doc, spec, c, 'runAsNonRoot');
      // An explicit UID or an explicit `runAsNonRoot: false` is a decision: run-as-root judges those.
      if (user && typeof user.value === 'number') continue;
      if (nonRoot && (nonRoot.value === true || nonRoot.value === false)) continue;
      if (effectiveSecurity(doc, spec, c, 'windowsOptions')) continue;
      const image = valueAt(doc, [...c.path, 'image']);
      if (typeof image === 'string' && knownNonRoot(image)) continue;
      const built = typeof image === 'string' ? workspace.builtFrom(image) : null;
      if (built?.dockerfile && !built.dockerfile.root) continue;
      const [start, end] = securityAnchor(doc, c);
      const finding: Finding = {
        start,
        end,
        message: 'rules.runAsNonRoot.message',
        params: { container: c.name ?? '?' },
        fixes: securityContextFix(file, doc, c, { runAsNonRoot: true }),
      };
      if (built?.dockerfile) {
        finding.message = 'rules.runAsNonRoot.dockerfile';
        finding.params = { container: c.name ?? '?', image: String(image), dockerfile: relativeTo(uri, built.build.dockerfile) };
        finding.related = [{ at: workspace.location(built.build.dockerfile, built.dockerfile.userSpan), message: 'rules.runAsNonRoot.related' }];
      }
      out.push(finding);
    }
    return out;
  },
};

/**
 * Images published to run as a non-root user (the same families the Dockerfile rules know):
 * Bitnami, Chainguard, nginx-unprivileged, and `nonroot` tags (distroless).
 */
export function knownNonRoot(image: string): boolean {
  const ref = parseImage(image);
  if (!ref) return false;
  const name = ref.name.toLowerCase().replace(/^(docker\.io\/|index\.docker\.io\/)/, '');
  return (
    /(^|[-_.:])nonroot($|[-_.])/.test(ref.tag ?? '') ||
    name.startsWith('bitnami/') ||
    name.startsWith('cgr.dev/chainguard/') ||
    /(^|\/)nginxinc\/nginx-unprivileged$/.test(name)
  );
}
