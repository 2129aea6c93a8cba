import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, lintWith, positionOf } from '../../../helpers/lint-files.js';
import check from '../../../../src/checks/format/metadata-valid.js';
import { renderMessage } from '../../../../src/engine/active-rules.js';
import type { PackageVisitorContext, Report } from '../../../../src/model/check.js';
import type { Dataset } from '../../../../src/model/dataset.js';

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
    expect(findings[0]!.hint).toBe('Fix the JSON syntax; nothing else in this package was checked');
    expect(findings[0]!.messageId).toBe('invalidJson');
    expect(findings[0]!.message).toBe(`datapackage.json is not valid JSON: ${findings[0]!.data!.reason}`);
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
    expect(findings[0]).toMatchObject({ messageId: 'patternMismatch', data: { where: "'resources.0.name'", pattern: '^[-a-z0-9._/]+$' } });
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
    expect(findings[0]).toMatchObject({ messageId: 'needsOneOf', data: { where: "'licenses.0'", alternatives: "'name' or 'path'" } });
  });

  it('reports a package without resources', async () => {
    const text = '{\n  "name": "p"\n}\n';
    const findings = await lint({ 'datapackage.json': text });
    expect(brief(findings)).toEqual([
      { ruleId: 'format/metadata-valid', message: "The package is missing the required property 'resources'", file: 'datapackage.json', line: 1, column: 1 },
    ]);
    expect(findings[0]).toMatchObject({ messageId: 'missingProperty', data: { where: 'The package', property: 'resources' } });
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
    expect(findings[0]).toMatchObject({ messageId: 'unknownKeyField', data: { resource: "Resource 'visits'", field: 'visit_id' } });
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
    expect(findings[0]).toMatchObject({ messageId: 'badPattern', data: { resource: "Resource 'visits'", field: 'id', pattern: '[A-Z' } });
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
    expect(findings[0]).toMatchObject({ messageId: 'schemaError', data: { resource: "Resource 'visits'", reason: "the schema file 'schema/visits.json' cannot be read (ENOENT)" } });
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
    expect(primaryKey?.data).toMatchObject({ resource: 'Resource 1' });
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
    expect(findings[0]).toMatchObject({ messageId: 'notAllowed', data: { where: "'resources.0.schema.fields.1.type'", allowed: expect.stringMatching(/^'string', /) } });
  });

  it('reports a value of the wrong type, and a value not in its format', async () => {
    const text = VALID.replace('"name": "clinic-visits",', '"name": "clinic-visits",\n  "created": "yesterday",\n  "title": 5,');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(findings.map((f) => [f.line, f.messageId, f.data, f.message])).toEqual([
      [3, 'badFormat', { where: "'created'", format: 'date-time' }, "'created' is not a valid date-time"],
      [4, 'wrongType', { where: "'title'", type: 'string' }, "'title' must be of type string"],
    ]);
  });

  it('reports a package with an empty list of resources', async () => {
    const findings = await lint({ 'datapackage.json': '{"name": "p", "resources": []}\n' });
    expect(findings).toMatchObject([
      { messageId: 'tooFewItems', data: { where: "'resources'", limit: 1 }, message: "'resources' must have at least 1 item(s)" },
    ]);
  });

  it("reports another profile error in ajv's words", async () => {
    const text = VALID.replace('"path": "visits.csv",', '"path": "visits.csv",\n      "bytes": -1,');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(findings).toMatchObject([
      { messageId: 'invalid', data: { where: "'resources.0.bytes'", reason: 'must be >= 0' }, message: "'resources.0.bytes' must be >= 0", ...positionOf(text, '-1') },
    ]);
  });

  it('reports a foreign key naming a field the schema does not have', async () => {
    const text = VALID.replace('"primaryKey": "id"', '"primaryKey": "id",\n        "foreignKeys": [{"fields": "clinic", "reference": {"resource": "", "fields": "id"}}]');
    const findings = await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' });
    expect(findings).toMatchObject([
      {
        messageId: 'unknownForeignKeyField',
        data: { resource: "Resource 'visits'", foreignKey: 1, field: 'clinic' },
        message: "Resource 'visits': foreign key 1 names the field 'clinic', which the schema does not have",
        ...positionOf(text, '{"fields": "clinic"'),
      },
    ]);
  });

  it('reports a descriptor that is not a JSON object', async () => {
    const findings = await lint({ 'datapackage.json': '[]\n' });
    expect(findings).toMatchObject([
      { messageId: 'notAnObject', message: 'datapackage.json must hold a JSON object (the package descriptor)', line: 1, column: 1 },
    ]);
    expect(findings[0]!.data).toBeUndefined();
  });
});

