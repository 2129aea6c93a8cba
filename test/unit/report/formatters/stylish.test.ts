// stylish: a message over 200 characters is wrapped beneath its rule id, so a terminal that wraps long lines never
// splits the rule id (issue 14); shorter messages keep the one-line layout.
import { describe, expect, it } from 'vitest';
import stylish, { wrap } from '../../../../src/report/formatters/stylish.js';
import { AT_REPO_ROOT, finding, reportWith } from '../../../helpers/format-reports.js';

describe('stylish', () => {
  it('keeps a message of up to 200 characters on one line with its rule id', () => {
    const out = stylish(reportWith([finding()]), AT_REPO_ROOT);
    expect(out.split('\n')[1]).toBe("  5:5  error    '1 234' in field 'visits' is not an integer  format/type");
  });

  it('puts the rule id first for a longer message, and wraps the message beneath it at 100 characters', () => {
    const message = `${'word '.repeat(60)}end`;
    const lines = stylish(reportWith([finding({ message, ruleId: 'linking/key-type-drift' })]), AT_REPO_ROOT).split('\n');
    expect(lines[1]).toBe('  5:5  error    linking/key-type-drift');
    const body = lines.slice(2, lines.indexOf(''));
    expect(body.length).toBe(4);
    for (const l of body) {
      expect(l.startsWith(' '.repeat(16))).toBe(true);
      expect(l.trim().length).toBeLessThanOrEqual(100);
    }
    expect(body.map((l) => l.trim()).join(' ')).toBe(message);
  });

  it('wraps at spaces, and cuts only a word longer than a line', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('x'.repeat(12), 5)).toEqual(['xxxxx', 'xxxxx', 'xx']);
    expect(wrap('short', 10)).toEqual(['short']);
  });
});
