// Problem 7 of issue 13: ESC sequences in cells, headers and file names reached the terminal raw through the stylish
// and github formats. The real CLI on a generated package; colour off, so no ESC may appear at all.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, makeTempDir, NOW, odlint, writeTree } from './helpers.js';

afterAll(cleanupTempDirs);

const CLEAR = '\x1b[2J\x1b[H'; // clears the screen
const TITLE = '\x1b]0;owned\x07'; // sets the window title

function hostilePackage(): string {
  const dir = makeTempDir();
  const csv = `spend${CLEAR}.csv`;
  writeTree(dir, {
    'datapackage.json': JSON.stringify({
      name: 'hostile',
      resources: [{ name: 'spend', path: csv, schema: { fields: [{ name: 'id', type: 'integer' }, { name: `amount${TITLE}`, type: 'integer' }] } }],
    }),
    [csv]: `id,amount${TITLE}\n1${CLEAR},2\n2,3\u202e4\x08\x7f\n`,
  });
  return dir;
}

describe('hostile characters in a CSV file name, header and cells', () => {
  it.each(['stylish', 'github', 'markdown'])('the %s output holds no raw ESC, BEL, backspace, DEL or bidi override', (format) => {
    const dir = hostilePackage();
    const r = odlint(['lint', dir, '--no-config', '--now', NOW, '--no-color', '-f', format]);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\x1b\x07\x08\x7f\u202e]/);
    // The values are shown, escaped, so the reader can find them in the file.
    expect(r.stdout).toContain(format === 'markdown' ? '\\x1b\\[2J' : '\\x1b[2J');
    expect(r.stdout).toContain('\\u202e');
  });

  it('the json output keeps the exact strings', () => {
    const dir = hostilePackage();
    const r = odlint(['lint', dir, '--no-config', '--now', NOW, '-f', 'json']);
    expectNoCrash(r);
    const report = JSON.parse(r.stdout) as { findings: { file: string; message: string }[] };
    expect(report.findings.some((f) => f.file.includes(CLEAR))).toBe(true);
    expect(report.findings.some((f) => f.message.includes('\u202e'))).toBe(true);
  });
});
