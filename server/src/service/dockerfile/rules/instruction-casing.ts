/**
 * BuildKit ConsistentInstructionCasing: instructions whose casing differs from the majority.
 * (A Dockerfile written all in lower case is fine, as BuildKit has it.)
 */
import { buildkitDocs, type DockerfileRule, type Finding } from './rule';

export const instructionCasing: DockerfileRule = {
  id: 'dockerfile/instruction-casing',
  severity: 'warning',
  description: 'dockerfile.rule.instructionCasing',
  hadolint: [],
  buildkit: 'ConsistentInstructionCasing',
  principle: null,
  docs: buildkitDocs('ConsistentInstructionCasing'),
  check(model) {
    let upper = 0;
    let lower = 0;
    const written = model.instructions.map((i) => model.text.slice(i.base + i.fact.keywordStart, i.base + i.fact.keywordEnd));
    for (const w of written) {
      if (w === w.toUpperCase()) upper++;
      else if (w === w.toLowerCase()) lower++;
    }
    const majorityUpper = upper >= lower;
    const out: Finding[] = [];
    model.instructions.forEach((inst, n) => {
      const w = written[n];
      if (!/^[A-Za-z]+$/.test(w)) return;
      const want = majorityUpper ? w.toUpperCase() : w.toLowerCase();
      if (w === want) return;
      out.push({
        start: inst.base + inst.fact.keywordStart,
        end: inst.base + inst.fact.keywordEnd,
        message: majorityUpper ? 'dockerfile.instructionCasingUpper' : 'dockerfile.instructionCasingLower',
        params: { written: w },
        fixes: [{ title: 'dockerfile.fix.casing', params: { keyword: want }, edits: [{ start: inst.base + inst.fact.keywordStart, end: inst.base + inst.fact.keywordEnd, newText: want }], preferred: true }],
      });
    });
    return out;
  },
};
