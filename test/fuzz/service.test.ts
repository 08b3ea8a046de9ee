/**
 * Property-based fuzzing of every feature of the language service (fast-check, fixed seed):
 * mutated real manifests and Dockerfiles, splices, token soup and schema-shaped manifests. The
 * oracle (lib/oracle.ts): no exception, every request within the budget, every position inside
 * the document, results that survive JSON, quick fixes that apply.
 *
 * `KUBE_GUIDE_FUZZ_SCALE=20` runs twenty times as many cases (`npm run fuzz -- --runs …`).
 */
import fc from 'fast-check';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledSource, createNotesProvider } from '../../server/src/notes';
import { defaultSettings, getLanguageService } from '../../server/src/service';
import { dockerfileSeeds, yamlSeeds } from './lib/corpus';
import { driveAll, probeArb } from './lib/drive';
import { DOCKERFILE_TOKENS, MANIFEST_HEADS, mutatedArb, schemaManifestArb, soupArb, YAML_TOKENS, type FuzzText } from './lib/mutate';
import { assertProperty, FUZZ, Stats } from './lib/oracle';

const notes = createNotesProvider({ sources: () => [bundledSource('file:///ext/notes.md')] });
const stats = new Stats('service');
after(() => stats.write());

function fuzz(name: string, input: fc.Arbitrary<FuzzText>, runs: number, locale: 'en' | 'ko' = 'en') {
  it(name, () => {
    assertProperty(
      name,
      fc.property(input, fc.array(probeArb, { minLength: 1, maxLength: 3 }), (text, probes) => {
        stats.cases++;
        const service = getLanguageService({ locale, notes, settings: defaultSettings });
        driveAll(service, text, probes, stats);
      }),
      FUZZ.runs(runs),
    );
  });
}

/** Several mutated files in one workspace: cross-document rules, definitions and references see them all. */
function fuzzWorkspace(name: string, input: fc.Arbitrary<FuzzText>, runs: number) {
  it(name, () => {
    assertProperty(
      name,
      fc.property(fc.array(input, { minLength: 2, maxLength: 5 }), fc.array(probeArb, { minLength: 1, maxLength: 3 }), (texts, probes) => {
        stats.cases++;
        const service = getLanguageService({ locale: 'en', notes, settings: defaultSettings });
        const files = texts.map((t, i) => ({ ...t, uri: t.uri.replace(/([^/]*)$/, `w${i}-$1`) }));
        for (const f of files.slice(1)) stats.request('diagnostics', f, () => service.doValidation(TextDocument.create(f.uri, f.languageId, 1, f.text)));
        driveAll(service, files[0], probes, stats);
      }),
      FUZZ.runs(runs),
    );
  });
}

describe('fuzzing the language service', () => {
  const yaml = yamlSeeds();
  const docker = dockerfileSeeds();
  fuzz('mutated manifests', mutatedArb(yaml, YAML_TOKENS), 250);
  fuzz('mutated manifests, in Korean', mutatedArb(yaml, YAML_TOKENS, 4), 40, 'ko');
  fuzz('schema-shaped manifests with wrong values', schemaManifestArb(), 150);
  fuzz('YAML token soup', soupArb(YAML_TOKENS, 'yaml', 'file:///fuzz/soup.yaml', MANIFEST_HEADS), 150);
  fuzz('JSON token soup', soupArb([...YAML_TOKENS, '"apiVersion": "v1"', '"kind": "Pod"', '{"', '":'], 'json', 'file:///fuzz/soup.json'), 40);
  fuzz('Helm template soup', soupArb([...YAML_TOKENS, '{{ include "x" . | nindent 4 }}'], 'yaml', 'file:///fuzz/chart/templates/soup.yaml', MANIFEST_HEADS), 40);
  fuzzWorkspace('workspaces of mutated manifests', mutatedArb(yaml, YAML_TOKENS, 3), 60);
  // Any client may send any URI, and the language id may disagree with the name.
  const ODD_URIS = ['untitled:Untitled-1', 'file:///a/bad%E0%A4%A.yaml', 'file:///a/chart/templates/x.yaml', 'file:///a/patches/p.yaml', 'file:///a/x.json', 'file:///a/Dockerfile', 'vscode-remote://ssh/x/%2e%2e/y.yml', 'file:///%00.yaml'];
  fuzz('mutated manifests under odd URIs and language ids', mutatedArb(yaml, YAML_TOKENS, 4).chain((t) => fc.tuple(fc.constantFrom(...ODD_URIS), fc.constantFrom('yaml', 'json', 'dockerfile', '', 'plaintext')).map(([uri, languageId]) => ({ ...t, uri, languageId }))), 40);
  fuzz('mutated Dockerfiles', mutatedArb(docker, DOCKERFILE_TOKENS), 200);
  fuzz('Dockerfile token soup', soupArb(DOCKERFILE_TOKENS, 'dockerfile', 'file:///fuzz/Dockerfile'), 150);
});
