import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('metadata-unread');
afterEach(cleanupTempDirs);

const CSV = 'id,amount\n1,2\n';

describe('metadata-unread', () => {
  it('passes metadata odlint applies in full', async () => {
    const text = JSON.stringify({ name: 'p', resources: [{ name: 'a', path: 'a.csv', dialect: { delimiter: ',', header: true }, schema: { fields: [{ name: 'id' }, { name: 'amount' }] } }] }, null, 2);
    expect(await lint({ 'datapackage.json': text, 'a.csv': CSV })).toEqual([]);
  });

  it('names what bears on the data but is not applied, at its line', async () => {
    const text = `{
  "name": "p",
  "resources": [
    {"name": "a", "path": "a.csv", "dialect": {"headerRows": [1, 2]}, "schema": {"fields": [{"name": "id"}, {"name": "amount"}]}}
  ]
}
`;
    const findings = await lint({ 'datapackage.json': text, 'a.csv': CSV });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-unread', file: 'datapackage.json', ...positionOf(text, '[1, 2]'), message: "'headerRows' was not applied: odlint reads the header from the first row only" },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'unread', data: { written: 'headerRows', reason: 'odlint reads the header from the first row only' } });
  });
});
