/**
 * The final image is a compiler/toolchain image that compiles in place: the toolchain ships with
 * the app. Suggest a multi-stage build (notes 1.1, 멀티 스테이지 빌드). Build stages that are not
 * final, and final stages FROM a light image, are exactly what the notes recommend: no finding.
 */
import { BUILD_COMMANDS, imageFacts } from '../data/images';
import type { DockerfileModel } from '../model';
import { basename } from '../shell';
import { BEST_PRACTICES, type DockerfileRule } from './rule';
import { finalRoot, isConcreteImage, runCommands } from './helpers';

export const toolchainFinalStage: DockerfileRule = {
  id: 'dockerfile/toolchain-final-stage',
  severity: 'warning',
  description: 'dockerfile.rule.toolchainFinalStage',
  hadolint: [],
  buildkit: null,
  principle: 'multiStage',
  docs: 'https://docs.docker.com/build/building/multi-stage/',
  check(model) {
    const root = finalRoot(model);
    if (!root || !isConcreteImage(root)) return [];
    const ref = root.image!;
    const facts = imageFacts(ref);
    if (!facts.toolchain || !buildsSomething(model)) return [];
    const name = ref.text.slice(0, ref.tag !== null ? ref.tagStart - ref.start - 1 : ref.text.length);
    return [
      {
        start: ref.start,
        end: ref.end,
        message: 'dockerfile.toolchainFinalStage',
        params: { image: name, suggestions: facts.lighter.map((s) => '`' + s + '`').join(', ') },
      },
    ];
  },
};

/** Does a RUN of the final image's stages compile or package something? */
export function buildsSomething(model: DockerfileModel): boolean {
  for (const stage of model.finalChain) {
    for (const inst of stage.instructions) {
      if (inst.keyword !== 'RUN') continue;
      for (const rc of runCommands(model, inst)) {
        const words = rc.command.words;
        const program = basename(words[rc.program].value);
        const sub = words.slice(rc.program + 1).find((w) => !w.value.startsWith('-'))?.value;
        for (const b of BUILD_COMMANDS) {
          if (basename(b.command) !== program) continue;
          if (!b.subcommands || (sub && b.subcommands.includes(sub))) return true;
        }
      }
    }
  }
  return false;
}
