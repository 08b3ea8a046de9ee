/**
 * The Dockerfile benchmark (issue 4): kube-guide-ls against dockerfile-language-server-nodejs 0.15.0
 * (rcjsuen, the server behind VS Code's Docker extension), both over stdio in the same run, on
 * generated 20-, 200- and 2,000-line Dockerfiles.
 *
 * - edit → diagnostics: a one-character edit (didChange), then the time until the server publishes
 *   diagnostics for it; the two servers take turns, edit by edit. Target: our median at most half
 *   of theirs.
 * - hover and completion: requests on keywords, images, flags, variables, `--`, `$`, `--mount=`.
 *   Target: our p99 at most 10 ms.
 * - the pipe floor: a hover on a blank line, which both answer with null (what stdio alone costs).
 *
 *   npm run bench -- dockerfile [--quick]     (builds dist/ first; results in bench/results/)
 *
 * Both servers first run the whole round once unmeasured (warm-up), then the measured round.
 *
 * Figures taken while other work runs on the machine are noisy; the ratio is what matters.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStdioServer, type StdioServer } from '../test/helpers/lsp-client';

const root = join(__dirname, '..');
const ours = join(root, 'dist', 'server.js');
const theirs = join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver');
const results = join(root, 'bench', 'results');
const QUICK = process.argv.includes('--quick');
const SIZES = [20, 200, 2000];
/** Edits per size: more on small files, where a run is short and noise weighs more. */
const EDITS = (size: number) => Math.ceil((size <= 20 ? 300 : size <= 200 ? 150 : 60) / (QUICK ? 5 : 1));
const REQUESTS = QUICK ? 60 : 300;

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

async function bench(size: number, servers: Server[]): Promise<{ edit: Record<string, number[]>; typing: Record<string, number[]>; hover: number[]; completion: number[]; floor: Record<string, number[]> }> {
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
  // Typing a word: keystrokes sent as an editor sends them (one didChange each, without waiting),
  // then the time from the last keystroke to the diagnostics of the last version.
  const typing: Record<string, number[]> = Object.fromEntries(servers.map((s) => [s.name, []]));
  let version = EDITS(size) + 2;
  const word = 'abcdef';
  for (let n = 0; n < Math.ceil(EDITS(size) / 5); n++) {
    const line = editable[(n * 5) % editable.length];
    const at = lines[line].indexOf('"') + 1;
    for (const s of servers) {
      // Their server's publishes carry no version: count one per keystroke.
      let seen = 0;
      const first = version;
      const last = version + word.length - 1;
      const done = s.server.diagnostics(uri, (p) => (p.version !== undefined ? p.version === last : ++seen === word.length));
      let t0 = 0;
      for (let k = 0; k < word.length; k++) {
        t0 = now();
        void s.server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: first + k },
          contentChanges: [{ range: { start: { line, character: at + k }, end: { line, character: at + k } }, text: word[k] }],
        });
      }
      await done;
      typing[s.name].push(now() - t0);
      // Both servers see the same text: undo the word for the next one.
      const undo = s.server.diagnostics(uri, (p) => (p.version !== undefined ? p.version === last + 1 : true));
      await s.server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: last + 1 },
        contentChanges: [{ range: { start: { line, character: at }, end: { line, character: at + word.length } }, text: '' }],
      });
      await undo;
    }
    version += word.length + 1;
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
  return { edit, typing, hover, completion, floor };
}

