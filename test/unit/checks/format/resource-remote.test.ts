import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTempDirs, lintFiles } from '../../../helpers/lint-files.js';

afterEach(cleanupTempDirs);

const pkg = (path: unknown) => JSON.stringify({ name: 'p', resources: [{ name: 'budget', path }] }, null, 2);

describe('resource-remote', () => {
  it('names a resource whose data is at a URL, at its path', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg('https://data.example.gov.za/budget.csv') }, { rules: [{ check: 'resource-remote' }] });
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ['datapackage.json', 6, "Resource 'budget' is at 'https://data.example.gov.za/budget.csv': remote data is not downloaded (odlint works offline), so it was not checked"],
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'remote', data: { resource: "Resource 'budget'", paths: "'https://data.example.gov.za/budget.csv'" } });
  });

  it('says nothing of local files', async () => {
    expect(await lintFiles({ 'datapackage.json': pkg('budget.csv'), 'budget.csv': 'a\n1\n' }, { rules: [{ check: 'resource-remote' }] })).toEqual([]);
  });

  it('names the remote parts of a multipart resource once', async () => {
    const findings = await lintFiles({ 'datapackage.json': pkg(['https://x.example/a.csv', 'https://x.example/b.csv']) }, { rules: [{ check: 'resource-remote' }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("'https://x.example/a.csv', 'https://x.example/b.csv'");
    expect(findings[0]!.data).toEqual({ resource: "Resource 'budget'", paths: "'https://x.example/a.csv', 'https://x.example/b.csv'" });
  });

  it('names a schema, JSON Schema or dialect at a URL, at the property, and not the local ones', async () => {
    const text = JSON.stringify({
      name: 'p',
      resources: [
        { name: 'budget', path: 'budget.csv', schema: 'https://x.example/budget.schema.json', dialect: 'https://x.example/dialect.json' },
        { name: 'records', path: 'records.json', jsonSchema: 'https://x.example/records.json', schema: { fields: [{ name: 'a' }] } },
      ],
    }, null, 2);
    const findings = await lintFiles({ 'datapackage.json': text, 'budget.csv': 'a\n1\n', 'records.json': '[{"a": 1}]' }, { rules: [{ check: 'resource-remote' }] });
    expect(findings.map((f) => [f.line, f.messageId, f.message])).toEqual([
      [7, 'remoteMetadata', "Resource 'budget': its schema is at 'https://x.example/budget.schema.json': remote metadata is not downloaded (odlint works offline), so it was not used"],
      [8, 'remoteMetadata', "Resource 'budget': its dialect is at 'https://x.example/dialect.json': remote metadata is not downloaded (odlint works offline), so it was not used"],
      [13, 'remoteMetadata', "Resource 'records': its JSON Schema is at 'https://x.example/records.json': remote metadata is not downloaded (odlint works offline), so it was not used"],
    ]);
    expect(findings[0]!.data).toEqual({ resource: "Resource 'budget'", what: 'schema', url: 'https://x.example/budget.schema.json' });
  });

  it('keeps schema-missing quiet for a resource whose schema is remote', async () => {
    const text = JSON.stringify({ name: 'p', resources: [{ name: 'budget', path: 'budget.csv', schema: 'https://x.example/s.json' }] });
    expect(await lintFiles({ 'datapackage.json': text, 'budget.csv': 'a\n1\n' }, { rules: [{ check: 'schema-missing' }] })).toEqual([]);
  });
});
