import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('file-format');
afterEach(cleanupTempDirs);

const pkg = (resource: string) => `{\n  "name": "p",\n  "resources": [\n    ${resource}\n  ]\n}\n`;
const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
/** The first bytes of an Office Open XML workbook: a zip whose first entry is [Content_Types].xml. */
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(22), Buffer.from('[Content_Types].xml'), Buffer.alloc(64)]);

describe('file-format', () => {
  it('passes CSV, JSON and NDJSON text', async () => {
    const text = `{\n  "name": "p",\n  "resources": [\n    {"name": "a", "path": "a.csv"},\n    {"name": "b", "path": "b.json"},\n    {"name": "c", "path": "c.ndjson"}\n  ]\n}\n`;
    expect(await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.json': '[{"x": 1}]\n', 'c.ndjson': '{"x": 1}\n' })).toEqual([]);
  });

  it('reports a resource declared as an .xlsx file', async () => {
    const text = pkg('{"name": "budget", "path": "budget.xlsx"}');
    const findings = await lint({ 'datapackage.json': text, 'budget.xlsx': XLSX });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/file-format',
        message: "Resource 'budget' is in the format 'xlsx', which is not open and machine-readable; it was not checked",
        file: 'datapackage.json',
        line: 4,
        column: expect.any(Number),
      },
    ]);
    expect(findings[0]!.hint).toBe('Publish it as csv, tsv, json, ndjson, jsonl, geojson, topojson');
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['notOpen', { resource: "Resource 'budget'", format: 'xlsx' }]]);
  });

  // Regression test (a bug found while writing these tests).
  it('points at the path of a resource that declares no format', async () => {
    const text = pkg('{\n      "name": "budget",\n      "path": "budget.xlsx"\n    }');
    const findings = await lint({ 'datapackage.json': text, 'budget.xlsx': XLSX });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/file-format',
        message: "Resource 'budget' is in the format 'xlsx', which is not open and machine-readable; it was not checked",
        file: 'datapackage.json',
        ...positionOf(text, '"budget.xlsx"'),
      },
    ]);
  });

  it('reports a declared format at the format property', async () => {
    const text = pkg('{"name": "report", "path": "report.dat", "format": "pdf"}');
    const findings = await lint({ 'datapackage.json': text, 'report.dat': PDF });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/file-format',
        message: "Resource 'report' is in the format 'pdf', which is not open and machine-readable; it was not checked",
        file: 'datapackage.json',
        ...positionOf(text, '"pdf"'),
      },
    ]);
  });

  it('passes a format the rule allows', async () => {
    const text = pkg('{"name": "budget", "path": "budget.xlsx"}');
    expect(await lint({ 'datapackage.json': text, 'budget.xlsx': XLSX }, { options: { allowed: ['csv', 'xlsx'] } })).toEqual([]);
  });

  it('reports a .csv file that is really a PDF', async () => {
    const findings = await lint({ 'budget.csv': PDF });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/file-format', message: 'This file is a PDF document, not CSV or JSON text; it was not checked further', file: 'budget.csv' },
    ]);
    expect(findings[0]!.hint).toBe('Export the data itself as CSV or JSON');
    expect(findings.map((f) => [f.messageId, f.data])).toEqual([['notText', { kind: 'a PDF document' }]]);
  });

  it('reports a .csv file that is really an Excel workbook', async () => {
    const findings = await lint({ 'budget.csv': XLSX });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/file-format', message: 'This file is an Excel workbook (.xlsx), not CSV or JSON text; it was not checked further', file: 'budget.csv' },
    ]);
    expect(findings[0]!.hint).toContain('CSV UTF-8');
  });

  it('reports an .xlsx file named on its own, with no metadata', async () => {
    const findings = await lint({ 'budget.xlsx': XLSX }, { paths: ['budget.xlsx'] });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/file-format', message: "This file is in the format 'xlsx', which is not open and machine-readable; it was not checked", file: 'budget.xlsx' },
    ]);
  });

  // Regression test (a bug found while writing these tests).
  it('does not give identical findings for the parts of a multipart resource', async () => {
    const text = pkg('{"name": "wb", "path": ["x.xlsx", "y.xlsx"]}');
    const findings = await lint({ 'datapackage.json': text, 'x.xlsx': XLSX, 'y.xlsx': XLSX });
    expect(new Set(findings.map((f) => f.message)).size).toBe(findings.length);
    expect(findings.map((f) => [f.messageId, f.message])).toEqual([
      ['partNotOpen', "Resource 'wb' (part 'x.xlsx') is in the format 'xlsx', which is not open and machine-readable; it was not checked"],
      ['partNotOpen', "Resource 'wb' (part 'y.xlsx') is in the format 'xlsx', which is not open and machine-readable; it was not checked"],
    ]);
    expect(findings[0]!.data).toEqual({ resource: "Resource 'wb'", part: 'x.xlsx', format: 'xlsx' });
  });

  it('passes gzip-compressed CSV named .csv.gz or declared "compression": "gz", and GeoJSON and TopoJSON', async () => {
    const text = pkg('{"name": "a", "path": "a.csv.gz"},\n    {"name": "b", "path": "b.csv", "compression": "gz"},\n    {"name": "c", "path": "c.geojson"},\n    {"name": "d", "path": "d.topojson"}');
    expect(await lint({
      'datapackage.json': text,
      'a.csv.gz': gzipSync('x\n1\n'),
      'b.csv': gzipSync('x\n1\n'),
      'c.geojson': '{"type": "Point", "coordinates": [1, 2]}',
      'd.topojson': '{"type": "Topology", "objects": {}, "arcs": []}',
      'lone.csv.gz': gzipSync('x\n1\n'),
    })).toEqual([]);
  });

  it('reports gzip-compressed data that nothing declares, saying how to declare it', async () => {
    const findings = await lint({ 'spend.csv': gzipSync('x\n1\n'), 'dams.json': gzipSync('[]') });
    expect(findings.map((f) => [f.file, f.messageId, f.data, f.hint])).toEqual([
      ['dams.json', 'notText', { kind: 'a gzip-compressed file' }, "If it is gzip-compressed JSON, name it 'dams.json.gz' or declare \"compression\": \"gz\" in the metadata, and odlint decompresses it"],
      ['spend.csv', 'notText', { kind: 'a gzip-compressed file' }, "If it is gzip-compressed CSV, name it 'spend.csv.gz' or declare \"compression\": \"gz\" in the metadata, and odlint decompresses it"],
    ]);
  });

  it('reports a file compressed twice', async () => {
    const findings = await lint({ 'spend.csv.gz': gzipSync(gzipSync('x\n1\n')) });
    expect(findings.map((f) => [f.messageId, f.hint])).toEqual([['notText', 'It is compressed twice: decompress it, then compress it once with gzip']]);
  });

  it('reports a file declared or named gzip that is not, and reads it as it is', async () => {
    const text = pkg('{"name": "a", "path": "a.csv", "compression": "gz"}');
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv.gz': 'x\n1\n' });
    expect(findings.map((f) => [f.file, f.line, f.messageId, f.message, f.hint])).toEqual([
      ['a.csv', 1, 'notCompressed', 'The file is not gzip-compressed, although the metadata declares "compression": "gz"; it was read as it is', 'Remove "compression" from the resource, or publish the file gzip-compressed'],
      ['b.csv.gz', 1, 'notCompressed', "The file is not gzip-compressed, although its name ends in '.gz'; it was read as it is", "Rename the file without '.gz', or compress it with gzip"],
    ]);
  });

  it('reports zip archives as not read: named .zip or .csv.zip, or declared "compression": "zip"', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(24), Buffer.from('spend.csv'), Buffer.alloc(64)]);
    const text = pkg('{"name": "spend", "path": "spend.csv", "compression": "zip"},\n    {"name": "all", "path": "all.zip"}');
    const findings = await lint({ 'datapackage.json': text, 'spend.csv': zip, 'all.zip': zip, 'lone.csv.zip': zip });
    expect(findings.map((f) => [f.file, f.line, f.messageId, f.message])).toEqual([
      ['datapackage.json', 4, 'zipNotRead', "Resource 'spend' is a zip archive: odlint does not read inside zip archives, so its data was not checked"],
      ['datapackage.json', 5, 'zipNotRead', "Resource 'all' is a zip archive: odlint does not read inside zip archives, so its data was not checked"],
      ['lone.csv.zip', undefined, 'zipNotRead', "Resource 'lone.csv.zip' is a zip archive: odlint does not read inside zip archives, so its data was not checked"],
    ]);
    expect(findings[0]!.hint).toBe('Publish the data file itself, or compressed with gzip (spend.csv.gz) if it is large: a zip archive must be unpacked before anyone can use it');
    expect(findings[0]!.column).toBe(positionOf(text, '"zip"').column);
  });
});
