/**
 * Dockerfile language server benchmark: kube-guide-ls against dockerfile-language-server-nodejs
 * (rcjsuen, the server behind VS Code's Docker extension), both over stdio in the same run, on
 * generated 20-, 200- and 2,000-line Dockerfiles.
 *
 * - edit → diagnostics: a one-character edit (didChange), then the time until the server
 *   publishes diagnostics for it; the two servers take turns, edit by edit. Target: our median
 *   at most half of theirs, at every size.
 * - hover and completion: requests on keywords, images, flags, variables, `--`, `$`, `--mount=`.
 *   Target: our p99 at most 10 ms, at every size.
 *
 *   node bench/dockerfile.bench.mjs   (builds dist/server.js when it is missing)
 *
 * Figures taken while other work runs on the machine are noisy; the ratio is what matters.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStdioServer, type StdioServer } from '../test/helpers/lsp-client';

const root = join(__dirname, '..');
const ours = join(root, 'dist', 'server.js');
const theirs = join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver');
const SIZES = [20, 200, 2000];
/** Edits per size: more on small files, where a run is short and noise weighs more. */
const EDITS = (size: number) => Number(process.env.BENCH_EDITS ?? (size <= 20 ? 300 : size <= 200 ? 150 : 60));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);

/**
 * A realistic multi-stage Dockerfile of exactly `lines` lines: Go build stages (cache mounts, a
 * continued RUN, apt-get, ENV, LABEL, a heredoc) and a distroless final stage that copies from them.
 */
export function generate(lines: number): string {
  const out: string[] = ['ARG GO_VERSION=1.23'];
  const stage = (i: number) => [
    `FROM golang:\${GO_VERSION}-alpine AS build${i}`,
    `ARG VERSION=1.${i}`,
    `WORKDIR /src/app${i}`,
    'COPY go.mod go.sum ./',
    'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
    'COPY . .',
    'RUN --mount=type=cache,target=/root/.cache/go-build \\',
    `    CGO_ENABLED=0 go build -ldflags "-X main.version=\${VERSION}" -o /out/app${i} ./cmd/app${i}`,
    'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\',
    '    && rm -rf /var/lib/apt/lists/*',
    `ENV APP_HOME=/srv/app${i} LOG_LEVEL=info`,
    `LABEL org.opencontainers.image.title="app${i}" org.opencontainers.image.version="1.${i}"`,
    'RUN <<EOF',
    `echo "configure app${i}" > /etc/app${i}.conf`,
    'EOF',
  ];
  const final = ['FROM gcr.io/distroless/static-debian12:nonroot', 'COPY --from=build1 --chmod=755 /out/app1 /app', 'USER nonroot:nonroot', 'ENTRYPOINT ["/app"]'];
  for (let i = 1; out.length + 15 + final.length <= lines; i++) {
    const room = out.length + 17 + final.length <= lines;
    out.push(...(room ? [`# stage ${i}: build app${i}`] : []), ...stage(i), ...(room ? [''] : []));
  }
  if (out.length + final.length < lines) final.splice(3, 0, 'EXPOSE 8080');
  while (out.length + final.length < lines) out.push(`# filler ${out.length}`);
  return [...out, ...final].join('\n') + '\n';
}

interface Server {
  name: string;
  server: StdioServer;
}

async function start(name: string, command: string[]): Promise<Server> {
  const server = startStdioServer(process.execPath, command);
  // The same client for both: no workspace configuration (so neither waits on a round trip).
  await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } } });
  await server.connection.sendNotification('initialized', {});
  return { name, server };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs: number[]) => quantile(xs, 0.5);

/** Positions to hover: keywords, images, flags, variables, mount options. */
function hoverPositions(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').forEach((l, line) => {
    if (l.startsWith('FROM ')) out.push({ line, character: 1 }, { line, character: 7 });
    if (l.startsWith('RUN --mount')) out.push({ line, character: 7 }, { line, character: 14 });
    if (l.startsWith('EXPOSE')) out.push({ line, character: 2 });
    const v = l.indexOf('${VERSION}');
    if (v >= 0) out.push({ line, character: v + 3 });
  });
  return out;
}

