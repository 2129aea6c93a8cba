// Open formats odlint does not read, and services, are not closed formats: no file-format error, but never silent.
import { afterEach, describe, expect, it } from 'vitest';
import { unreadFormatKind } from '../../../src/util/format-kinds.js';
import { cleanupTempDirs, datapackage, lintFiles } from '../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

describe('unreadFormatKind', () => {
  it('sorts the formats odlint does not read into open formats, services and the rest', () => {
    for (const f of ['XML', 'shp', 'GeoPackage', 'netcdf', 'KML', 'parquet']) expect(unreadFormatKind(f), f).toBe('open');
    for (const f of ['WMS', 'OGC WMS', 'ogc:wfs', 'API', 'html', 'Esri REST']) expect(unreadFormatKind(f), f).toBe('service');
    for (const f of ['xlsx', 'xls', 'pdf', 'fgdb', 'docx']) expect(unreadFormatKind(f), f).toBeUndefined();
  });
});

describe('resources in such formats', () => {
  const rules = [{ check: 'file-format' }, { check: 'metadata-unread' }, { check: 'resource-remote', severity: 'info' as const }];

  it('a local XML file is named as not checked (metadata-unread), not as a closed format', async () => {
    const findings = await lintFiles({ 'datapackage.json': datapackage([{ name: 'wards', path: 'wards.xml', format: 'xml' }, { name: 'budget', path: 'budget.xlsx' }]), 'wards.xml': '<wards/>\n', 'budget.xlsx': 'PK\u0003\u0004' }, { rules });
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['format/metadata-unread', "'wards.xml' was not applied: it is in the open format 'xml', which odlint does not read, so its data was not checked"],
      ['format/file-format', "Resource 'budget' is in the format 'xlsx', which is not open and machine-readable; it was not checked"],
    ]);
  });

  it('a remote shapefile or map service is only remote (resource-remote says it was not checked)', async () => {
    const findings = await lintFiles({ 'datapackage.json': datapackage([{ name: 'boundaries', path: 'https://example.org/b.zip', format: 'shp' }, { name: 'map', path: 'https://example.org/wms', format: 'wms' }]) }, { rules });
    expect(findings.map((f) => f.ruleId)).toEqual(['format/resource-remote', 'format/resource-remote']);
  });
});
