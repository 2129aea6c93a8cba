// CSVW metadata (W3C Metadata Vocabulary for Tabular Data) drives the same data, licence, freshness and key checks as
// a datapackage.json, with findings pointing into the -metadata.json as written. Real CSVW from test/corpus/csvw-*
// (see each SOURCE.md) is linted through the CLI with the bundled standard, and every finding is pinned.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMetadataFile } from '../../src/datasets/metadata-file.js';
import { cleanupTempDirs, expectNoCrash, lintJson, makeTempDir, REPO_ROOT, writeTree, type Finding } from './helpers.js';

afterAll(cleanupTempDirs);

/** `odlint lint <paths> --no-config`, every finding listed: the findings as "file:line severity rule message". */
function lint(paths: string[], cwd = REPO_ROOT): { code: number | null; findings: string[]; raw: Finding[] } {
  const { run, report } = lintJson([...paths, '--no-config', '--max-findings-per-rule', '0'], { cwd });
  expectNoCrash(run);
  return { code: run.code, raw: report.findings, findings: report.findings.map((f) => `${f.file}:${f.line ?? ''} ${f.severity} ${f.ruleId} ${f.message}`) };
}

describe('the UK organogram example of the CSVW primer (w3c/csvw): a table group with schema files and foreign keys', () => {
  const DIR = 'test/corpus/csvw-govuk-organogram';

  it('reads four tables whose data meets their schemas and keys; the missing licence and dates and two variant spellings are reported', () => {
    const { code, findings } = lint([DIR]);
    expect(code).toBe(1);
    expect(findings).toEqual([
      `${DIR}/csv-metadata.json:1 error freshness/modified The package declares no last-modified date ('modified')`,
      `${DIR}/csv-metadata.json:1 error freshness/update-frequency The package declares no update frequency ('accrualPeriodicity')`,
      `${DIR}/csv-metadata.json:1 error licence/declared The package declares no licence: neither datapackage.json nor any of its resources has 'licenses'`,
      // The junior-roles schema file writes two foreign keys' `columns` for `columnReference`: named at the reference.
      `${DIR}/csv-metadata.json:17 warning format/metadata-variant 'columns (in gov.uk/schema/junior-roles.json)' is not a standard property: it was read as 'columnReference'`,
      `${DIR}/csv-metadata.json:17 warning format/metadata-variant 'columns (in gov.uk/schema/junior-roles.json)' is not a standard property: it was read as 'columnReference'`,
    ]);
  });

  it('the schema files are never linted as data', () => {
    const { raw } = lint([DIR]);
    expect(raw.filter((f) => f.file.includes('/schema/'))).toEqual([]);
  });

  it('checks the foreign keys across the tables: a senior post reporting to no post is a finding in its file', () => {
    const dir = makeTempDir('odlint-csvw-');
    fs.cpSync(path.join(REPO_ROOT, DIR), dir, { recursive: true });
    const senior = path.join(dir, 'senior-roles.csv');
    fs.writeFileSync(senior, fs.readFileSync(senior, 'utf8').replace('Deputy Chief Executive,90334', 'Deputy Chief Executive,90999'));
    expect(lint(['.'], dir).findings.filter((f) => f.includes(' linking/'))).toEqual([
      "senior-roles.csv:2 error linking/foreign-key '90999' in field 'Reports to Senior Post' is not a code in this resource (field 'Post Unique Reference')",
    ]);
  });
});

describe('HMRC Regional Trade Statistics code lists (GSS-Cogs/family-trade): csvcubed CSVW with its catalogue entry in rdfs:seeAlso', () => {
  const DIR = 'test/corpus/csvw-hmrc-rts-codelists';

  it('reads the licence, publisher and dates of the dcat:Dataset, and says where they were; the code patterns hold', () => {
    const { code, findings } = lint([DIR]);
    expect(code).toBe(1);
    const modified: Record<string, string> = { country: '027317', method: '030540', region: '029280' };
    expect(findings).toEqual(['country', 'method', 'region'].flatMap((name) => [
      `${DIR}/${name}.csv-metadata.json:1 error freshness/update-frequency The package declares no update frequency ('accrualPeriodicity')`,
      `${DIR}/${name}.csv-metadata.json:66 warning format/metadata-variant 'rdfs:seeAlso dcat:Dataset' is not a standard property: it was read as 'dc:license, dc:modified, dc:issued and dc:publisher on the metadata itself'`,
      `${DIR}/${name}.csv-metadata.json:102 info freshness/modified-timezone 'modified' is '2021-05-20T10:55:04.${modified[name]}', a date-time without a time zone; odlint reads it as UTC`,
    ]));
  });

  it('groups the tables under their publisher, HMRC', () => {
    const [ds] = loadMetadataFile(path.join(REPO_ROOT, DIR, 'method.csv-metadata.json'));
    expect(ds!.publisher).toBe('https://www.gov.uk/government/organisations/hm-revenue-customs');
  });
});

