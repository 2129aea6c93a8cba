// Text from the data (cells, headers, file names) shown in a terminal or a CI log: a raw control character could move
// the cursor, recolour or clear the screen, ring the bell, hide text (CR, backspace) or reorder it (bidi overrides,
// the "Trojan Source" trick). Such characters are shown escaped instead, so the reader sees what is in the file.

/**
 * C0 controls but tab, DEL, C1 controls (U+0080–U+009F), the bidi marks, embeddings, overrides and isolates
 * (U+200E/F, U+202A–U+202E, U+2066–U+2069), and the line and paragraph separators U+2028/U+2029.
 */
const OTHER_UNSAFE = '\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029';
const UNSAFE = new RegExp(`[\\n\\r${OTHER_UNSAFE}]`, 'g');
const UNSAFE_BUT_LINE_BREAKS = new RegExp(`[${OTHER_UNSAFE}]`, 'g');

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every unsafe character, CR and LF included, written as `\xNN` (up to U+00FF) or `\uNNNN`. */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/** As `terminalSafe`, but CR and LF kept, for an output that escapes line breaks in its own way (GitHub's `%0A`). */
export function terminalSafeKeepingLineBreaks(s: string): string {
  return s.replace(UNSAFE_BUT_LINE_BREAKS, escapeChar);
}