async function bench(size: number, servers: Server[]): Promise<{ edit: Record<string, number[]>; hover: number[]; completion: number[]; floor: Record<string, number[]> }> {
  const text = generate(size);
  const uri = `file:///bench/${size}/Dockerfile`;
  const lines = text.split('\n');
  const edit: Record<string, number[]> = Object.fromEntries(servers.map((s) => [s.name, []]));
  for (const s of servers) {
    const first = s.server.diagnostics(uri);
    await s.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    await first;
  }
  // Edit lines spread over the file: a digit of EXPOSE and LABEL lines, turn by turn.
  const editable = lines.map((l, i) => (/^(EXPOSE|LABEL)/.test(l) ? i : -1)).filter((i) => i >= 0);
  for (let n = 0; n < EDITS(size); n++) {
    const line = editable[(n * 7) % editable.length];
    const character = lines[line].search(/\d/);
    // Always a different digit: a server may skip an edit that leaves the text as it was.
    const digit = String(((Number(lines[line][character]) + 1) % 9) + 1);
    lines[line] = lines[line].slice(0, character) + digit + lines[line].slice(character + 1);
    for (const s of servers) {
      const version = n + 2;
      const published = s.server.diagnostics(uri);
      const t0 = now();
      await s.server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: digit }],
      });
      await published;
      edit[s.name].push(now() - t0);
    }
  }
  // Hover and completion: ours only has targets; measured the same way for both.
  const ourServer = servers[0].server;
  const hovers = hoverPositions(text);
  const hover: number[] = [];
  for (let n = 0; n < REQUESTS; n++) {
    const position = hovers[n % hovers.length];
    const t0 = now();
    await ourServer.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    hover.push(now() - t0);
  }
  // Completion: a new line in the middle, then `--`, `--mount=type=cache,`, `$` and an empty word.
  const mid = Math.floor(lines.length / 2);
  const probes = ['RUN --', 'RUN --mount=type=cache,', 'RUN echo $', 'COPY --from=', 'FROM ', ''];
  const completion: number[] = [];
  let version = EDITS(size) + 2;
  for (let n = 0; n < REQUESTS; n++) {
    const probe = probes[n % probes.length];
    await ourServer.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: version++ },
      contentChanges: [{ range: { start: { line: mid, character: 0 }, end: { line: mid, character: lines[mid].length } }, text: probe }],
    });
    lines[mid] = probe;
    const t0 = now();
    await ourServer.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: mid, character: probe.length } });
    completion.push(now() - t0);
  }
  // The floor of the pipe: a hover on a blank line, which both answer with null at once.
  const floor: Record<string, number[]> = Object.fromEntries(servers.map((s) => [s.name, []]));
  const blank = lines.findIndex((l) => l === '');
  for (let n = 0; n < 100 && blank >= 0; n++) {
    for (const s of servers) {
      const t0 = now();
      await s.server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: blank, character: 0 } });
      floor[s.name].push(now() - t0);
    }
  }
  for (const s of servers) await s.server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { edit, hover, completion, floor };
}

async function main(): Promise<void> {
  if (!existsSync(ours)) throw new Error('dist/server.js is missing: run npm run build');
  if (!existsSync(theirs)) throw new Error('dockerfile-language-server-nodejs is missing: run npm ci');
  const servers = [await start('kube-guide-ls', [ours, '--stdio']), await start('docker-langserver', [theirs, '--stdio'])];
  // Warm both up (JIT) on a mid-size file before measuring.
  await bench(200, servers);
  let ok = true;
  const fmt = (x: number) => x.toFixed(2).padStart(7);
  console.log(`edits per size: ${SIZES.map((s) => `${s}: ${EDITS(s)}`).join(', ')}; hover/completion requests per size: ${REQUESTS}`);
  console.log('lines  edit→diagnostics median (p95) ms: kube-guide-ls | docker-langserver | ratio   hover p99   completion p99   pipe floor (ours | theirs)');
  for (const size of SIZES) {
    const r = await bench(size, servers);
    const a = r.edit['kube-guide-ls'];
    const b = r.edit['docker-langserver'];
    const ratio = median(a) / median(b);
    const hoverP99 = quantile(r.hover, 0.99);
    const completionP99 = quantile(r.completion, 0.99);
    const pass = ratio <= 0.5 && hoverP99 <= 10 && completionP99 <= 10;
    ok &&= pass;
    console.log(
      `${String(size).padStart(5)}  ${fmt(median(a))} (${fmt(quantile(a, 0.95))}) | ${fmt(median(b))} (${fmt(quantile(b, 0.95))}) | ${ratio.toFixed(2).padStart(5)}  ${fmt(hoverP99)}   ${fmt(completionP99)}   ${fmt(median(r.floor['kube-guide-ls'] ?? [0]))} | ${fmt(median(r.floor['docker-langserver'] ?? [0]))}  ${pass ? 'ok' : 'MISSED'}`,
    );
  }
  for (const s of servers) await s.server.close();
  console.log(ok ? 'targets met: edit→diagnostics ≤ ½ of docker-langserver, hover and completion p99 ≤ 10 ms' : 'a target was missed');
  process.exitCode = ok ? 0 : 1;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
