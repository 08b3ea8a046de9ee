/**
 * Base images by size, as chapter 1 of the notes classes them (사이즈별 이미지):
 * 최소 scratch · 작다 alpine, distroless · 크다 ubuntu, centos, Universal Base Image.
 * Full language images (Debian-based `node:22`, `python:3.12`, …) weigh like the large class;
 * their `-alpine` / `-slim` / distroless variants are the light ones. Hand-written facts.
 */
import { repositoryKey, type ImageRef } from '../image';

export type SizeClass = 'minimal' | 'small' | 'large';

export interface ImageFacts {
  size: SizeClass | null;
  /** A compiler or build tool image (golang, maven, rust, the .NET SDK…). */
  toolchain: boolean;
  /** Lighter images to suggest, most fitting first. */
  lighter: string[];
}

/** Large OS images: the notes' 크다 class and its close relatives. */
const LARGE_OS: Record<string, string[]> = {
  ubuntu: ['alpine:3.20', 'gcr.io/distroless/base-debian12'],
  centos: ['alpine:3.20', 'gcr.io/distroless/base-debian12'],
  debian: ['alpine:3.20', 'gcr.io/distroless/base-debian12', 'debian:bookworm-slim'],
  fedora: ['alpine:3.20', 'gcr.io/distroless/base-debian12'],
  rockylinux: ['alpine:3.20', 'registry.access.redhat.com/ubi9/ubi-micro'],
  almalinux: ['alpine:3.20', 'registry.access.redhat.com/ubi9/ubi-micro'],
  oraclelinux: ['alpine:3.20', 'gcr.io/distroless/base-debian12'],
  amazonlinux: ['alpine:3.20', 'gcr.io/distroless/base-debian12'],
};

/** Red Hat's Universal Base Image (`ubi9`, `ubi8/ubi`, `ubi9/ubi-init`); `-minimal`/`-micro` are light. */
function isUbi(key: string): boolean {
  return /(?:^|\/)ubi\d*(?:\/|$)/.test(key);
}

interface LanguageImage {
  toolchain: boolean;
  /** `{v}` is replaced by the version part of the tag (`20` of `node:20`), or dropped. */
  lighter: string[];
}

const LANGUAGE: Record<string, LanguageImage> = {
  node: { toolchain: false, lighter: ['node:{v}-alpine', 'gcr.io/distroless/nodejs{major:22}-debian12'] },
  python: { toolchain: false, lighter: ['python:{v}-slim', 'python:{v}-alpine'] },
  ruby: { toolchain: false, lighter: ['ruby:{v}-alpine', 'ruby:{v}-slim'] },
  php: { toolchain: false, lighter: ['php:{v}-fpm-alpine', 'php:{v}-cli-alpine'] },
  perl: { toolchain: false, lighter: ['perl:{v}-slim'] },
  golang: { toolchain: true, lighter: ['scratch', 'gcr.io/distroless/static-debian12', 'golang:{v}-alpine'] },
  rust: { toolchain: true, lighter: ['scratch', 'gcr.io/distroless/cc-debian12', 'rust:{v}-alpine'] },
  gcc: { toolchain: true, lighter: ['scratch', 'gcr.io/distroless/cc-debian12', 'alpine:3.20'] },
  maven: { toolchain: true, lighter: ['eclipse-temurin:21-jre-alpine', 'gcr.io/distroless/java21-debian12'] },
  gradle: { toolchain: true, lighter: ['eclipse-temurin:21-jre-alpine', 'gcr.io/distroless/java21-debian12'] },
  openjdk: { toolchain: true, lighter: ['eclipse-temurin:{major:21}-jre-alpine', 'gcr.io/distroless/java{major:21}-debian12'] },
  'eclipse-temurin': { toolchain: true, lighter: ['eclipse-temurin:{major:21}-jre-alpine', 'gcr.io/distroless/java{major:21}-debian12'] },
  amazoncorretto: { toolchain: true, lighter: ['amazoncorretto:{major:21}-alpine', 'gcr.io/distroless/java{major:21}-debian12'] },
  'mcr.microsoft.com/dotnet/sdk': { toolchain: true, lighter: ['mcr.microsoft.com/dotnet/runtime:{v}-alpine', 'mcr.microsoft.com/dotnet/aspnet:{v}-alpine'] },
  swift: { toolchain: true, lighter: ['swift:{v}-slim', 'gcr.io/distroless/cc-debian12'] },
  haskell: { toolchain: true, lighter: ['scratch', 'alpine:3.20'] },
};

/** Tags and names that mark a light variant. */
const LIGHT_MARK = /(?:^|[-_.])(alpine|slim|distroless|minimal|micro|busybox|scratch|chiseled|nanoserver)(?:$|[-_.\d])/i;
/** A JRE tag of a Java image is a runtime, not a toolchain. */
const JRE_MARK = /(?:^|[-_.])jre(?:$|[-_.\d])/i;

