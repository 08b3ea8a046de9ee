/** `ADD <url>` without `--checksum`: the download can change under the same Dockerfile. No other tool checks this. */
import type { DockerfileRule, Finding } from './rule';

export const addUrlChecksum: DockerfileRule = {
  id: 'dockerfile/add-url-checksum',
  severity: 'warning',
  description: 'dockerfile.rule.addUrlChecksum',
  hadolint: [],
  buildkit: null,
  principle: 'immutable',
  docs: 'https://docs.docker.com/reference/dockerfile/#add---checksum',
  check(model) {
    const out: Finding[] = [];
    for (const stage of model.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'ADD' || inst.fact.flags.some((f) => f.name === 'checksum')) continue;
        const words = inst.fact.json ?? inst.fact.args;
        for (const w of words.slice(0, -1)) {
          if (/^https?:\/\//i.test(w.value) && !/\.git(?:#.*)?$/i.test(w.value)) {
            out.push({ start: inst.base + w.start, end: inst.base + w.end, message: 'dockerfile.addUrlChecksum', params: { url: w.value } });
          }
        }
      }
    }
    return out;
  },
};
