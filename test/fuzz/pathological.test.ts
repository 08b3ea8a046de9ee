/**
 * Every feature of the language service on each pathological input (lib/pathological.ts): no
 * exception, every position inside the document, and an answer within a budget. The budget is a
 * fuzz oracle against freezes, not a performance target: it scales with the time a plain parse of
 * the same text takes on this machine right now (20×, at least the base budget), so a loaded CI
 * machine does not fail it while a quadratic or exponential path (minutes) always does.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { after, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { getLanguageService } from '../../server/src/service';
import { driveAll } from './lib/drive';
import { FUZZ, Stats } from './lib/oracle';
import { PATHOLOGICAL } from './lib/pathological';

const stats = new Stats('pathological');
after(() => stats.write());

/** The time of a plain parse of `text`: what any linear feature costs at least. */
function referenceMs(text: string, languageId: string): number {
  const t0 = performance.now();
  if (languageId === 'dockerfile') DockerfileParser.parse(text);
  else parseAllDocuments(text, { uniqueKeys: false });
  return performance.now() - t0;
}

describe('pathological input', () => {
  for (const p of PATHOLOGICAL) {
    it(p.name, () => {
      const text = p.text();
      const budget = Math.max(FUZZ.budgetMs, 20 * referenceMs(text, p.languageId));
      const saved = FUZZ.budgetMs;
      FUZZ.budgetMs = budget;
      try {
        stats.cases++;
        const service = getLanguageService({ locale: 'en' });
        driveAll(service, { uri: p.uri, languageId: p.languageId, text, origin: p.name }, [{ frac: 5000 }, { frac: 9999 }, { line: 3, character: 4 }], stats);
      } finally {
        FUZZ.budgetMs = saved;
      }
    });
  }
});
