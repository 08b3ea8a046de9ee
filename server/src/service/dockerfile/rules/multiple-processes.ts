/**
 * One process per container (notes 1.1, 1 컨테이너당 1 프로세스): a background `&` or a process
 * manager (supervisord, runit, s6, systemd…) in CMD or ENTRYPOINT. No other tool checks this.
 */
import { execForm, type DockerfileModel, type Inst } from '../model';
import { basename, lexShell, programIndex, type ShellScript } from '../shell';
import { BEST_PRACTICES, type DockerfileRule, type Finding } from './rule';

/** Programs whose job is to start and supervise several processes. */
export const PROCESS_MANAGERS = new Set([
  'supervisord',
  'runsvdir',
  'runit',
  's6-svscan',
  'systemd',
  'init',
  'circusd',
  'honcho',
  'foreman',
  'pm2',
]);

export const multipleProcesses: DockerfileRule = {
  id: 'dockerfile/multiple-processes',
  severity: 'warning',
  description: 'dockerfile.rule.multipleProcesses',
  hadolint: [],
  buildkit: null,
  principle: 'oneProcess',
  docs: BEST_PRACTICES + '#decouple-applications',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword === 'CMD' || inst.keyword === 'ENTRYPOINT') out.push(...checkCommand(model, inst));
      }
    }
    return out;
  },
};

function checkCommand(model: DockerfileModel, inst: Inst): Finding[] {
  const exec = execForm(inst);
  if (!exec) {
    if (!inst.fact.args.length) return [];
    return checkScript(lexShell(model.text, inst.base + inst.fact.argsStart, inst.base + inst.fact.argsEnd, model.escape), inst.keyword);
  }
  if (!exec.length) return [];
  const program = basename(exec[0].value);
  if (PROCESS_MANAGERS.has(program)) {
    return [{ start: exec[0].start, end: exec[0].end, message: 'dockerfile.processManager', params: { program } }];
  }
  // ["sh", "-c", "a & b"]: read the script. Offsets map 1:1 only when the JSON string has no escapes.
  const c = exec.findIndex((w) => w.value === '-c');
  if (/^(?:ba|da|a|z|k)?sh$/.test(program) && c > 0 && c + 1 < exec.length) {
    const s = exec[c + 1];
    const raw = model.text.slice(s.start + 1, s.end - 1);
    if (raw === s.value) return checkScript(lexShell(model.text, s.start + 1, s.end - 1, null), inst.keyword);
    const found = checkScript(lexShell(s.value, 0, s.value.length, null), inst.keyword);
    return found.map((f) => ({ ...f, start: s.start, end: s.end }));
  }
  return [];
}

function checkScript(script: ShellScript, instruction: string): Finding[] {
  const out: Finding[] = [];
  for (const command of script.commands) {
    const p = programIndex(command.words);
    if (p >= 0) {
      const program = basename(command.words[p].value);
      if (PROCESS_MANAGERS.has(program)) {
        out.push({ start: command.words[p].start, end: command.words[p].end, message: 'dockerfile.processManager', params: { program } });
      }
    }
    if (command.terminator === '&') {
      out.push({ start: command.terminatorStart, end: command.terminatorEnd, message: 'dockerfile.backgroundProcess', params: { instruction } });
    }
  }
  return out;
}
