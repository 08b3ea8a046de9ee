/**
 * The Dockerfile reference as data, in English (the official docs' language): instructions with
 * their syntax and a completion snippet, their flags, `RUN --mount` types and options, parser
 * directives. Completion and hover read it; hand-written after docs.docker.com/reference/dockerfile.
 */

export const REFERENCE_URL = 'https://docs.docker.com/reference/dockerfile/';

export interface FlagDoc {
  name: string;
  /** `=value` placeholder shown in the syntax, or null for a boolean flag. */
  value: string | null;
  /** Values to complete after `--name=`. */
  values?: string[];
  /** May appear more than once. */
  repeatable?: boolean;
  doc: string;
}

export interface InstructionDoc {
  name: string;
  syntax: string[];
  /** Completion snippet after the keyword (LSP snippet syntax). */
  snippet: string;
  doc: string;
  flags: FlagDoc[];
  /** Allowed as an ONBUILD trigger. */
  trigger: boolean;
}

const duration = ['5s', '10s', '30s', '1m', '5m'];

export const INSTRUCTIONS: InstructionDoc[] = [
  {
    name: 'FROM',
    syntax: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    snippet: 'FROM ${1:alpine:3.20}${2: AS ${3:build}}',
    doc: 'Starts a new build stage from a base image (or `scratch`, or an earlier stage). A Dockerfile may have several FROM lines: each starts a stage, and the last one is the image the build produces. `AS name` names the stage for `COPY --from` and `FROM name`.',
    flags: [
      {
        name: 'platform',
        value: '<platform>',
        values: ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'windows/amd64'],
        doc: 'The platform of the base image, for multi-platform builds: `--platform=$BUILDPLATFORM` runs a build stage natively and cross-compiles for `$TARGETPLATFORM`.',
      },
    ],
    trigger: false,
  },
  {
    name: 'RUN',
    syntax: ['RUN [OPTIONS] <command> ...', 'RUN [OPTIONS] ["<executable>", "<param>", ...]'],
    snippet: 'RUN ${1:command}',
    doc: 'Runs a command in a new layer on top of the current image and commits the result. Shell form runs through `/bin/sh -c` (or the SHELL); exec form runs the executable directly. Heredocs (`RUN <<EOF`) run a script.',
    flags: [
      {
        name: 'mount',
        value: 'type=<type>[,option=<value>…]',
        repeatable: true,
        doc: 'Mounts something for this RUN only, so it does not end up in the layer: `cache` (a persistent cache for package managers and compilers), `bind` (the build context or another stage), `tmpfs`, `secret` (a build secret as a file or variable), `ssh` (the SSH agent).',
      },
      { name: 'network', value: '<mode>', values: ['default', 'none', 'host'], doc: 'The network of this RUN: `default` (the normal network), `none` (no network access), `host` (the host network; needs the `network.host` entitlement).' },
      { name: 'security', value: '<mode>', values: ['sandbox', 'insecure'], doc: 'Runs the command `insecure` (privileged, needs the `security.insecure` entitlement) or in the default `sandbox`.' },
    ],
    trigger: true,
  },
  {
    name: 'CMD',
    syntax: ['CMD ["executable", "param1", "param2"]', 'CMD ["param1", "param2"] (default parameters of ENTRYPOINT)', 'CMD command param1 param2'],
    snippet: 'CMD ["${1:executable}"${2:, "${3:arg}"}]',
    doc: 'The default command of a container (or the default arguments of ENTRYPOINT). Only the last CMD of a stage counts. Prefer the exec (JSON) form: the process is PID 1 and receives SIGTERM on `docker stop`.',
    flags: [],
    trigger: true,
  },
  {
    name: 'LABEL',
    syntax: ['LABEL <key>=<value> [<key>=<value>...]'],
    snippet: 'LABEL ${1:org.opencontainers.image.source}="${2:value}"',
    doc: 'Adds metadata to the image as key-value pairs (`docker image inspect` shows them). The OCI keys `org.opencontainers.image.*` (source, version, authors, licenses…) are understood by registries and scanners.',
    flags: [],
    trigger: true,
  },
  {
    name: 'MAINTAINER',
    syntax: ['MAINTAINER <name>'],
    snippet: 'MAINTAINER ${1:name}',
    doc: 'Deprecated: sets the author field. Use `LABEL org.opencontainers.image.authors="…"` instead.',
    flags: [],
    trigger: false,
  },
  {
    name: 'EXPOSE',
    syntax: ['EXPOSE <port>[/<protocol>] ...'],
    snippet: 'EXPOSE ${1:8080}',
    doc: 'Documents the ports the container listens on (TCP unless `/udp`). It publishes nothing: `docker run -p 12345:8080` (or a Kubernetes Service) does; match `containerPort` in your manifests.',
    flags: [],
    trigger: true,
  },
  {
    name: 'ENV',
    syntax: ['ENV <key>=<value> [<key>=<value>...]'],
    snippet: 'ENV ${1:KEY}=${2:value}',
    doc: 'Sets environment variables for the following instructions and for the running container. Values stay in the image: never put secrets here.',
    flags: [],
    trigger: true,
  },
  {
    name: 'ADD',
    syntax: ['ADD [OPTIONS] <src> ... <dest>', 'ADD [OPTIONS] ["<src>", ... "<dest>"]'],
    snippet: 'ADD ${1:src} ${2:dest}',
    doc: 'Copies files into the image, and also downloads URLs, clones Git repositories and unpacks local tar archives. For plain local files use COPY; for a URL add `--checksum`.',
    flags: [
      { name: 'checksum', value: '<hash>', values: ['sha256:'], doc: 'The expected digest of a remote source (`sha256:…`): the build fails if the download differs, which keeps the image immutable.' },
      { name: 'keep-git-dir', value: '<boolean>', values: ['true', 'false'], doc: 'Keeps the `.git` directory when adding a Git repository.' },
      { name: 'chown', value: '<user>:<group>', doc: 'Owner of the added files (names or ids); default root.' },
      { name: 'chmod', value: '<perms>', values: ['755', '644', '0555'], doc: 'Permissions of the added files (octal).' },
      { name: 'link', value: null, doc: 'Adds the files in an independent layer, so the layer is reused even when earlier layers change.' },
      { name: 'exclude', value: '<path>', repeatable: true, doc: 'A pattern of sources to leave out.' },
      { name: 'unpack', value: '<boolean>', values: ['true', 'false'], doc: 'Whether to unpack an archive source (remote archives are not unpacked by default).' },
    ],
    trigger: true,
  },
  {
    name: 'COPY',
    syntax: ['COPY [OPTIONS] <src> ... <dest>', 'COPY [OPTIONS] ["<src>", ... "<dest>"]'],
    snippet: 'COPY ${1:src} ${2:dest}',
    doc: 'Copies files from the build context (or another stage with `--from`) into the image. In a multi-stage build, `COPY --from=build /out/app /app` takes only the result of the build stage into the final image.',
    flags: [
      { name: 'from', value: '<stage|image|context>', doc: 'Copies from an earlier build stage (by name or index), an image, or a named context instead of the build context: the heart of a multi-stage build.' },
      { name: 'chown', value: '<user>:<group>', doc: 'Owner of the copied files (names or ids); default root.' },
      { name: 'chmod', value: '<perms>', values: ['755', '644', '0555'], doc: 'Permissions of the copied files (octal).' },
      { name: 'link', value: null, doc: 'Copies the files in an independent layer, so the layer is reused even when earlier layers change.' },
      { name: 'parents', value: null, doc: 'Keeps the parent directories of the sources (`COPY --parents ./a/b/file /dst/` creates `/dst/a/b/file`).' },
      { name: 'exclude', value: '<path>', repeatable: true, doc: 'A pattern of sources to leave out.' },
    ],
    trigger: true,
  },
  {
    name: 'ENTRYPOINT',
    syntax: ['ENTRYPOINT ["executable", "param1", "param2"]', 'ENTRYPOINT command param1 param2'],
    snippet: 'ENTRYPOINT ["${1:executable}"]',
    doc: 'The executable the container runs; CMD gives its default arguments. Use the exec form: in shell form the shell is PID 1, CMD is ignored, and signals do not reach the app.',
    flags: [],
    trigger: true,
  },
  {
    name: 'VOLUME',
    syntax: ['VOLUME ["/data"]', 'VOLUME /data ...'],
    snippet: 'VOLUME ["${1:/data}"]',
    doc: 'Marks a mount point for data that lives outside the container; changes made to it by later build steps are discarded.',
    flags: [],
    trigger: true,
  },
  {
    name: 'USER',
    syntax: ['USER <user>[:<group>]', 'USER <UID>[:<GID>]'],
    snippet: 'USER ${1:nobody}',
    doc: 'The user (and group) for the following RUN, CMD and ENTRYPOINT, and for the container. Run as a user other than root; a numeric UID works even where the image has no passwd entry (scratch) and lets Kubernetes check `runAsNonRoot`.',
    flags: [],
    trigger: true,
  },
  {
    name: 'WORKDIR',
    syntax: ['WORKDIR /path/to/workdir'],
    snippet: 'WORKDIR ${1:/app}',
    doc: 'Sets the working directory for the following instructions (created if missing). Use an absolute path, and use it instead of `cd` in RUN.',
    flags: [],
    trigger: true,
  },
  {
    name: 'ARG',
    syntax: ['ARG <name>[=<default value>] [<name>[=<default value>]...]'],
    snippet: 'ARG ${1:NAME}${2:=${3:default}}',
    doc: 'Declares a build argument, set with `docker build --build-arg NAME=value`. Before the first FROM it can be used in FROM lines; in a stage, from its declaration on. Values show in the image history: not for secrets.',
    flags: [],
    trigger: true,
  },
  {
    name: 'ONBUILD',
    syntax: ['ONBUILD <INSTRUCTION>'],
    snippet: 'ONBUILD ${1:RUN} ${2:command}',
    doc: 'Adds a trigger that runs when another build uses this image as its base.',
    flags: [],
    trigger: false,
  },
  {
    name: 'STOPSIGNAL',
    syntax: ['STOPSIGNAL signal'],
    snippet: 'STOPSIGNAL ${1|SIGTERM,SIGINT,SIGQUIT,SIGKILL|}',
    doc: 'The signal `docker stop` (and Kubernetes) sends to stop the container; SIGTERM by default.',
    flags: [],
    trigger: true,
  },
  {
    name: 'HEALTHCHECK',
    syntax: ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'],
    snippet: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:["wget", "-qO-", "http://localhost:8080/health"]}',
    doc: 'How Docker checks that the container still works; `NONE` disables a base image\'s check. Kubernetes ignores it and uses the pod\'s liveness and readiness probes.',
    flags: [
      { name: 'interval', value: '<duration>', values: duration, doc: 'Time between checks (default 30s).' },
      { name: 'timeout', value: '<duration>', values: duration, doc: 'Time a check may take before it counts as failed (default 30s).' },
      { name: 'start-period', value: '<duration>', values: duration, doc: 'Start-up time during which failures do not count (default 0s).' },
      { name: 'start-interval', value: '<duration>', values: duration, doc: 'Time between checks during the start period (default 5s).' },
      { name: 'retries', value: '<n>', values: ['3', '5'], doc: 'Consecutive failures before the container is unhealthy (default 3).' },
    ],
    trigger: true,
  },
  {
    name: 'SHELL',
    syntax: ['SHELL ["executable", "parameters"]'],
    snippet: 'SHELL ["${1:/bin/bash}", "${2:-o}", "${3:pipefail}", "${4:-c}"]',
    doc: 'The shell for the shell form of RUN, CMD and ENTRYPOINT (`["/bin/sh", "-c"]` by default). `["/bin/bash", "-o", "pipefail", "-c"]` makes a failing command in a pipe fail the step.',
    flags: [],
    trigger: true,
  },
];