export function imageFacts(ref: ImageRef): ImageFacts {
  const key = repositoryKey(ref);
  const tag = ref.tag ?? '';
  if (key === 'scratch') return { size: 'minimal', toolchain: false, lighter: [] };
  const light = LIGHT_MARK.test(tag) || LIGHT_MARK.test(ref.name) || key.startsWith('gcr.io/distroless/') || key.startsWith('cgr.dev/chainguard/');
  if (key === 'alpine' || key === 'busybox' || light) {
    const lang = LANGUAGE[key];
    const toolchain = !!lang?.toolchain && !JRE_MARK.test(tag);
    // A light toolchain image is still a toolchain: suggest where the result should run.
    return { size: 'small', toolchain, lighter: toolchain ? lang.lighter.filter((s) => !s.startsWith(key + ':')).map((s) => fillVersion(s, tag)) : [] };
  }
  if (key in LARGE_OS) return { size: 'large', toolchain: false, lighter: LARGE_OS[key] };
  if (isUbi(key)) {
    return { size: 'large', toolchain: false, lighter: ['registry.access.redhat.com/ubi9/ubi-micro', 'alpine:3.20', 'gcr.io/distroless/base-debian12'] };
  }
  const lang = LANGUAGE[key];
  if (lang) {
    const toolchain = lang.toolchain && !JRE_MARK.test(tag);
    return { size: JRE_MARK.test(tag) ? null : 'large', toolchain, lighter: lang.lighter.map((s) => fillVersion(s, tag)) };
  }
  return { size: null, toolchain: false, lighter: [] };
}

/** `{major:22}` falls back to 22 without a version. `node:{v}-alpine` with tag `20-bookworm` → `node:20-alpine`; no version → `node:alpine`. */
function fillVersion(template: string, tag: string): string {
  const version = /^(\d+(?:\.\d+)*)/.exec(tag)?.[1] ?? '';
  const major = version.split('.')[0] ?? '';
  let s = template.replace(/\{major:(\d+)\}/, (_m, fallback: string) => major || fallback);
  s = version ? s.replace('{v}', version) : s.replace(':{v}-', ':').replace('{v}', '');
  return s;
}

/** Commands that compile or package something (the toolchain-final-stage rule looks for them in RUN). */
export const BUILD_COMMANDS: { command: string; subcommands?: string[] }[] = [
  { command: 'go', subcommands: ['build', 'install'] },
  { command: 'cargo', subcommands: ['build', 'install'] },
  { command: 'mvn', subcommands: ['package', 'install', 'verify', 'compile'] },
  { command: 'mvnw', subcommands: ['package', 'install', 'verify', 'compile'] },
  { command: './mvnw', subcommands: ['package', 'install', 'verify', 'compile'] },
  { command: 'gradle', subcommands: ['build', 'assemble', 'jar', 'bootJar', 'installDist', 'shadowJar'] },
  { command: './gradlew', subcommands: ['build', 'assemble', 'jar', 'bootJar', 'installDist', 'shadowJar'] },
  { command: 'gradlew', subcommands: ['build', 'assemble', 'jar', 'bootJar', 'installDist', 'shadowJar'] },
  { command: 'dotnet', subcommands: ['build', 'publish'] },
  { command: 'swift', subcommands: ['build'] },
  { command: 'stack', subcommands: ['build', 'install'] },
  { command: 'cabal', subcommands: ['build', 'install'] },
  { command: 'javac' },
  { command: 'gcc' },
  { command: 'g++' },
  { command: 'cc' },
  { command: 'c++' },
  { command: 'clang' },
  { command: 'make' },
  { command: 'cmake' },
  { command: 'rustc' },
];

/** Base images offered by completion, by size class. */
export const SUGGESTED_BASES: { image: string; size: SizeClass; use: 'runtime' | 'build' | 'os' }[] = [
  { image: 'scratch', size: 'minimal', use: 'runtime' },
  { image: 'alpine:3.20', size: 'small', use: 'os' },
  { image: 'gcr.io/distroless/static-debian12:nonroot', size: 'small', use: 'runtime' },
  { image: 'gcr.io/distroless/base-debian12:nonroot', size: 'small', use: 'runtime' },
  { image: 'gcr.io/distroless/cc-debian12:nonroot', size: 'small', use: 'runtime' },
  { image: 'gcr.io/distroless/nodejs22-debian12:nonroot', size: 'small', use: 'runtime' },
  { image: 'gcr.io/distroless/python3-debian12:nonroot', size: 'small', use: 'runtime' },
  { image: 'gcr.io/distroless/java21-debian12:nonroot', size: 'small', use: 'runtime' },
  { image: 'node:22-alpine', size: 'small', use: 'runtime' },
  { image: 'python:3.12-slim', size: 'small', use: 'runtime' },
  { image: 'python:3.12-alpine', size: 'small', use: 'runtime' },
  { image: 'eclipse-temurin:21-jre-alpine', size: 'small', use: 'runtime' },
  { image: 'golang:1.23-alpine', size: 'small', use: 'build' },
  { image: 'rust:1.82-alpine', size: 'small', use: 'build' },
  { image: 'maven:3.9-eclipse-temurin-21-alpine', size: 'small', use: 'build' },
  { image: 'ubuntu:24.04', size: 'large', use: 'os' },
  { image: 'registry.access.redhat.com/ubi9/ubi-minimal', size: 'small', use: 'os' },
];
