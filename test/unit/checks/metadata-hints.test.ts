// The hints for a missing licence, date or frequency speak the metadata form's own words.
import { afterEach, expect, it } from 'vitest';
import { cleanupTempDirs, lintFiles } from '../../helpers/lint-files.js';
import { ADD_LICENCE_HINTS } from '../../../src/checks/metadata-hints.js';
import { formatMessage } from '../../../src/util/message-template.js';

const addLicenceHint = (form: string) => formatMessage(ADD_LICENCE_HINTS[`add.${form}`]!);

afterEach(cleanupTempDirs);

it('a CSVW file with no licence, date or frequency is told to add dc:license, dc:modified and dcat:accrualPeriodicity', async () => {
  const metadata = JSON.stringify({ '@context': 'http://www.w3.org/ns/csvw', url: 'codes.csv', tableSchema: { columns: [{ name: 'code', titles: 'code' }] } }, null, 2);
  const findings = await lintFiles({ 'codes.csv-metadata.json': metadata, 'codes.csv': 'code\nA\n' }, { rules: [{ check: 'licence-declared' }, { check: 'modified' }, { check: 'update-frequency' }] });
  expect(findings.map((f) => [f.ruleId, f.hint])).toEqual([
    ['freshness/modified', 'Add "dc:modified": "YYYY-MM-DD" (the date the data last changed) to the table group, or to each table'],
    ['freshness/update-frequency', expect.stringMatching(/^Add "dcat:accrualPeriodicity": an ISO 8601 repeating duration/)],
    ['licence/licence-declared', addLicenceHint('csvw')],
  ]);
  expect(addLicenceHint('csvw')).toMatch(/^Add "dc:license": \{"@id": /);
});