export interface MountOptionDoc {
  name: string;
  values?: string[];
  doc: string;
}

export const MOUNT_TYPES: { type: string; doc: string; options: MountOptionDoc[] }[] = [
  {
    type: 'bind',
    doc: 'Binds files from the build context or another stage, read-only by default; nothing is copied into the layer.',
    options: [
      { name: 'target', doc: 'Where the files appear (also `dst`, `destination`).' },
      { name: 'source', doc: 'The path in the `from` (default: its root).' },
      { name: 'from', doc: 'A stage, image or named context to bind from (default: the build context).' },
      { name: 'rw', values: ['true', 'false'], doc: 'Allows writes (they are discarded).' },
    ],
  },
  {
    type: 'cache',
    doc: 'A cache directory that persists between builds (package manager and compiler caches) and never ends up in the image.',
    options: [
      { name: 'target', doc: 'The cache directory (also `dst`, `destination`), e.g. `/root/.cache/go-build`, `/var/cache/apt`.' },
      { name: 'id', doc: 'The cache id (default: the target).' },
      { name: 'sharing', values: ['shared', 'private', 'locked'], doc: 'How concurrent builds share it: `shared` (default), `private` (a new one if in use), `locked` (wait; apt needs it).' },
      { name: 'from', doc: 'A stage or image to seed the cache from.' },
      { name: 'source', doc: 'The path in the `from` to seed from.' },
      { name: 'mode', values: ['0755', '0777'], doc: 'Permissions of a new cache directory (default 0755).' },
      { name: 'uid', values: ['0', '1000'], doc: 'Owner user id of a new cache directory.' },
      { name: 'gid', values: ['0', '1000'], doc: 'Owner group id of a new cache directory.' },
      { name: 'ro', values: ['true', 'false'], doc: 'Read-only (also `readonly`).' },
    ],
  },
  {
    type: 'tmpfs',
    doc: 'An in-memory file system for this RUN only.',
    options: [
      { name: 'target', doc: 'Where it is mounted.' },
      { name: 'size', values: ['64m', '1g'], doc: 'Its maximum size.' },
    ],
  },
  {
    type: 'secret',
    doc: 'A build secret (`docker build --secret id=…,src=…`) as a file or environment variable, for this RUN only: it never reaches the image or its history.',
    options: [
      { name: 'id', doc: 'The secret id (default: the file name of the target).' },
      { name: 'target', doc: 'Where the file appears (default `/run/secrets/<id>`).' },
      { name: 'env', doc: 'Expose it as this environment variable instead.' },
      { name: 'required', values: ['true', 'false'], doc: 'Fail when the secret is not provided (default false).' },
      { name: 'mode', values: ['0400', '0440'], doc: 'File permissions (default 0400).' },
      { name: 'uid', values: ['0', '1000'], doc: 'Owner user id.' },
      { name: 'gid', values: ['0', '1000'], doc: 'Owner group id.' },
    ],
  },
  {
    type: 'ssh',
    doc: 'Access to the SSH agent (`docker build --ssh default`) for this RUN, e.g. to clone private repositories.',
    options: [
      { name: 'id', doc: 'The SSH agent id (default `default`).' },
      { name: 'target', doc: 'Path of the agent socket (default `/run/buildkit/ssh_agent.${N}`).' },
      { name: 'required', values: ['true', 'false'], doc: 'Fail when no agent is given (default false).' },
      { name: 'mode', values: ['0600'], doc: 'Socket permissions (default 0600).' },
      { name: 'uid', values: ['0', '1000'], doc: 'Owner user id.' },
      { name: 'gid', values: ['0', '1000'], doc: 'Owner group id.' },
    ],
  },
];

