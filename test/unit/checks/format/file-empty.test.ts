import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith } from '../../../helpers/lint-files.js';

const lint = lintWith('file-empty');
afterEach(cleanupTempDirs);

describe('file-empty', () => {
  it('passes a header followed by a row', async () => {
    expect(await lint({ 'data.csv': 'a,b\n1,2\n', 'data.json': '[{"a": 1}]\n' })).toEqual([]);
  });

  it('reports a 0-byte file', async () => {
    const findings = await lint({ 'data.csv': '' });
    expect(brief(findings)).toEqual([{ ruleId: 'format/file-empty', message: 'The file is empty (0 bytes)', file: 'data.csv' }]);
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['empty', undefined]]);
  });

  it('reports a 0-byte JSON file', async () => {
    const findings = await lint({ 'data.json': '' });
    expect(brief(findings)).toEqual([{ ruleId: 'format/file-empty', message: 'The file is empty (0 bytes)', file: 'data.json' }]);
  });

  it('reports a file holding only its header', async () => {
    const findings = await lint({ 'data.csv': 'a,b\n' });
    expect(brief(findings)).toEqual([{ ruleId: 'format/file-empty', message: 'The file has a header but no data rows', file: 'data.csv' }]);
    expect(findings.map((f) => f.messageId)).toEqual(['noDataRows']);
  });

  it('reports a JSON array with no records', async () => {
    const findings = await lint({ 'data.json': '[]\n' });
    expect(brief(findings)).toEqual([{ ruleId: 'format/file-empty', message: 'The file holds no records', file: 'data.json' }]);
    expect(findings.map((f) => f.messageId)).toEqual(['noRecords']);
  });

  it('with requireRows false, passes a header-only file but not an empty one', async () => {
    expect(await lint({ 'data.csv': 'a,b\n' }, { options: { requireRows: false } })).toEqual([]);
    expect(await lint({ 'data.csv': '' }, { options: { requireRows: false } })).toHaveLength(1);
  });

  it('leaves a file whose only row has a quoting problem to the quoting check', async () => {
    expect(await lint({ 'data.csv': 'a,b\n1,"x\n' })).toEqual([]);
  });

  it('reports a gzip-compressed file that holds no text once decompressed', async () => {
    const findings = await lint({ 'spend.csv.gz': gzipSync('') });
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([['emptyDecompressed', 'The file is empty once decompressed: the gzip data holds no text']]);
  });

  it('reports JSON rows as arrays with a header row and no rows, and an empty FeatureCollection', async () => {
    const findings = await lint({ 'a.json': '[["dam", "level"]]\n', 'b.geojson': '{"type": "FeatureCollection", "features": []}\n' });
    expect(findings.map((f) => [f.file, f.messageId])).toEqual([['a.json', 'noDataRows'], ['b.geojson', 'noRecords']]);
  });
});
