import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchPath, matchSelector, parseSelector, riskyRepetition, SelectorError } from '../../../server/src/notes/select';
import { parseNotes } from '../../../server/src/notes/parse';
import { declaredSource } from '../../../server/src/notes/source';
import type { NotesTarget } from '../../../server/src/service/notes';

/** `path` is written with spaces between the fields: 'spec containers 0 image'. */
const k = (kind: string, path: string, value?: string, apiVersion = 'apps/v1'): NotesTarget => ({
  language: 'kubernetes',
  apiVersion,
  kind,
  path: path.split(' ').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
  on: value === undefined ? 'key' : 'value',
  value,
});

describe('parseSelector', () => {
  const cases: [string, unknown][] = [
    ['spec.replicas', { language: 'kubernetes', anchored: false, path: ['spec', 'replicas'] }],
    ['.kind', { language: 'kubernetes', anchored: true, path: ['kind'] }],
    ['HorizontalPodAutoscaler', { language: 'kubernetes', kind: 'HorizontalPodAutoscaler' }],
    ['Service .metadata.name', { language: 'kubernetes', kind: 'Service', anchored: true, path: ['metadata', 'name'] }],
    ['kind.x-k8s.io/* Cluster **', { language: 'kubernetes', apiVersion: 'kind.x-k8s.io/*', kind: 'Cluster', anchored: false, path: ['**'] }],
    ['*.cattle.io/* *', { language: 'kubernetes', apiVersion: '*.cattle.io/*', kind: '*' }],
    ['v1 Pod', { language: 'kubernetes', apiVersion: 'v1', kind: 'Pod' }],
    ['image ~ ^alpine', { language: 'kubernetes', anchored: false, path: ['image'], value: { matches: '^alpine' } }],
    ['nodes.role = control-plane', { language: 'kubernetes', anchored: false, path: ['nodes', 'role'], value: { equals: 'control-plane' } }],
    ['nodeSelector."kubernetes.io/hostname" = a=b', { language: 'kubernetes', anchored: false, path: ['nodeSelector', 'kubernetes.io/hostname'], value: { equals: 'a=b' } }],
    ['~ ^cloud\\.google\\.com/', { language: 'kubernetes', value: { matches: '^cloud\\.google\\.com/' } }],
    ['k8s: spec.replicas', { language: 'kubernetes', anchored: false, path: ['spec', 'replicas'] }],
    ['dockerfile: FROM', { language: 'dockerfile', instruction: 'FROM' }],
    ['docker: copy --from', { language: 'dockerfile', instruction: 'COPY', flag: 'from' }],
    ['dockerfile: FROM AS', { language: 'dockerfile', instruction: 'FROM', flag: 'as' }],
    ['dockerfile: FROM ~ alpine', { language: 'dockerfile', instruction: 'FROM', value: { matches: 'alpine' } }],
    ['topic: scaling.replicas', { language: 'topic', topic: 'scaling.replicas' }],
  ];
  for (const [text, want] of cases) it(`reads ${text}`, () => assert.deepEqual(parseSelector(text), want));

  it('says what is wrong with a bad selector', () => {
    const bad: [string, RegExp][] = [
      ['', /empty selector/],
      ['topic: a b', /bad topic/],
      ['dockerfile: 123', /Dockerfile instruction/],
      ['dockerfile: COPY from', /not a flag/],
      ['dockerfile: COPY --from x', /unexpected "x"/],
      ['image ~ (', /bad regular expression/],
      ['Service spec.selector extra', /unexpected "extra"/],
    ];
    for (const [text, message] of bad) assert.throws(() => parseSelector(text), (e: Error) => e instanceof SelectorError && message.test(e.message), text);
  });
});