export const DIRECTIVES: { name: string; values: string[]; doc: string }[] = [
  { name: 'syntax', values: ['docker/dockerfile:1'], doc: 'The Dockerfile frontend that builds this file (`docker/dockerfile:1` for the latest stable syntax). Must come before everything else.' },
  { name: 'escape', values: ['\\', '`'], doc: 'The escape and line-continuation character: `\\` (default) or `` ` `` (handy on Windows).' },
  { name: 'check', values: ['skip=', 'error=true', 'skip=all'], doc: "BuildKit's build checks: `skip=<Check>,…` (or `skip=all`) turns checks off, `error=true` makes warnings fail the build." },
];

export function instructionDoc(name: string): InstructionDoc | undefined {
  return INSTRUCTIONS.find((i) => i.name === name.toUpperCase());
}

export function flagDoc(instruction: string, flag: string): FlagDoc | undefined {
  return instructionDoc(instruction)?.flags.find((f) => f.name === flag);
}

/** Syntax, doc and a link: the Markdown hover and completion show for an instruction. */
export function instructionMarkdown(name: string): string {
  const doc = instructionDoc(name);
  if (!doc) return '';
  return ['```dockerfile', ...doc.syntax, '```', '', doc.doc, '', `[${name} reference](${REFERENCE_URL}#${name.toLowerCase()})`].join('\n');
}
