/**
 * The workspace index: facts about every manifest of the workspace, so cross-document checks,
 * go to definition, references and code lenses see more than the open file. Pure: the LSP layer
 * (and the CLI) read files and hand their text in; open documents are handed in parsed.
 * Bounded: files above `maxFileSize` are skipped, and past `maxFiles` the index stops and says
 * it is incomplete (cross-document "does not exist" checks then stay quiet).
 */
import { documentLanguage } from '../documents';
import { isPatchPath, parseYaml, type YamlFile } from '../yaml/parse';
import { LineIndex } from '../../common/text';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileFact } from './builds';
import { yamlFacts, type FileFacts } from './facts';
import { createView, type GivenCluster, type WorkspaceView } from './view';

export interface IndexLimits {
  maxFiles: number;
  /** In UTF-16 code units (about bytes for manifests). */
  maxFileSize: number;
}

export const DEFAULT_LIMITS: IndexLimits = { maxFiles: 5000, maxFileSize: 1_000_000 };

export class WorkspaceIndex {
  private readonly files = new Map<string, FileFacts>();
  /** The parse each open document was last indexed from: the same parse again changes nothing. */
  private readonly parsed = new Map<string, YamlFile>();
  private readonly dockerTexts = new Map<string, string>();
  private current: WorkspaceView | undefined;
  private changes = 0;
  private scanned = false;
  private overflow = false;
  limits: IndexLimits = { ...DEFAULT_LIMITS };
  private given: GivenCluster | null = null;

  /** The cluster pods are measured against when the workspace has no Node objects (the CLI's --cluster). */
  setCluster(cluster: GivenCluster | null): void {
    this.given = cluster && cluster.nodes.length ? cluster : null;
    this.touch();
  }

  /** Bumped on every change; views and cached cross-document results key on it. */
  get version(): number {
    return this.changes;
  }

  /** The files are all in (the scan finished, or the CLI gave its set). */
  markComplete(complete = true): void {
    if (this.scanned !== complete) {
      this.scanned = complete;
      this.touch();
    }
  }

  /** True when the index knows every manifest of the workspace. */
  get complete(): boolean {
    return this.scanned && !this.overflow;
  }

  /** A file was refused because the index is full. */
  get overflowed(): boolean {
    return this.overflow;
  }

  get size(): number {
    return this.files.size;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** Indexes a file from its text (a file on disk). Returns false when the bounds refuse it. */
  setText(uri: string, text: string, languageId = ''): boolean {
    if (text.length > this.limits.maxFileSize) {
      this.remove(uri);
      return false;
    }
    const language = documentLanguage(uri, languageId);
    if (language === 'dockerfile') return this.setDockerfile(uri, text);
    if (language !== 'yaml' && language !== 'json') return false;
    const file = parseYaml(text, { json: language === 'json', helmTemplates: /\/templates\/[^/]*$/.test(uri), patch: isPatchPath(uri) });
    this.parsed.delete(uri);
    return this.setParsed(uri, file);
  }

  /** Indexes a file already parsed (an open document: the service's own parse). */
  setParsed(uri: string, file: YamlFile): boolean {
    const prev = this.parsed.get(uri);
    this.parsed.set(uri, file);
    // The same text (the same parse, or the editor's parse of what was read from disk): same facts.
    if (prev && prev.text === file.text && prev.json === file.json && prev.patch === file.patch) return this.files.has(uri);
    if (file.text.length > this.limits.maxFileSize) {
      this.remove(uri);
      return false;
    }
    const facts = yamlFacts(uri, file);
    if (!facts.objects.length && !facts.kustomization && !facts.builds.length) {
      this.remove(uri);
      return true;
    }
    if (!this.files.has(uri) && this.files.size >= this.limits.maxFiles) {
      if (!this.overflow) {
        this.overflow = true;
        this.touch();
      }
      return false;
    }
    this.files.set(uri, facts);
    this.touch();
    return true;
  }

  /** Indexes a Dockerfile (from disk, or an open one as edited); the same text again changes nothing. */
  setDockerfile(uri: string, text: string, model?: DockerfileModel): boolean {
    if (text.length > this.limits.maxFileSize) {
      this.remove(uri);
      return false;
    }
    const prev = this.files.get(uri);
    if (prev?.dockerfile && this.dockerTexts.get(uri) === text) return true;
    const fact = dockerfileFact(text, model);
    if (!fact) {
      this.remove(uri);
      return true;
    }
    this.dockerTexts.set(uri, text);
    this.files.set(uri, { uri, objects: [], kustomization: null, builds: [], dockerfile: fact, lineStarts: model ? model.lines.lineStarts : new LineIndex(text).lineStarts });
    this.touch();
    return true;
  }

  remove(uri: string): void {
    this.dockerTexts.delete(uri);
    this.parsed.delete(uri);
    if (this.files.delete(uri)) this.touch();
  }

  /** Removes every file under a folder URI (a deleted folder). */
  removeUnder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    for (const uri of [...this.files.keys()]) if (uri.startsWith(prefix)) this.remove(uri);
    this.touch();
  }

  clear(): void {
    this.files.clear();
    this.parsed.clear();
    this.overflow = false;
    this.scanned = false;
    this.touch();
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  view(): WorkspaceView {
    return (this.current ??= createView(this.files, this.complete, this.changes, this.given));
  }

  private touch(): void {
    this.changes++;
    this.current = undefined;
  }
}