describe('matchSelector', () => {
  const table: { name: string; sel: string; target: NotesTarget; want: 0 | 1 | 2 | 3 }[] = [
    { name: 'a path matches the end of the target path, skipping list indices', sel: 'containers.image', target: k('Deployment', 'spec template spec containers 0 image'), want: 1 },
    { name: '* is a field, not a list item', sel: 'containers.*.image', target: k('Deployment', 'spec template spec containers 0 image'), want: 0 },
    { name: 'on the value too', sel: 'spec.replicas', target: k('Deployment', 'spec replicas', '3'), want: 1 },
    { name: 'not a longer path', sel: 'spec.replicas', target: k('Deployment', 'spec replicas x'), want: 0 },
    { name: 'an anchored path from the root only', sel: '.kind', target: k('HorizontalPodAutoscaler', 'spec scaleTargetRef kind'), want: 0 },
    { name: 'an anchored path at the root', sel: '.kind', target: k('Pod', 'kind', 'Pod', 'v1'), want: 1 },
    { name: '** matches nothing too', sel: 'affinity.**', target: k('Pod', 'spec affinity', undefined, 'v1'), want: 1 },
    { name: '** matches deeper fields', sel: 'affinity.**', target: k('Pod', 'spec affinity nodeAffinity x', undefined, 'v1'), want: 1 },
    { name: 'a kind alone names its kind field', sel: 'Service', target: k('Service', 'kind', 'Service', 'v1'), want: 2 },
    { name: 'a kind alone: not its other fields', sel: 'Service', target: k('Service', 'spec selector', undefined, 'v1'), want: 0 },
    { name: 'a kind and a path', sel: 'Service spec.selector.**', target: k('Service', 'spec selector app', 'web', 'v1'), want: 2 },
    { name: 'another kind', sel: 'Service spec.selector', target: k('Deployment', 'spec selector'), want: 0 },
    { name: 'an apiVersion glob', sel: 'kind.x-k8s.io/* Cluster **', target: k('Cluster', 'nodes 0 role', 'worker', 'kind.x-k8s.io/v1alpha4'), want: 2 },
    { name: 'an apiVersion glob: another group', sel: 'kind.x-k8s.io/* Cluster **', target: k('Cluster', 'nodes', undefined, 'cluster.x-k8s.io/v1beta1'), want: 0 },
    { name: 'a value regex, case-insensitive', sel: 'image ~ alpine', target: k('Pod', 'spec containers 0 image', 'Node:20-ALPINE', 'v1'), want: 3 },
    { name: 'a value regex is not tested on the key', sel: 'image ~ alpine', target: k('Pod', 'spec containers 0 image', undefined, 'v1'), want: 0 },
    { name: 'an exact value', sel: 'nodes.role = control-plane', target: k('Cluster', 'nodes 0 role', 'control-plane', 'kind.x-k8s.io/v1alpha4'), want: 3 },
    { name: 'a word regex on a key', sel: '~ ^cloud\\.google\\.com/', target: k('Pod', 'spec nodeSelector cloud.google.com/gke-nodepool', undefined, 'v1'), want: 3 },
    { name: 'a word regex on a value', sel: '~ ^cloud\\.google\\.com/', target: k('Pod', 'spec affinity x 0 key', 'cloud.google.com/gke-spot', 'v1'), want: 3 },
    { name: 'a Dockerfile instruction', sel: 'dockerfile: FROM', target: { language: 'dockerfile', instruction: 'FROM', value: 'alpine' }, want: 1 },
    { name: 'a flag', sel: 'dockerfile: COPY --from', target: { language: 'dockerfile', instruction: 'COPY', flag: 'from' }, want: 2 },
    { name: 'a flag: not without it', sel: 'dockerfile: COPY --from', target: { language: 'dockerfile', instruction: 'COPY' }, want: 0 },
    { name: 'an instruction and a value', sel: 'dockerfile: FROM ~ ^scratch$', target: { language: 'dockerfile', instruction: 'from', value: 'scratch' }, want: 3 },
    { name: 'a topic', sel: 'topic: selfHealing', target: { language: 'topic', topic: 'selfHealing' }, want: 3 },
    { name: 'a topic is not a field', sel: 'topic: selfHealing', target: k('Pod', 'spec restartPolicy', undefined, 'v1'), want: 0 },
    { name: 'a field is not a Dockerfile', sel: 'image', target: { language: 'dockerfile', instruction: 'FROM' }, want: 0 },
  ];
  for (const c of table) it(c.name, () => assert.equal(matchSelector(parseSelector(c.sel), c.target), c.want));

  it('matches paths with * and ** in any place', () => {
    assert.equal(matchPath(['a', '**', 'b'], ['a', 'x', 'y', 'b'], true), true);
    assert.equal(matchPath(['a', '*', 'b'], ['a', 'x', 'y', 'b'], true), false);
    assert.equal(matchPath(['**'], [], true), true);
  });
});

describe('selectors that could freeze hover', () => {
  // A user's note may hold any regular expression; hover tests it against every value under the
  // cursor. `(a+)+$` on `image: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!` backtracks for minutes.
  it('finds regular expressions that repeat a repetition or alternatives (`(a+)+$`, `(a|a)*$`)', () => {
    for (const bad of ['(a+)+$', '(?:x|y*){2,}', '(x*y)*', '(a{2,3})+', '(a|a)*$']) assert.equal(riskyRepetition(bad), true, bad);
    for (const ok of ['^alpine', '(ab)+', '^(cloud|gke)\\.google\\.com/', '[(+)]+', '\\(a+\\)+', '(a?)+']) assert.equal(riskyRepetition(ok), false, ok);
  });

  it('leaves such a selector out of a user\'s notes, with a problem that says why (`image ~ (a+)+$`)', () => {
    const source = declaredSource('file:///n.md', parseNotes('# Images <!-- kube-guide: image ~ (a+)+$; image ~ ^alpine -->\nSmall ones.\n'));
    assert.deepEqual(source.links.map((l) => l.explains), [['image ~ ^alpine']]);
    assert.match(source.problems[0].message, /repeats a repetition/);
  });
});
