import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('metadata-variant');
afterEach(cleanupTempDirs);

const CSV = 'id,amount\n1,2\n';

describe('metadata-variant', () => {
  it('passes metadata written with the standard names, and a data file with no metadata', async () => {
    const text = JSON.stringify({ name: 'p', modified: '2026-11-01', accrualPeriodicity: 'R/P1M', resources: [{ name: 'a', path: 'a.csv', schema: { fields: [{ name: 'id' }, { name: 'amount' }], primaryKey: ['id'] } }] }, null, 2);
    expect(await lint({ 'datapackage.json': text, 'a.csv': CSV })).toEqual([]);
    expect(await lint({ 'a.csv': CSV })).toEqual([]);
  });

  it('reports each variant spelling at the line it is written on, naming the standard spelling', async () => {
    const text = `{
  "name": "p",
  "last_updated": "2026-11-01",
  "update_frequency": "R/P1M",
  "resources": [
    {"name": "a", "path": "a.csv", "primaryKeys": ["id"], "schema": {"fields": [{"name": "id"}, {"name": "amount"}]}}
  ]
}
`;
    const findings = await lint({ 'datapackage.json': text, 'a.csv': CSV });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-variant', file: 'datapackage.json', ...positionOf(text, '"2026-11-01"'), message: "'last_updated' is not a standard property: it was read as 'modified'" },
      { ruleId: 'format/metadata-variant', file: 'datapackage.json', ...positionOf(text, '"R/P1M"'), message: "'update_frequency' is not a standard property: it was read as 'accrualPeriodicity'" },
      { ruleId: 'format/metadata-variant', file: 'datapackage.json', ...positionOf(text, '["id"]'), message: "'primaryKeys' is not a standard property: it was read as 'schema.primaryKey'" },
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', messageId: 'variant', data: { written: 'last_updated', standard: 'modified' }, hint: "Write it as 'modified', which every tool reads" });
  });

  it("says why a value stands in for another (a CKAN record's own date for the data's)", async () => {
    const record = JSON.stringify({ help: 'https://ckan.example.org/api/3/action/help_show', success: true, result: { name: 'p', license_id: 'cc-by', organization: { title: 'Treasury' }, metadata_modified: '2026-11-20T10:00:00', resources: [] } }, null, 2);
    const findings = await lint({ 'record.json': record });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-variant', file: 'record.json', ...positionOf(record, '"2026-11-20T10:00:00"'), message: "'metadata_modified' was read as 'modified': it is when the catalogue record last changed, and the record gives no date for the data itself" },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'standIn', hint: "Give the data's own modification date: an extra 'modified', or each resource's last_modified" });
  });
});
