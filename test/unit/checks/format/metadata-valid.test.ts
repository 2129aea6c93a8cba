import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';

const lint = lintWith('metadata-valid');
afterEach(cleanupTempDirs);

const VALID = `{
  "name": "clinic-visits",
  "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
  "resources": [
    {
      "name": "visits",
      "path": "visits.csv",
      "schema": {
        "fields": [{"name": "id", "type": "integer", "constraints": {"pattern": "\\\\d+"}}, {"name": "n", "type": "integer"}],
        "primaryKey": "id"
      }
    }
  ]
}
`;

describe('metadata-valid', () => {
  it('passes a valid package', async () => {
    expect(await lint({ 'datapackage.json': VALID, 'visits.csv': 'id,n\n1,2\n' })).toEqual([]);
  });

  it('passes a data file with no metadata (metadata-missing reports that)', async () => {
    expect(await lint({ 'visits.csv': 'id,n\n1,2\n' })).toEqual([]);
  });

  it('reports invalid JSON at its line and column', async () => {
    const text = '{\n  "name": "p",\n  "resources": [\n    {"name": "a" "path": "a.csv"}\n  ]\n}\n';
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'a\n1\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: expect.stringContaining('datapackage.json is not valid JSON'),
        file: 'datapackage.json',
        ...positionOf(text, '"path"'),
      },
    ]);
    expect(findings[0]!.line).toBe(4);
    expect(findings[0]!.hint).toContain('nothing else in this package was checked');
  });

  it('reports an unexpected character with its line', async () => {
    const text = "{\n  \"name\": \"p\",\n  \"resources\": [\n    {'name': 'a'}\n  ]\n}\n";
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-valid', message: expect.stringContaining('datapackage.json is not valid JSON'), file: 'datapackage.json', ...positionOf(text, "'name'") },
    ]);
  });

  it('reports a resource name with capitals, at the name', async () => {
    const text = VALID.replace('"name": "visits"', '"name": "Clinic Visits"');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: "'resources.0.name' does not match the pattern ^[-a-z0-9._/]+$",
        file: 'datapackage.json',
        ...positionOf(text, '"Clinic Visits"'),
      },
    ]);
    expect(findings[0]!.hint).toContain('lower case');
  });

  it('reports a licence given only with `url`, once, with a hint', async () => {
    const text = VALID.replace(/"licenses": \[.*\],/, '"licenses": [{"url": "https://creativecommons.org/licenses/by/4.0/"}],');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: "'licenses.0' needs one of the properties 'name' or 'path'",
        file: 'datapackage.json',
        ...positionOf(text, '{"url"'),
      },
    ]);
    expect(findings[0]!.hint).toContain("'url' is an older, non-standard form");
  });

  it('reports a package without resources', async () => {
    const text = '{\n  "name": "p"\n}\n';
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-valid', message: "The package is missing the required property 'resources'", file: 'datapackage.json', line: 1, column: 1 },
    ]);
  });

  it('reports a primaryKey naming a field the schema does not have', async () => {
    const text = VALID.replace('"primaryKey": "id"', '"primaryKey": "visit_id"');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: "Resource 'visits': primaryKey names the field 'visit_id', which the schema does not have",
        file: 'datapackage.json',
        ...positionOf(text, '"visit_id"'),
      },
    ]);
  });

  const BROKEN_PATTERN = VALID.replace('"pattern": "\\\\d+"', '"pattern": "[A-Z"');

  it('reports a pattern that is not a valid regular expression, at the pattern', async () => {
    const findings = await lint({ 'datapackage.json': BROKEN_PATTERN, 'visits.csv': 'id,n\n1,2\n' });
    expect(brief(findings)).toContainEqual({
      ruleId: 'format/metadata-valid',
      message: "Resource 'visits': field 'id' has a pattern that is not a valid regular expression: [A-Z",
      file: 'datapackage.json',
      ...positionOf(BROKEN_PATTERN, '"[A-Z"'),
    });
  });

  // Regression test (a bug found while writing these tests).
  it('reports a broken pattern once, without oneOf noise', async () => {
    const findings = await lint({ 'datapackage.json': BROKEN_PATTERN, 'visits.csv': 'id,n\n1,2\n' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(positionOf(BROKEN_PATTERN, '"[A-Z"'));
  });

  it('reports a schema path that cannot be read', async () => {
    const text = VALID.replace(/"schema": \{[\s\S]*?\n {6}\}/, '"schema": "schema/visits.json"');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: "Resource 'visits': the schema file 'schema/visits.json' cannot be read (ENOENT)",
        file: 'datapackage.json',
        ...positionOf(text, '"schema/visits.json"'),
      },
    ]);
  });

  // Regression test (a bug found while writing these tests).
  it('reports a schema problem of a multipart resource once', async () => {
    const text = '{\n  "name": "p",\n  "resources": [{"name": "data", "path": ["a.csv", "b.csv"], "schema": {"fields": [{"name": "a"}], "primaryKey": "id"}}]\n}\n';
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'a\n1\n', 'b.csv': '2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: "Resource 'data': primaryKey names the field 'id', which the schema does not have",
        file: 'datapackage.json',
        ...positionOf(text, '"id"'),
      },
    ]);
  });

  // Regression test (a bug found while writing these tests).
  it('names a nameless resource by its position, not as undefined', async () => {
    const text = '{\n  "name": "p",\n  "resources": [{"path": "a.csv", "schema": {"fields": [{"name": "a"}], "primaryKey": "id"}}]\n}\n';
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'a\n1\n' });
    const primaryKey = findings.find((f) => f.message.includes('primaryKey'));
    expect(primaryKey?.message).not.toContain('undefined');
  });

  // Regression test (a bug found while writing these tests).
  it('reports an unknown field type once, without oneOf noise', async () => {
    const text = VALID.replace('{"name": "n", "type": "integer"}', '{"name": "n", "type": "text"}');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'format/metadata-valid',
        message: expect.stringContaining("'resources.0.schema.fields.1.type' must be one of 'string'"),
        file: 'datapackage.json',
        ...positionOf(text, '"text"'),
      },
    ]);
  });
});
