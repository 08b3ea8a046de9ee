/**
 * The fuzzers' seeds: the small set in `test/fuzz/seeds/` (always there), the examples and the
 * Dockerfile fixtures, and every file of `../shared/corpus` when that folder is beside the clone
 * (as in CI). Each seed keeps a URI that says how the service reads it (YAML, JSON, a Helm
 * template, a Dockerfile).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface Seed {
  name: string;
  uri: string;
  languageId: 'yaml' | 'json' | 'dockerfile';
  text: string;
}

const root = join(__dirname, '..', '..', '..');

/** `../shared/corpus` beside the clone (a worktree sits one level deeper). */
export function sharedCorpus(): string | null {
  for (const up of ['..', '../..']) {
    const dir = join(root, up, 'shared', 'corpus');
    if (existsSync(dir)) return dir;
  }
  return null;
}

function languageOf(path: string): Seed['languageId'] | null {
  const name = basename(path);
  if (/dockerfile/i.test(name)) return 'dockerfile';
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(ya?ml|yaml_)$/i.test(name) || name === 'kubeconfig') return 'yaml';
  return null;
}

function collect(dir: string, label: string, out: Seed[]): void {
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const languageId = languageOf(p);
        if (!languageId) continue;
        const rel = relative(dir, p).split('\\').join('/');
        // The path stays in the URI: a Helm chart's templates/ and patches/ change how a file is read.
        out.push({ name: `${label}/${rel}`, uri: `file:///fuzz/${label}/${rel}`, languageId, text: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(dir);
}

let cached: Seed[] | null = null;

/** Every seed, in a stable order (so a fixed fast-check seed replays the same cases). */
export function seeds(): Seed[] {
  if (cached) return cached;
  const out: Seed[] = [];
  collect(join(root, 'test', 'fuzz', 'seeds'), 'seeds', out);
  collect(join(root, 'examples'), 'examples', out);
  collect(join(root, 'test', 'server', 'service', 'dockerfile', 'fixtures'), 'dockerfile-fixtures', out);
  const shared = sharedCorpus();
  if (shared) collect(shared, 'corpus', out);
  cached = out;
  return out;
}

export const yamlSeeds = (): Seed[] => seeds().filter((s) => s.languageId !== 'dockerfile');
export const dockerfileSeeds = (): Seed[] => seeds().filter((s) => s.languageId === 'dockerfile');
