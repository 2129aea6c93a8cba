import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('bom');
afterEach(cleanupTempDirs);

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('bom', () => {
  it('passes a file that starts directly with its header', async () => {
    expect(await lint({ 'data.csv': 'id,name\n1,Café\n' })).toEqual([]);
  });

  it('reports a UTF-8 byte-order mark on line 1', async () => {
    const findings = await lint({ 'data.csv': Buffer.concat([UTF8_BOM, Buffer.from('id,name\n1,a\n')]) });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/bom', message: 'The file starts with a UTF-8 byte-order mark', file: 'data.csv', line: 1 },
    ]);
    expect(findings[0]!.hint).toContain('UTF-8 with BOM');
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['startsWithBom', { bom: 'UTF-8' }]]);
  });

  it('reports a BOM in a JSON data file too', async () => {
    const findings = await lint({ 'records.json': Buffer.concat([UTF8_BOM, Buffer.from('[{"a": 1}]\n')]) });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/bom', message: 'The file starts with a UTF-8 byte-order mark', file: 'records.json', line: 1 },
    ]);
  });

  it('names a UTF-16 byte-order mark and asks for UTF-8', async () => {
    const body = Buffer.from('id,name\n1,a\n', 'utf16le');
    const findings = await lint({ 'data.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), body]) });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/bom', message: 'The file starts with a UTF-16LE byte-order mark', file: 'data.csv', line: 1 },
    ]);
    expect(findings[0]!.hint).toBe('Re-save the file as UTF-8');
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['startsWithBom', { bom: 'UTF-16LE' }]]);
  });
});
