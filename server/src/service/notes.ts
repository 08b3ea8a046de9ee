/**
 * The contract between hover and the study notes. Hover (manifests, Dockerfiles) says what the
 * cursor is on; a NotesProvider (server/src/notes) answers with the matching part of the notes.
 * The service only passes it through, so features never import the notes directly.
 */
import type { Locale } from '../l10n';

export type NotesTarget =
  | {
      language: 'kubernetes';
      apiVersion: string;
      kind: string;
      /** Path from the document root to the hovered node: ['spec', 'template', 'spec', 'containers', 0, 'image']. */
      path: (string | number)[];
      /** On the key itself, or on its value. */
      on: 'key' | 'value';
      /** The scalar value under the cursor, when `on` is 'value'. */
      value?: string;
    }
  | {
      language: 'dockerfile';
      /** Upper-case instruction: 'FROM', 'COPY', … */
      instruction: string;
      /** A flag under the cursor, without dashes: 'from', 'mount'. */
      flag?: string;
      /** A word under the cursor (an image name, a stage name after AS). */
      value?: string;
    }
  | {
      /** Not a field: a diagnostic's principle, the simulation report, a kind cluster config… */
      language: 'topic';
      topic: string;
    };

export interface NotesProvider {
  /** Markdown for the hover (section path, excerpt, link), or null when no section matches. */
  hover(target: NotesTarget, locale: Locale): string | null;
}
