// Text from the data shown in a terminal, a CI log or a Markdown comment: controls and bidi characters escaped.
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeKeepingLineBreaks } from '../../../src/util/terminal-safe.js';
import { HOSTILE_CHARACTERS } from '../../helpers/hostile-text.js';

describe('terminalSafe', () => {
  it.each(HOSTILE_CHARACTERS)('shows %j escaped as %s', (ch, shown) => {
    expect(terminalSafe(`a${ch}b`)).toBe(`a${shown}b`);
  });

  it('escapes LF and every C0 control but tab', () => {
    expect(terminalSafe('a\nb\tc')).toBe('a\\x0ab\tc');
    for (let code = 0; code < 0x20; code++) {
      if (code === 9) continue;
      expect(terminalSafe(String.fromCharCode(code))).toMatch(/^\\x[0-9a-f]{2}$/);
    }
  });

  it('leaves printable text alone, accents, CJK, emoji and backslashes included', () => {
    const text = "Montréal, 東京, 🙂, C:\\data\\x1b.csv, 'quoted' and \"double\"";
    expect(terminalSafe(text)).toBe(text);
  });

  it('a whole ESC sequence no longer contains ESC', () => {
    expect(terminalSafe('\x1b[2J\x1b]0;pwned\x07')).toBe('\\x1b[2J\\x1b]0;pwned\\x07');
  });
});

describe('terminalSafeKeepingLineBreaks', () => {
  it('keeps CR and LF, escapes the rest', () => {
    expect(terminalSafeKeepingLineBreaks('a\r\nb\x1b[31m\u202ec')).toBe('a\r\nb\\x1b[31m\\u202ec');
  });
});