interface SizeResult {
  lines: number;
  edits: number;
  ours: { median: number; p95: number };
  theirs: { median: number; p95: number };
  ratio: number;
  /** Typing a six-letter word: from the last keystroke to the diagnostics of the last version. */
  typing: { ours: number; theirs: number; ratio: number };
  hover: { median: number; p99: number };
  completion: { median: number; p99: number };
  floor: { ours: number; theirs: number };
  met: boolean;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-typecheck'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  if (!existsSync(ours)) throw new Error('dist/server.js is missing');
  if (!existsSync(theirs)) throw new Error('dockerfile-language-server-nodejs is missing: run npm ci');
  const servers = [await start('kube-guide-ls', [ours, '--stdio']), await start('docker-langserver', [theirs, '--stdio'])];
  // A language server runs for hours: measure both warm (JIT), after a full round at every size.
  for (const size of SIZES) await bench(size, servers);
  const rows: SizeResult[] = [];
  const fmt = (x: number) => x.toFixed(2);
  for (const size of SIZES) {
    const r = await bench(size, servers);
    const a = r.edit['kube-guide-ls'];
    const b = r.edit['docker-langserver'];
    const row: SizeResult = {
      lines: size,
      edits: a.length,
      ours: { median: median(a), p95: quantile(a, 0.95) },
      theirs: { median: median(b), p95: quantile(b, 0.95) },
      ratio: median(a) / median(b),
      typing: {
        ours: median(r.typing['kube-guide-ls']),
        theirs: median(r.typing['docker-langserver']),
        ratio: median(r.typing['kube-guide-ls']) / median(r.typing['docker-langserver']),
      },
      hover: { median: median(r.hover), p99: quantile(r.hover, 0.99) },
      completion: { median: median(r.completion), p99: quantile(r.completion, 0.99) },
      floor: { ours: median(r.floor['kube-guide-ls']), theirs: median(r.floor['docker-langserver']) },
      met: false,
    };
    row.met = row.ratio <= 0.5 && row.hover.p99 <= 10 && row.completion.p99 <= 10;
    rows.push(row);
    console.log(`${size} lines: edit→diagnostics ${fmt(row.ours.median)} vs ${fmt(row.theirs.median)} ms (ratio ${fmt(row.ratio)}), typing ${fmt(row.typing.ours)} vs ${fmt(row.typing.theirs)} ms (ratio ${fmt(row.typing.ratio)}), hover p99 ${fmt(row.hover.p99)} ms, completion p99 ${fmt(row.completion.p99)} ms, pipe floor ${fmt(row.floor.ours)} | ${fmt(row.floor.theirs)} ms ${row.met ? 'ok' : 'MISSED'}`);
  }
  for (const s of servers) await s.server.close();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`;
  mkdirSync(results, { recursive: true });
  const base = QUICK ? 'dockerfile-quick' : 'dockerfile';
  writeFileSync(join(results, `${base}.json`), JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n');
  writeFileSync(join(results, `${base}.md`), render(rows, machine));
  const ok = rows.every((r) => r.met);
  console.log(ok ? 'targets met: edit→diagnostics ≤ ½ of docker-langserver, hover and completion p99 ≤ 10 ms' : 'a target was missed');
  process.exitCode = ok ? 0 : 1;
}

function render(rows: SizeResult[], machine: string): string {
  const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const out = [
    '# Dockerfile benchmark: kube-guide-ls vs dockerfile-language-server-nodejs',
    '',
    `Generated by \`npm run bench -- dockerfile${QUICK ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}, ${machine}.`,
    'Both servers run in the same run over stdio and take turns edit by edit. The machine is shared (2 cores):',
    'absolute figures are noisy; the ratios are the point.',
    '',
    '| lines | edit → diagnostics, median (p95): kube-guide-ls | docker-langserver 0.15.0 | ratio | typing a word → diagnostics: ours / theirs (ratio) | hover p99 (median) | completion p99 (median) | pipe floor: ours / theirs |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    out.push(`| ${r.lines} | ${f(r.ours.median)} ms (${f(r.ours.p95)}) | ${f(r.theirs.median)} ms (${f(r.theirs.p95)}) | ${r.ratio.toFixed(2)} | ${f(r.typing.ours)} / ${f(r.typing.theirs)} ms (${r.typing.ratio.toFixed(2)}) | ${f(r.hover.p99)} ms (${f(r.hover.median)}) | ${f(r.completion.p99)} ms (${f(r.completion.median)}) | ${f(r.floor.ours)} / ${f(r.floor.theirs)} ms |`);
  }
  out.push('', '## Targets', '', '| target | ' + rows.map((r) => `${r.lines} lines`).join(' | ') + ' |', '|---|' + rows.map(() => '---|').join(''));
  out.push('| edit → diagnostics ≤ ½ of docker-langserver (medians) | ' + rows.map((r) => `${r.ratio.toFixed(2)} ${r.ratio <= 0.5 ? 'yes' : '**no**'}`).join(' | ') + ' |');
  out.push('| hover p99 ≤ 10 ms | ' + rows.map((r) => `${f(r.hover.p99)} ms ${r.hover.p99 <= 10 ? 'yes' : '**no**'}`).join(' | ') + ' |');
  out.push('| completion p99 ≤ 10 ms | ' + rows.map((r) => `${f(r.completion.p99)} ms ${r.completion.p99 <= 10 ? 'yes' : '**no**'}`).join(' | ') + ' |');
  out.push(
    '',
    'Method: each edit changes one digit of an EXPOSE or LABEL line spread over the file, and the time runs from',
    'sending didChange to receiving the publishDiagnostics that follows it. Hover requests go to FROM keywords and',
    'images, `--mount` flags and options, EXPOSE and `${VERSION}`; completion requests follow an edit of a middle',
    'line to `RUN --`, `RUN --mount=type=cache,`, `RUN echo $`, `COPY --from=`, `FROM ` or an empty line. The pipe',
    'floor is a hover on a blank line: what one stdio round trip costs each server. Typing sends six one-letter',
    'edits back to back, as an editor does while the user types, and times the last keystroke to the diagnostics of',
    'the last version (kube-guide-ls coalesces a burst into one validation; docker-langserver validates each edit).',
    '',
  );
  return out.join('\n');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
