/**
 * Image references as `FROM` and `COPY --from` write them: `[registry/]path[:tag][@digest]`,
 * split with file offsets so a rule can point at the tag, the digest or the whole reference.
 */

export interface ImageRef {
  /** The reference as written, with absolute offsets. */
  text: string;
  start: number;
  end: number;
  /** `docker.io`, `gcr.io`, `localhost:5000`; null when none is written (Docker Hub). */
  registry: string | null;
  /** The path without the registry: `library/node`, `node`, `distroless/static-debian12`. */
  path: string;
  /** The last path component: `node`, `static-debian12`. */
  name: string;
  tag: string | null;
  tagStart: number;
  tagEnd: number;
  digest: string | null;
  digestStart: number;
  digestEnd: number;
  /** `$VAR` or `${VAR}` anywhere: the reference is only known at build time. */
  hasVariable: boolean;
}

export function parseImageRef(text: string, start: number): ImageRef {
  const end = start + text.length;
  const at = text.indexOf('@');
  const beforeDigest = at >= 0 ? text.slice(0, at) : text;
  const digest = at >= 0 ? text.slice(at + 1) : null;
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', slash + 1);
  const nameWithPath = colon >= 0 ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : null;
  const first = nameWithPath.indexOf('/');
  const head = first >= 0 ? nameWithPath.slice(0, first) : '';
  const isRegistry = first >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost');
  const path = isRegistry ? nameWithPath.slice(first + 1) : nameWithPath;
  return {
    text,
    start,
    end,
    registry: isRegistry ? head : null,
    path,
    name: path.slice(path.lastIndexOf('/') + 1),
    tag,
    tagStart: colon >= 0 ? start + colon + 1 : start + beforeDigest.length,
    tagEnd: start + beforeDigest.length,
    digest,
    digestStart: at >= 0 ? start + at + 1 : end,
    digestEnd: end,
    hasVariable: text.includes('$'),
  };
}

/** Docker Hub's official images live under `library/`; `node` and `docker.io/library/node` are the same. */
export function repositoryKey(ref: ImageRef): string {
  const registry = ref.registry === 'docker.io' || ref.registry === 'index.docker.io' || ref.registry === 'registry-1.docker.io' ? null : ref.registry;
  const path = !registry && ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  return (registry ? registry + '/' : '') + path.toLowerCase();
}
