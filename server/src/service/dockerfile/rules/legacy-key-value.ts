/** BuildKit LegacyKeyValueFormat: `ENV key value` / `LABEL key value` instead of `key=value`. */
import { buildkitDocs, type DockerfileRule, type Finding } from './rule';

export const legacyKeyValue: DockerfileRule = {
  id: 'dockerfile/legacy-key-value',
  severity: 'warning',
  description: 'dockerfile.rule.legacyKeyValue',
  hadolint: [],
  buildkit: 'LegacyKeyValueFormat',
  principle: null,
  docs: buildkitDocs('LegacyKeyValueFormat'),
  check(model) {
    const out: Finding[] = [];
    for (const inst of model.instructions) {
      if (inst.keyword !== 'ENV' && inst.keyword !== 'LABEL') continue;
      for (const p of inst.fact.properties) {
        if (p.equals || p.value === null) continue;
        const start = inst.base + p.nameStart;
        const end = inst.base + p.valueEnd;
        // The legacy value is the rest of the line, spaces included: quote it when it needs it.
        const raw = model.text.slice(inst.base + p.valueStart, end);
        const single = !/[\s"'\\]/.test(raw) && !raw.includes(model.escape);
        const value = single ? raw : JSON.stringify(p.value);
        out.push({
          start,
          end,
          message: 'dockerfile.legacyKeyValue',
          params: { instruction: inst.keyword, name: p.name },
          fixes: /[\r\n]/.test(raw)
            ? undefined
            : [{ title: 'dockerfile.fix.legacyKeyValue', params: { instruction: inst.keyword }, edits: [{ start, end, newText: `${p.name}=${value}` }], preferred: true }],
        });
      }
    }
    return out;
  },
};
