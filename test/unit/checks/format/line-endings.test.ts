import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('line-endings');
afterEach(cleanupTempDirs);

describe('line-endings', () => {
  it('passes a file with LF throughout', async () => {
    expect(await lint({ 'data.csv': 'a,b\n1,2\n3,4\n' })).toEqual([]);
  });

  it('passes a file with CRLF throughout', async () => {
    expect(await lint({ 'data.csv': 'a,b\r\n1,2\r\n3,4\r\n' })).toEqual([]);
  });

  it('does not count an LF inside a quoted cell of a CRLF file as a mixed ending', async () => {
    expect(await lint({ 'data.csv': 'id,note\r\n1,"first line\nsecond line"\r\n2,plain\r\n' })).toEqual([]);
  });

  it('reports mixed CRLF and LF at the first line of the minority kind', async () => {
    const findings = await lint({ 'data.csv': 'a,b\r\n1,2\r\n3,4\n5,6\r\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/line-endings',
        message: 'Mixed line endings: 1 line(s) end with LF (Unix) (first on line 3) while 3 end with CRLF (Windows)',
        file: 'data.csv',
        line: 3,
      },
    ]);
    expect(findings[0]).toMatchObject({
      messageId: 'mixed',
      data: { count: 1, ending: 'LF (Unix)', firstLine: 3, mainCount: 3, mainEnding: 'CRLF (Windows)' },
    });
  });

  it('counts the physical lines of a quoted cell when placing a mixed ending', async () => {
    // Line 1 header, lines 2–3 one record (LF inside quotes), line 4 ends with a bare LF.
    const findings = await lint({ 'data.csv': 'id,note\r\n1,"a\nb"\r\n2,c\n3,d\r\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/line-endings',
        message: 'Mixed line endings: 1 line(s) end with LF (Unix) (first on line 4) while 3 end with CRLF (Windows)',
        file: 'data.csv',
        line: 4,
      },
    ]);
  });

  it('reports CR line endings, which the default options do not allow', async () => {
    const findings = await lint({ 'data.csv': 'a,b\r1,2\r3,4\r' });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/line-endings', message: 'Line 1 ends with CR (old Mac), which this standard does not accept (3 such line(s))', file: 'data.csv', line: 1 },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'notAllowed', data: { firstLine: 1, ending: 'CR (old Mac)', count: 3 } });
  });

  it('reports CRLF when the standard allows LF only', async () => {
    const findings = await lint({ 'data.csv': 'a,b\r\n1,2\r\n' }, { options: { allowed: ['LF'] } });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/line-endings', message: 'Line 1 ends with CRLF (Windows), which this standard does not accept (2 such line(s))', file: 'data.csv', line: 1 },
    ]);
  });

  it('reads the line endings of a UTF-16 file too (from its decoded text: a line feed there is two bytes)', async () => {
    const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await lint({ 'data.csv': utf16le('a,b\r\n1,"x\ny"\r\n3,4\r\n') })).toEqual([]);
    const findings = await lint({ 'data.csv': utf16le('a,b\r\n1,2\r\n3,4\n5,6\r\n') });
    expect(brief(findings).map((f) => [f.line, f.message])).toEqual([
      [3, 'Mixed line endings: 1 line(s) end with LF (Unix) (first on line 3) while 3 end with CRLF (Windows)'],
    ]);
  });
});

