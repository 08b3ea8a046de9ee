/**
 * A UTF-8 BOM at the start becomes a space: BuildKit strips it, and dockerfile-ast would read
 * `\uFEFFFROM`. Same length, so every offset the parser yields is an offset of the user's text.
 * (The other rewrite, of heredoc openers written `<< 'EOF'`, needs the AST's own instruction
 * boundaries and lives in parse.ts.)
 */
export function normalizeDockerfile(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}