describe('metadata-valid: Data Package v2', () => {
  const V2 = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'Clinic Visits',
    version: '2.0.0',
    contributors: [{ givenName: 'Jane', familyName: 'Doe', roles: ['creator', 'contact'], organization: 'Health Department' }],
    sources: [{ path: 'https://data.example.gov.za/' }],
    resources: [{
      name: 'Visits',
      type: 'table',
      path: 'visits.csv',
      jsonSchema: { type: 'array' },
      schema: {
        fieldsMatch: 'equal',
        missingValues: [{ value: '-99', label: 'refused' }],
        uniqueKeys: [['id']],
        fields: [
          { name: 'id', type: 'integer', categories: [{ value: 1, label: 'one' }, { value: 2 }], categoriesOrdered: true },
          { name: 'n', type: 'list', itemType: 'integer', missingValues: [{ value: 'n/a' }] },
        ],
      },
    }],
  };

  it('accepts a valid v2 descriptor: capitals in names, contributors without a title, v2 field and schema properties', async () => {
    expect(await lint({ 'datapackage.json': JSON.stringify(V2, null, 2), 'visits.csv': 'id,n\n1,2\n' })).toEqual([]);
  });

  it('keeps the v1 requirements for the same descriptor without $schema', async () => {
    const { $schema: _, ...v1 } = V2;
    const findings = await lint({ 'datapackage.json': JSON.stringify(v1, null, 2), 'visits.csv': 'id,n\n1,2\n' });
    expect(findings.map((f) => f.message)).toEqual([
      "'name' does not match the pattern ^[-a-z0-9._/]+$",
      "'contributors.0' is missing the required property 'title'",
      "'sources.0' is missing the required property 'title'",
      "'resources.0.name' does not match the pattern ^[-a-z0-9._/]+$",
    ]);
  });

  it('reports malformed v2 properties: categories, missingValues objects without a value, an unknown fieldsMatch', async () => {
    const bad = structuredClone(V2) as unknown as { resources: [{ schema: Record<string, unknown> & { fields: Record<string, unknown>[] } }] };
    bad.resources[0].schema.fieldsMatch = 'loose';
    bad.resources[0].schema.missingValues = [{ label: 'refused' }];
    bad.resources[0].schema.fields[0]!.categories = 'fruit-codes';
    const findings = await lint({ 'datapackage.json': JSON.stringify(bad, null, 2), 'visits.csv': 'id,n\n1,2\n' });
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [30, "'resources.0.schema.fieldsMatch' must be one of 'exact', 'equal', 'subset', 'superset', 'partial'"],
      [32, "'resources.0.schema.missingValues.0' is missing the required property 'value'"],
      [45, "'resources.0.schema.fields.0.categories' must be of type array"],
    ]);
  });

  it('does not report a schema at a URL (resource-remote names it)', async () => {
    const text = VALID.replace(/"schema": \{[\s\S]*?\n {6}\}/, '"schema": "https://data.example.gov.za/schemas/visits.json"');
    expect(await lint({ 'datapackage.json': text, 'visits.csv': 'id,n\n1,2\n' })).toEqual([]);
  });
});

describe('metadata-valid: metadata files that cannot be read', () => {
  /** The reports of the check for a dataset whose metadata file could not be loaded, with their messages. */
  function reportsFor(message: string) {
    const reports: Report[] = [];
    const dataset = { name: 'p', metadataFile: 'datapackage.json', resources: [], metadataError: { message } } as unknown as Dataset;
    check.checkDataset!({ dataset, report: (r: Report) => reports.push(r) } as unknown as PackageVisitorContext<Record<string, unknown>>);
    return reports.map((r) => ({ ...r, message: renderMessage(check, r) }));
  }

  it('reports a file it cannot read, with its error code', () => {
    expect(reportsFor('The metadata file cannot be read (EACCES)')).toMatchObject([
      { messageId: 'unreadable', data: { code: 'EACCES' }, message: 'The metadata file cannot be read (EACCES)' },
    ]);
  });

  it("reports a loader's error of another wording as it is", () => {
    expect(reportsFor('Something else went wrong')).toMatchObject([
      { messageId: 'metadataError', data: { reason: 'Something else went wrong' }, message: 'Something else went wrong' },
    ]);
  });
});

it('a metadata error that is not a syntax error is not told to fix the syntax (an empty data.json catalogue)', async () => {
  const findings = await lint({ 'data.json': JSON.stringify({ conformsTo: 'https://project-open-data.cio.gov/v1.1/schema', dataset: [] }) });
  expect(findings.map((f) => [f.ruleId, f.hint])).toEqual([['format/metadata-valid', 'Fix the metadata; nothing else in it was checked']]);
});
