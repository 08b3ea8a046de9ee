/** Which language a document speaks, from its language id and name, never from guesses at content. */
export type DocumentLanguage = 'yaml' | 'json' | 'dockerfile' | 'other';

export function documentLanguage(uri: string, languageId: string): DocumentLanguage {
  const id = languageId.toLowerCase();
  if (id === 'dockerfile' || id === 'containerfile') return 'dockerfile';
  if (id === 'yaml' || id === 'yml') return 'yaml';
  if (id === 'json' || id === 'jsonc') return 'json';
  const name = decodeName(uri.replace(/[?#].*$/, '').replace(/^.*[\\/]/, ''));
  if (/^(Dockerfile|Containerfile)([.-].*)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name)) return 'dockerfile';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  return 'other';
}

/** A URI segment decoded; a malformed escape (`%E0%A4%A`, which any client may send) stays as written. */
export function decodeName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
