/**
 * One process per container (P1): a shell that starts a program in the background and goes on to
 * run another (`sh -c "a & b"`), or a process manager (supervisord, runit, s6, systemd). The
 * container's lifetime then follows only one of them, and the others die unnoticed.
 */
import { isScalar, isSeq, type Node } from 'yaml';
import { nodeAt } from '../../yaml/nav';
import type { YamlFile } from '../../yaml/parse';
import { perContainer } from '../objects';
import { K8S_DOCS, type Finding, type ManifestRule } from '../rule';
import { basename, programOf, splitShell, TRIVIAL } from '../shell';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);
const MANAGERS = new Set(['supervisord', 'runsvdir', 's6-svscan', 'systemd', 'init', 'forego', 'foreman', 'honcho', 'overmind', 'hivemind']);

export const multipleProcesses: ManifestRule = {
  id: 'manifest/multiple-processes',
  severity: 'warning',
  preset: 'recommended',
  description: 'rules.multipleProcesses.description',
  docs: 'https://docs.docker.com/engine/containers/multi-service_container/',
  principle: 'containers.oneProcess',
  scope: 'document',
  check({ file, doc, head }) {
    return perContainer(doc, head, (c): Finding[] => {
      const argv: Node[] = [];
      const command = nodeAt(doc, [...c.path, 'command']);
      const args = nodeAt(doc, [...c.path, 'args']);
      if (isSeq(command)) argv.push(...(command.items as Node[]));
      if (isSeq(args)) argv.push(...(args.items as Node[]));
      const words = argv.map((n) => (isScalar(n) && n.value !== null ? String(n.value) : ''));
      if (!words.length) return [];
      const program = basename(programOf(words) ?? '');
      if (MANAGERS.has(program) && (program !== 'init' || /^\/(usr\/)?sbin\/init$/.test(words[0]))) {
        const r = argv[0].range!;
        return [{ start: r[0], end: r[1], message: 'rules.multipleProcesses.manager', params: { program, container: c.name ?? '?' } }];
      }
      if (!SHELLS.has(program)) return [];
      const flag = words.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w));
      if (flag < 0 || flag + 1 >= argv.length) return [];
      const scriptNode = argv[flag + 1];
      const script = words[flag + 1];
      const hit = concurrent(script);
      if (!hit) return [];
      const [start, end] = ampersandRange(file, scriptNode, hit.ampersand, script);
      return [{ start, end, message: 'rules.multipleProcesses.background', params: { first: hit.first, second: hit.second, container: c.name ?? '?' } }];
    });
  },
};

/** A program sent to the background and another that runs while it does, if any. */
function concurrent(script: string): { first: string; second: string; ampersand: number } | null {
  const commands = splitShell(script);
  for (let i = 0; i < commands.length; i++) {
    const bg = commands[i];
    if (!bg.background) continue;
    const first = programOf(bg.words);
    if (!first || TRIVIAL.has(basename(first))) continue;
    for (const later of commands.slice(i + 1)) {
      const second = programOf(later.words);
      if (second && !TRIVIAL.has(basename(second))) return { first: basename(first), second: basename(second), ampersand: bg.ampersand };
    }
  }
  // A process manager started from the script.
  for (const c of commands) {
    const p = basename(programOf(c.words) ?? '');
    if (p === 'supervisord' || p === 'runsvdir' || p === 's6-svscan') return { first: p, second: p, ampersand: -1 };
  }
  return null;
}

/** The `&` in the script's source when it can be mapped (plain, quoted, or a literal block), else the script. */
function ampersandRange(file: YamlFile, node: Node, at: number, script: string): [number, number] {
  const r = node.range!;
  if (at < 0) return [r[0], r[1]];
  const src = file.text.slice(r[0], r[1]);
  if (src === script) return [r[0] + at, r[0] + at + 1];
  if ((src.startsWith('"') || src.startsWith("'")) && src.slice(1, -1) === script) return [r[0] + 1 + at, r[0] + 2 + at];
  if (isScalar(node) && node.type === 'BLOCK_LITERAL') {
    // Content lines follow the header line; each is the value's line behind the block's indentation.
    const lineNo = script.slice(0, at).split('\n').length - 1;
    const col = at - (script.lastIndexOf('\n', at - 1) + 1);
    const header = file.lines.lineOf(r[0]);
    const lineText = file.lines.lineText(header + 1 + lineNo);
    const valueLine = script.split('\n')[lineNo];
    const indent = lineText.length - valueLine.length;
    if (indent >= 0 && lineText.slice(indent) === valueLine) {
      const o = file.lines.lineStarts[header + 1 + lineNo] + indent + col;
      return [o, o + 1];
    }
  }
  return [r[0], r[1]];
}
