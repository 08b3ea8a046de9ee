/**
 * The study notes' Markdown → HTML for the report webview. Raw HTML is off (so `<script>` in a
 * user's notes is text), images become their alt text (no remote content), and links do not
 * navigate: they carry `data-link` and the webview's script asks the extension to open them,
 * which opens only the notes command and https pages.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** What a link may open; anything else renders as plain text. */
export function allowedLink(href: string): boolean {
  return /^command:kubeGuide\.openNotes(\?|$)/.test(href) || /^https:\/\//i.test(href);
}

md.renderer.rules.link_open = (tokens, idx) => {
  const href = tokens[idx].attrGet('href') ?? '';
  if (!allowedLink(href)) {
    tokens[idx].meta = { dropped: true };
    return '';
  }
  return `<a href="#" data-link="${md.utils.escapeHtml(href)}">`;
};

md.renderer.rules.link_close = (tokens, idx) => {
  // Find the matching open token: the nearest link_open before at the same nesting.
  for (let i = idx - 1; i >= 0; i--) {
    if (tokens[i].type === 'link_open') return tokens[i].meta?.dropped ? '' : '</a>';
  }
  return '';
};

md.renderer.rules.image = (tokens, idx) => md.utils.escapeHtml(tokens[idx].content);

export function notesHtml(markdown: string): string {
  return md.render(markdown);
}
