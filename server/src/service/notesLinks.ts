/**
 * Diagnostics that come from a principle of the notes link to it: the rule id → the topic (data),
 * and the link goes in `codeDescription.href` (VS Code shows the code as a link in the Problems
 * panel and the hover; our client runs the `command:` link, opening the note's preview there).
 * The notes replace a rule's generic docs link; a finding that chose a link of its own keeps it.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NotesProvider, NotesTopic } from './notes';
import { ruleMeta } from './rules/catalog';

export const RULE_TOPICS: Record<string, NotesTopic> = {
  // Manifests (issue 3): what the API server rejects, where the notes explain the idea behind it.
  'k8s/selector-mismatch': 'service.selector',
  'k8s/empty-selector': 'service.selector',
  'k8s/requests-exceed-limits': 'scheduling.resources',
  'k8s/restart-policy': 'selfHealing',
};

export function linkToNotes(diagnostics: Diagnostic[], notes: NotesProvider | undefined): Diagnostic[] {
  if (!notes) return diagnostics;
  for (const d of diagnostics) {
    if (typeof d.code !== 'string') continue;
    const meta = ruleMeta(d.code);
    const topic = RULE_TOPICS[d.code] ?? (meta?.principle as NotesTopic | null | undefined);
    if (!topic || (d.codeDescription && d.codeDescription.href !== meta?.docs)) continue;
    const ref = notes.reference({ language: 'topic', topic });
    if (ref) d.codeDescription = { href: ref.href };
  }
  return diagnostics;
}
