// The data formats portals publish besides plain CSV and JSON, through the real CLI: gzip-compressed files (named
// .csv.gz or declared "compression": "gz"), zip archives (not read, and said so), JSON rows as arrays under a header
// row, and GeoJSON and TopoJSON (structure only). test/data/formats/ holds a small package of each kind with planted
// problems; broken gzip files are made in a temporary folder.
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, writeTree, type Finding } from './helpers.js';

const DATA = 'test/data/formats';
afterAll(cleanupTempDirs);

const keys = (findings: Finding[]) => findings.map((f) => [f.file.replace(`${DATA}/`, ''), f.line, f.ruleId, f.messageId]);

/** Every finding the package and the lone file give: each is a problem planted in test/data/formats. */
const EXPECTED = [
  ['dam-levels/catchments.geojson', 13, 'format/geo-structure', 'ringNotClosed'],
  ['dam-levels/catchments.geojson', 15, 'format/geo-structure', 'missingMember'],
  ['dam-levels/datapackage.json', 66, 'format/schema-missing', 'noSchema'],
  ['dam-levels/datapackage.json', 70, 'format/file-format', 'zipNotRead'],
  ['dam-levels/levels-2025.csv', 101, 'format/range', 'aboveMaximum'],
  ['dam-levels/levels.csv.gz', 200, 'format/type', 'notType'],
  ['dam-levels/levels.csv.gz', 301, 'format/required', 'missingValue'],
  ['dam-levels/stations.json', 6, 'format/type', 'notType'],
  ['dam-levels/stations.json', 9, 'format/ragged-row', 'missingCells'],
  ['dam-levels/stations.json', 10, 'linking/primary-key', 'duplicate'],
  ['lone/municipal-spend.csv.gz', undefined, 'format/metadata-missing', 'noMetadata'],
  ['lone/municipal-spend.csv.gz', 151, 'format/ragged-row', 'extraCells'],
];

describe('lint test/data/formats', () => {
  it('reads gzip, rows as arrays, GeoJSON and TopoJSON, reports the zip, and finds exactly the planted problems', () => {
    const { run, report } = lintJson([DATA]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(keys(report.findings)).toEqual(EXPECTED);
    // Read: the two gzip files, the JSON rows, the GeoJSON and the TopoJSON, the lone file; not the zip archive.
    expect(report.summary.files).toBe(6);
  });

  it('gives the same report with worker threads splitting every file: compressed files are read whole', () => {
    const { run, report } = lintJson([DATA, '--jobs', '2'], { env: { ODLINT_SPLIT_MIN_BYTES: '1' } });
    expectNoCrash(run);
    expect(keys(report.findings)).toEqual(EXPECTED);
  });

  it('lints a lone .csv.gz file named on the command line', () => {
    const { run, report } = lintJson([`${DATA}/lone/municipal-spend.csv.gz`]);
    expectNoCrash(run);
    expect(keys(report.findings)).toEqual(EXPECTED.filter(([file]) => String(file).startsWith('lone/')));
    expect(report.findings[1]).toMatchObject({ record: 150, column: 5, message: "Row has 5 cells, 1 more than the header's 4: extra 'extra'" });
  });
});

describe('broken and undeclared gzip files', () => {
  const text = `id,amount\n${Array.from({ length: 4000 }, (_, i) => `${i + 1},${(i * 3.5).toFixed(2)}`).join('\n')}\n`;
  const gz = gzipSync(text);

  it('reports a truncated or damaged .csv.gz file with a finding, never a crash', () => {
    const dir = makeTempDir();
    const crc = Buffer.from(gz);
    crc[crc.length - 6]! ^= 0xff;
    writeTree(dir, { 'cut.csv.gz': gz.subarray(0, gz.length - 300), 'damaged.csv.gz': crc, 'header-only.csv.gz': gz.subarray(0, 6) });
    const { run, report } = lintJson(['cut.csv.gz', 'damaged.csv.gz', 'header-only.csv.gz', '--no-config'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const gzip = report.findings.filter((f) => f.ruleId === 'format/file-readable');
    expect(gzip.map((f) => [f.file, f.messageId])).toEqual([
      ['cut.csv.gz', 'badGzip'],
      ['damaged.csv.gz', 'badGzip'],
      ['header-only.csv.gz', 'badGzip'],
    ]);
    expect(gzip[0]!.message).toMatch(/^The gzip-compressed file cannot be decompressed to the end: the compressed data ends too early: the file is truncated/);
    expect(gzip[0]!.line).toBeGreaterThan(1000);
    expect(gzip[1]!.message).toContain('incorrect data check');
  });

  it('reports gzip data in a file named .csv, with a hint to name it .csv.gz', () => {
    const dir = makeTempDir();
    writeTree(dir, { 'spend.csv': gz });
    const { run, report } = lintJson(['spend.csv', '--no-config'], { cwd: dir });
    expectNoCrash(run);
    expect(report.findings.find((f) => f.ruleId === 'format/file-format')).toMatchObject({
      messageId: 'notText',
      message: 'This file is a gzip-compressed file, not CSV or JSON text; it was not checked further',
      hint: `If it is gzip-compressed CSV, name it 'spend.csv.gz' or declare "compression": "gz" in the metadata, and odlint decompresses it`,
    });
  });

  it('reads a resource declared "compression": "gz" whatever its name', () => {
    const dir = makeTempDir();
    writeTree(dir, {
      'download.bin': gz,
      'datapackage.json': JSON.stringify({ name: 'p', resources: [{ name: 'spend', path: 'download.bin', format: 'csv', compression: 'gzip', schema: { fields: [{ name: 'id', type: 'integer' }, { name: 'amount', type: 'integer' }] } }] }),
    });
    const { run, report } = lintJson(['.', '--no-config'], { cwd: dir });
    expectNoCrash(run);
    const rows = report.findings.filter((f) => f.file === 'download.bin');
    // amount is a decimal in every other row: the rows were read, decompressed, from the file.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((f) => f.ruleId === 'format/type')).toBe(true);
    expect(path.basename(rows[0]!.file)).toBe('download.bin');
  });
});
