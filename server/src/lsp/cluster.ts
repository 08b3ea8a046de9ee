/**
 * The cluster file of `kubeGuide.simulation.clusterFile` for the editor's rules (requests larger
 * than any node), the same file the simulate commands use. Read here (I/O), handed to the index.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_INPUT_BYTES, readTextFile } from '../common/files';
import { givenCluster } from '../service/workspace/cluster';
import type { WorkspaceIndex } from '../service/workspace';
import { resolveNotesPath as resolveUserPath } from './notes';

export class ClusterSetting {
  private uri: string | null = null;
  private generation = 0;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log: (message: string) => void,
  ) {}

  /** The setting's value changed (or the settings were read): load the file, or go back to none. */
  async set(raw: unknown, folders: string[]): Promise<void> {
    const path = typeof raw === 'string' && raw.trim() ? resolveUserPath(raw, folders) : null;
    const uri = path ? pathToFileURL(path).href : null;
    if (uri === this.uri) return;
    this.uri = uri;
    await this.load(path);
  }

  /** A watched file changed on disk: reload when it is the cluster file (true when it was). */
  async fileChanged(uri: string): Promise<boolean> {
    if (uri !== this.uri) return false;
    await this.load(fileURLToPath(uri));
    return true;
  }

  private async load(path: string | null): Promise<void> {
    const generation = ++this.generation;
    if (!path) {
      this.index.setCluster(null);
      return;
    }
    try {
      const text = await readTextFile(path, MAX_INPUT_BYTES);
      if (generation !== this.generation) return;
      this.index.setCluster(givenCluster({ uri: pathToFileURL(path).href, text }, path));
    } catch (e) {
      if (generation !== this.generation) return;
      this.index.setCluster(null);
      this.log(`cluster file ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
