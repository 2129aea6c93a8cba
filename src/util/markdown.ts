// Markdown escaping, of two kinds that must not be confused: text from the data (cell values, file names, titles),
// which may be hostile and goes into one table cell of a pull-request comment, and the standard's own prose (rule
// descriptions, rationales), which is trusted, keeps its lines and should stay readable in the raw page.
import { terminalSafe } from './terminal-safe.js';

/**
 * User text (messages, file names, titles) as literal Markdown inside a table cell: HTML and entities neutralised;
 * the punctuation that can start emphasis, code, links, strikethrough or (on GitHub) math backslash-escaped; pipes
 * escaped (they end cells, even inside code spans); line breaks flattened (they end rows); '@' followed by a
 * zero-width space so a value never mentions a GitHub user; a leading list or heading marker escaped; other control
 * and bidi characters shown escaped (`\x1b`, `\u202e`, see `terminalSafe`). Other punctuation stays as it is,
 * readable in the raw text.
 */
export function escapeUntrustedMarkdown(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@&#8203;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    // A list marker or heading at the start would restructure a list item or heading the text is put in.
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/, (_m, space: string, marker: string) => (/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
  // Last, so the backslashes it writes are not escaped again: `\x1b` renders as written.
  return terminalSafe(escaped);
}

/**
 * Escapes prose for Markdown so that code-like text in rule files (patterns, JSON, field names) shows as written.
 * Underscores inside words, brackets and a '>' inside a line are left alone: GFM never reads them as markup there,
 * and the raw page stays readable.
 */
export function escapeProseMarkdown(text: string): string {
  return text
    .replace(/[\\`*<$|]/g, (c) => `\\${c}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/^(\s*)([#+=>-]|\d+[.)])/gm, (_m, space: string, lead: string) => `${space}${lead.replace(/^(\d*)(.)$/, '$1\\$2')}`);
}
