/**
 * Every manifest rule against its cases (rules/manifest/<rule>.cases.ts): the findings of a firing
 * case are exactly the marked spans with the listed messages; a passing case has none; a fix
 * gives exactly the expected text. A rule without a firing and a passing case fails here.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST_RULES } from '../../../../server/src/service/rules';
import { parseYaml } from '../../../../server/src/service/yaml/parse';
import { applyEdits, runCase, type RuleCases } from '../../../helpers/rules';

const dir = join(__dirname, 'manifest');
const fileOf = (id: string) => join(dir, `${id.replace(/^manifest\//, '')}.cases.ts`);

describe('manifest rules', () => {
  it('every rule has a cases file with firing and passing cases', () => {
    for (const rule of MANIFEST_RULES) {
      assert.ok(existsSync(fileOf(rule.id)), `${rule.id}: no ${fileOf(rule.id)}`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cases: RuleCases = require(fileOf(rule.id)).default;
      assert.equal(cases.rule, rule, `${rule.id}: the cases file is for ${cases.rule.id}`);
      assert.ok(cases.fires.length > 0, `${rule.id}: no case where it fires`);
      assert.ok(cases.passes.length > 0, `${rule.id}: no case where it stays quiet`);
    }
  });

  for (const rule of MANIFEST_RULES) {
    if (!existsSync(fileOf(rule.id))) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cases: RuleCases = require(fileOf(rule.id)).default;
    describe(rule.id, () => {
      for (const c of cases.fires) {
        it(`fires: ${c.name}`, () => {
          const { files, findings } = runCase(rule, c);
          const expected: unknown[] = [];
          const actual: unknown[] = [];
          let k = 0;
          for (const f of files) {
            for (const m of f.marks) {
              expected.push({ file: f.name, span: m, message: c.messages?.[k], severity: c.severities?.[k] });
              k++;
            }
            for (const x of findings.get(f.name)!) actual.push({ file: f.name, span: [x.start, x.end], message: x.message, severity: x.severity });
          }
          assert.ok(expected.length > 0, 'a firing case marks its findings with ⟦…⟧');
          assert.equal(c.messages?.length, expected.length, 'one message key per marked finding');
          assert.deepEqual(actual, expected);
          if (c.fix !== undefined) {
            const first = findings.get(files[0].name)![0];
            const fix = first?.fixes?.[0];
            assert.ok(fix, 'the first finding has a fix');
            const after = applyEdits(files[0].text, fix.edits);
            assert.equal(after, c.fix);
            // The fixed text parses cleanly and the finding is gone.
            assert.deepEqual(parseYaml(after).docs.flatMap((d) => d.problems), []);
            const rebuilt = files.length === 1 ? after : files.map((f, i) => `--- file: ${f.name}\n${i === 0 ? after : f.text}`).join('');
            const again = runCase(rule, { ...c, text: rebuilt }).findings.get(files[0].name)!;
            assert.equal(again.length, findings.get(files[0].name)!.length - 1, 'the fix removes its finding');
          }
        });
      }
      for (const c of cases.passes) {
        it(`passes: ${c.name}`, () => {
          const { findings } = runCase(rule, c);
          assert.deepEqual([...findings.values()].flat(), []);
        });
      }
    });
  }
});
