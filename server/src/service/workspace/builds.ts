/**
 * Which workspace Dockerfile builds which image: from the tools that say so (skaffold's
 * `build.artifacts`, docker compose's `build` + `image`), and what a Dockerfile's final image is
 * (its user, the ports it EXPOSEs). Guessing from names would tie unrelated files together, so
 * only a declared build links a manifest's image to a Dockerfile.
 */
import { updateModel, expandVariables, type DockerfileModel } from '../dockerfile/model';
import { baseRunsAsNonRoot, finalRoot, isRootUser } from '../dockerfile/rules/helpers';
import { valueAt } from '../rules/objects';
import type { YamlDoc, YamlFile } from '../yaml/parse';
import type { Span } from './facts';

export interface BuildFact {
  /** The image name the tool builds, without tag or digest. */
  image: string;
  /** The Dockerfile's URI. */
  dockerfile: string;
  /** The tool tags the image when it deploys (skaffold): an untagged reference is fine. */
  tagsAtDeploy: boolean;
}

export interface DockerfileFact {
  /** The final image runs as root: a last USER of root, or no USER over a base that runs as root. */
  root: boolean;
  /** Where: the root USER's argument, or the final FROM. */
  userSpan: Span;
  /** USER names a non-root user explicitly. */
  nonRootUser: boolean;
  exposes: { port: number; protocol: string; span: Span }[];
}

/** `registry/path/name[:tag][@digest]` → `registry/path/name` as Docker names it (docker.io/library elided). */
export function imageName(ref: string): string {
  let s = ref.trim().replace(/@.*$/, '');
  const slash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > slash) s = s.slice(0, colon);
  s = s.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return s.toLowerCase();
}

function resolveUri(base: string, path: string): string | null {
  try {
    return new URL(path, base).href;
  } catch {
    return null;
  }
}

/** Builds that skaffold configs and compose files of this YAML file declare. */
export function yamlBuilds(uri: string, file: YamlFile): BuildFact[] {
  const out: BuildFact[] = [];
  const dir = uri.replace(/[^/]*$/, '');
  const compose = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/.test(uri);
  for (const doc of file.docs) {
    const api = valueAt(doc, ['apiVersion']);
    if (typeof api === 'string' && api.startsWith('skaffold/') && valueAt(doc, ['kind']) === 'Config') out.push(...skaffold(doc, dir));
    else if (compose) out.push(...composeBuilds(doc, dir));
  }
  return out;
}

function skaffold(doc: YamlDoc, dir: string): BuildFact[] {
  const out: BuildFact[] = [];
  const artifacts = [valueAt(doc, ['build', 'artifacts'])];
  const profiles = valueAt(doc, ['profiles']);
  if (Array.isArray(profiles)) for (const p of profiles) artifacts.push(p?.build?.artifacts);
  for (const list of artifacts) {
    if (!Array.isArray(list)) continue;
    for (const a of list) {
      if (!a || typeof a.image !== 'string') continue;
      const context = typeof a.context === 'string' ? a.context : '.';
      const dockerfile = typeof a.docker?.dockerfile === 'string' ? a.docker.dockerfile : 'Dockerfile';
      const base = resolveUri(dir, context.endsWith('/') ? context : context + '/');
      const uri = base && resolveUri(base, dockerfile);
      if (uri) out.push({ image: imageName(a.image), dockerfile: uri, tagsAtDeploy: true });
    }
  }
  return out;
}

function composeBuilds(doc: YamlDoc, dir: string): BuildFact[] {
  const out: BuildFact[] = [];
  const services = valueAt(doc, ['services']);
  if (!services || typeof services !== 'object') return out;
  for (const s of Object.values(services as Record<string, any>)) {
    if (!s || typeof s.image !== 'string' || !s.build) continue;
    const context = typeof s.build === 'string' ? s.build : typeof s.build.context === 'string' ? s.build.context : '.';
    const dockerfile = typeof s.build === 'object' && typeof s.build.dockerfile === 'string' ? s.build.dockerfile : 'Dockerfile';
    const base = resolveUri(dir, context.endsWith('/') ? context : context + '/');
    const uri = base && resolveUri(base, dockerfile);
    if (uri) out.push({ image: imageName(s.image), dockerfile: uri, tagsAtDeploy: false });
  }
  return out;
}

/** What the final image of a Dockerfile is, for manifests that run it. */
/** `model`: the editor's own parse of the text, when it has one (an open Dockerfile): no second parse. */
export function dockerfileFact(text: string, model: DockerfileModel = updateModel(undefined, text)): DockerfileFact | null {
  const final = model.finalStage;
  if (!final) return null;
  let root = true;
  let nonRootUser = false;
  let userSpan: Span = [final.from.base + final.from.fact.keywordStart, final.from.base + final.from.fact.end];
  let decided = false;
  for (const stage of model.finalChain) {
    const users = stage.instructions.filter((i) => i.keyword === 'USER');
    if (!users.length) continue;
    const last = users[users.length - 1];
    const arg = last.fact.args[0];
    decided = true;
    if (!arg || arg.value.includes('$')) {
      root = false; // a variable: unknown, so no claim
    } else {
      root = isRootUser(arg.value);
      nonRootUser = !root;
      if (root) userSpan = [last.base + arg.start, last.base + arg.end];
    }
    break;
  }
  const base = finalRoot(model);
  if (!decided && base && (baseRunsAsNonRoot(base) || base.image?.hasVariable)) root = false;
  const exposes: DockerfileFact['exposes'] = [];
  for (const stage of model.finalChain) {
    for (const inst of stage.instructions) {
      if (inst.keyword !== 'EXPOSE') continue;
      for (const arg of inst.fact.args) {
        const start = inst.base + arg.start;
        const value = expandVariables(model, start, arg.value.replace(/^"(.*)"$/, '$1'));
        const m = value && /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(value);
        if (!m) continue;
        const from = Number(m[1]);
        const to = m[2] ? Number(m[2]) : from;
        for (let p = from; p <= to && p - from < 1000; p++) exposes.push({ port: p, protocol: (m[3] ?? 'tcp').toUpperCase(), span: [start, inst.base + arg.end] });
      }
    }
  }
  return { root, userSpan, nonRootUser, exposes };
}