describe('UK Global Tariff (GSS-Cogs/family-trade, DIT): the real faults of a published CSVW', () => {
  const DIR = 'test/corpus/csvw-dit-uk-tariffs';

  it('reports the header typo, the percentages in decimal columns and the primary key naming no column, linting the metadata file alone', () => {
    const { code, findings } = lint([`${DIR}/observations.csv-metadata.json`]);
    expect(code).toBe(1);
    const types = findings.filter((f) => f.includes(' format/type '));
    expect(types).toHaveLength(30);
    expect(types.slice(0, 2)).toEqual([
      `${DIR}/observations.csv:2 error format/type '0.0%' in field 'cet_duty_rate' is not a number (decimal point '.')`,
      `${DIR}/observations.csv:2 error format/type '0.0%' in field 'ukgt_duty_rate' is not a number (decimal point '.')`,
    ]);
    expect(types.at(-1)).toBe(`${DIR}/observations.csv:16 error format/type '10.00% + 77.00 GBP/100kg' in field 'ukgt_duty_rate' is not a number (decimal point '.')`);
    expect(findings.filter((f) => !f.includes(' format/type '))).toEqual([
      `${DIR}/observations.csv:1 error format/header-schema The schema's field 'atg_applies' is missing from the header`,
      `${DIR}/observations.csv:1 error format/header-schema Column 9 'atq_applies' is not a field of the schema`,
      `${DIR}/observations.csv-metadata.json:1 error freshness/modified The package declares no last-modified date ('modified')`,
      `${DIR}/observations.csv-metadata.json:1 error freshness/update-frequency The package declares no update frequency ('accrualPeriodicity')`,
      `${DIR}/observations.csv-metadata.json:1 error licence/declared The package declares no licence: neither datapackage.json nor any of its resources has 'licenses'`,
      `${DIR}/observations.csv-metadata.json:77 error format/metadata-valid Resource 'tariffs-on-goods-imported-into-the-uk': primaryKey names the field 'observations', which the schema does not have`,
    ]);
  });
});

describe('licence, freshness and data checks on CSVW written by hand', () => {
  const metadata = `{
  "@context": ["http://www.w3.org/ns/csvw", {"@language": "en"}],
  "url": "visits.csv",
  "dc:title": "Clinic visits",
  "dc:license": {"@id": "https://creativecommons.org/licenses/by-nc/4.0/"},
  "dc:modified": {"@value": "2025-01-31", "@type": "xsd:date"},
  "dct:accrualPeriodicity": {"@id": "http://purl.org/cld/freq/monthly"},
  "dialect": {"delimiter": ";", "skipRows": 1},
  "tableSchema": {
    "columns": [
      {"name": "clinic", "titles": "Clinic", "datatype": {"base": "string", "format": "C\\\\d{3}"}, "required": true},
      {"name": "day", "titles": "Day", "datatype": {"base": "date", "format": "dd/MM/yyyy"}},
      {"name": "visits", "titles": "Visits", "datatype": "nonNegativeInteger", "null": "-"}
    ],
    "primaryKey": ["clinic", "day"]
  }
}
`;

  it('reports into the -metadata.json at the line of each value, and into the data as the schema says', () => {
    const dir = makeTempDir('odlint-csvw-');
    writeTree(dir, { 'visits.csv-metadata.json': metadata, 'visits.csv': 'Clinic;Day;Visits\nC001;31/01/2025;12\nC002;2025-01-31;-\nC01;31/01/2025;-3\nC001;31/01/2025;4\n' });
    expect(lint(['.'], dir).findings).toEqual([
      // The bundled standard asks for commas: a CSVW dialect declares the delimiter, it does not waive the rule.
      "visits.csv:1 error format/delimiter The file uses ';' (semicolon) as its delimiter; this standard requires ',' (comma)",
      "visits.csv:3 error format/type '2025-01-31' in field 'Day' is not a date in the form %d/%m/%Y",
      "visits.csv:4 error format/pattern 'C01' in field 'Clinic' does not match the pattern C\\d{3}",
      "visits.csv:4 error format/range '-3' in field 'Visits' is below the minimum 0",
      "visits.csv:5 error linking/primary-key ('C001', '31/01/2025') in fields 'Clinic', 'Day' is a duplicate primary key: it first appears on line 2",
      "visits.csv-metadata.json:5 error licence/open The package's licence CC-BY-NC-4.0 ('https://creativecommons.org/licenses/by-nc/4.0/') forbids commercial use, so the data is not open (Open Definition 2.1, 2.1.8 Application to Any Purpose)",
      "visits.csv-metadata.json:6 warning freshness/overdue The package was last modified on 2025-01-31 and is updated monthly ('http://purl.org/cld/freq/monthly'): the next update was due on 2025-03-02 and is 634 days late at 2026-11-27",
      "visits.csv-metadata.json:7 warning format/metadata-variant 'dct:accrualPeriodicity' is not a standard property: it was read as 'dc:accrualPeriodicity'",
      "visits.csv-metadata.json:8 warning format/metadata-unread 'skipRows: 1' was not applied: odlint does not skip rows before the header: they are read as the header and data",
    ]);
  });
});
