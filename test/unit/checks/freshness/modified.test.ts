import { afterEach, describe, expect, it } from 'vitest';
import { brief, cleanupTempDirs, datapackage, lintWith, positionOf } from '../../../helpers/lint-files.js';
import { testCheck } from '../../../helpers/check-tester.js';

const lint = lintWith('modified');
afterEach(cleanupTempDirs);

/** A package with one CSV resource; `meta` goes on the package, `own` on the resource. */
function pkg(meta: Record<string, unknown>, own: Record<string, unknown> = {}) {
  const text = datapackage([{ name: 'data', path: 'data.csv', ...own }], meta);
  return { text, files: { 'datapackage.json': text, 'data.csv': 'id\n1\n' } };
}

describe('freshness/modified', () => {
  it('passes a date, a date-time with Z, with an offset, and without a zone', async () => {
    for (const modified of ['2026-11-05', '2026-11-27', '2026-11-05T08:30:00Z', '2026-11-27T23:59:59+02:00', '2026-11-05T08:30:00.123456', '2024-02-29']) {
      expect(await lint(pkg({ modified }).files), modified).toEqual([]);
    }
  });

  it('passes lone files (metadata-missing covers them)', async () => {
    expect(await lint({ 'data.csv': 'id\n1\n' })).toEqual([]);
  });

  it('reports a package without modified, once, at the package', async () => {
    const { files } = pkg({});
    expect(brief(await lint(files))).toEqual([
      { ruleId: 'freshness/modified', message: "The package declares no last-modified date ('modified')", file: 'datapackage.json', line: 1, column: 1 },
    ]);
  });

  it('reports a missing date once even when the package has several resources', async () => {
    const text = datapackage([{ name: 'a', path: 'a.csv' }, { name: 'b', path: 'b.csv' }]);
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n' });
    expect(findings).toHaveLength(1);
  });

  it("reports 'last Tuesday' as unparseable, at the value", async () => {
    const { text, files } = pkg({ modified: 'last Tuesday' });
    expect(brief(await lint(files))).toEqual([
      {
        ruleId: 'freshness/modified',
        message: "'modified' is 'last Tuesday', which is not a valid date: it is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)",
        file: 'datapackage.json',
        ...positionOf(text, '"last Tuesday"'),
      },
    ]);
  });

  it("reports '2026-13-01': there is no month 13", async () => {
    const findings = await lint(pkg({ modified: '2026-13-01' }).files);
    expect(findings.map((f) => f.message)).toEqual(["'modified' is '2026-13-01', which is not a valid date: there is no month 13"]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('explains other unparseable forms', async () => {
    const cases: Record<string, string> = {
      '2026-02-29': 'February 2026 has no day 29',
      '2026-11': 'it gives a month, not a day (write YYYY-MM-DD)',
      '20261105': 'it uses the basic format without hyphens (write YYYY-MM-DD)',
      '05/11/2026': 'the order of day and month is ambiguous (write YYYY-MM-DD)',
      'R/P1D': 'it is a repeating interval (an update frequency), not the date of the last change',
      '2026-11-05T24:00:00Z': 'there is no hour 24 (hours run from 00 to 23)',
    };
    for (const [modified, reason] of Object.entries(cases)) {
      const findings = await lint(pkg({ modified }).files);
      expect(findings.map((f) => f.message), modified).toEqual([`'modified' is '${modified}', which is not a valid date: ${reason}`]);
    }
  });

  it('reports a value that is not a string', async () => {
    const findings = await lint(pkg({ modified: 20261105 }).files);
    expect(findings.map((f) => f.message)).toEqual(["'modified' is '20261105', which is not a valid date: it is a number, not a date written as a string"]);
  });

  it('reports a date after --now, but not --now itself', async () => {
    expect(await lint(pkg({ modified: '2026-11-27' }).files, { now: '2026-11-27' })).toEqual([]);
    // Date-times are compared in UTC, at day level: 01:00 at +02:00 is 23:00Z on the 27th; 23:30 at -01:00 is the 28th.
    expect(await lint(pkg({ modified: '2026-11-28T01:00:00+02:00' }).files, { now: '2026-11-27' })).toEqual([]);
    expect(await lint(pkg({ modified: '2026-11-27T23:30:00-01:00' }).files, { now: '2026-11-27' })).toHaveLength(1);
    const { text, files } = pkg({ modified: '2027-01-05' });
    expect(brief(await lint(files, { now: '2026-11-27' }))).toEqual([
      {
        ruleId: 'freshness/modified',
        message: "'modified' is '2027-01-05', after the reference date 2026-11-27: the last change cannot be in the future",
        file: 'datapackage.json',
        ...positionOf(text, '"2027-01-05"'),
      },
    ]);
    // The same metadata is fine once the reference date has passed it: --now makes the result reproducible.
    expect(await lint(files, { now: '2027-01-05' })).toEqual([]);
  });

  it("reads the resource's value first: a valid resource date overrides a bad package date for that resource", async () => {
    expect(await lint(pkg({ modified: '2026-11-01' }, { modified: '2026-11-20' }).files)).toEqual([]);
    expect(await lint(pkg({}, { modified: '2026-11-20' }).files)).toEqual([]);
    const text2 = datapackage([{ name: 'a', path: 'a.csv', modified: 'yesterday' }, { name: 'b', path: 'b.csv' }], { modified: '2026-11-01' });
    const findings = await lint({ 'datapackage.json': text2, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n' });
    expect(brief(findings)).toEqual([
      {
        ruleId: 'freshness/modified',
        message: "Resource 'a': 'modified' is 'yesterday', which is not a valid date: it is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)",
        file: 'datapackage.json',
        ...positionOf(text2, '"yesterday"'),
      },
    ]);
  });

  it('still reports a bad package date that every resource overrides (catalogues show it)', async () => {
    const { text, files } = pkg({ modified: 'soon' }, { modified: '2026-11-01' });
    expect(brief(await lint(files))).toEqual([
      {
        ruleId: 'freshness/modified',
        message: "'modified' is 'soon', which is not a valid date: it is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)",
        file: 'datapackage.json',
        ...positionOf(text, '"soon"'),
      },
    ]);
  });

  it('reports a bad package date once, however many resources inherit it', async () => {
    const text = datapackage([{ name: 'a', path: 'a.csv' }, { name: 'b', path: 'b.csv' }, { name: 'c', path: 'c.csv', modified: '2026-11-01' }], { modified: '2026-13-01' });
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n', 'c.csv': 'x\n1\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'freshness/modified', message: "'modified' is '2026-13-01', which is not a valid date: there is no month 13", file: 'datapackage.json', ...positionOf(text, '"2026-13-01"') },
    ]);
  });

  it('names the resources left without a date when others give their own', async () => {
    const text = datapackage([{ name: 'a', path: 'a.csv', modified: '2026-11-01' }, { name: 'b', path: 'b.csv' }, { name: 'c', path: 'c.csv' }]);
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n', 'c.csv': 'x\n1\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'freshness/modified', message: "Resources 'b' and 'c' declare no last-modified date ('modified'), and the package gives none", file: 'datapackage.json', line: 1, column: 1 },
    ]);
  });

  it('reports a multipart resource with its own bad date once', async () => {
    const text = datapackage([{ name: 'a', path: ['a1.csv', 'a2.csv'], modified: 'never' }]);
    const findings = await lint({ 'datapackage.json': text, 'a1.csv': 'x\n1\n', 'a2.csv': '2\n' });
    expect(findings).toHaveLength(1);
  });
});

/** A Data Package with one CSV file per resource (each resource's `path` is `<name>.csv`). */
const files = (resources: Array<Record<string, unknown>>, meta: Record<string, unknown> = {}) => ({
  'datapackage.json': datapackage(resources.map((r) => ({ path: `${String(r.name)}.csv`, ...r })), meta),
  ...Object.fromEntries(resources.map((r) => [`${String(r.name)}.csv`, 'id\n1\n'])),
});

// Each message by id: the package's and a resource's form, and the data that identifies the finding.
testCheck('modified', {
  valid: [{ name: 'a package date', files: files([{ name: 'a' }], { modified: '2026-11-05' }) }],
  invalid: [
    { name: 'no date', files: files([{ name: 'a' }]), findings: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'one resource inheriting no date',
      files: files([{ name: 'a', modified: '2026-11-01' }, { name: 'b' }]),
      findings: [{ messageId: 'inheritorsMissing', data: { count: 1, resources: "'b'" }, message: "Resource 'b' declares no last-modified date ('modified'), and the package gives none" }],
    },
    {
      name: 'resources inheriting no date, one without a name',
      files: {
        'datapackage.json': datapackage([{ name: 'a', path: 'a.csv', modified: '2026-11-01' }, { path: 'b.csv' }, { name: 'c', path: 'c.csv' }]),
        'a.csv': 'id\n1\n',
        'b.csv': 'id\n1\n',
        'c.csv': 'id\n1\n',
      },
      findings: [{ messageId: 'inheritorsMissing', data: { count: 2, resources: "2 and 'c'" }, message: "Resources 2 and 'c' declare no last-modified date ('modified'), and the package gives none" }],
    },
    {
      name: 'an invalid package date',
      files: files([{ name: 'a' }], { modified: '2026-13-01' }),
      findings: [{ messageId: 'invalid', data: { value: "'2026-13-01'", reason: 'there is no month 13' } }],
    },
    {
      name: "an invalid resource's date",
      files: files([{ name: 'a', modified: '2026-02-30' }]),
      findings: [{ messageId: 'resourceInvalid', data: { resource: "Resource 'a'", value: "'2026-02-30'", reason: 'February 2026 has no day 30' } }],
    },
    {
      name: 'a package date in the future',
      files: files([{ name: 'a' }], { modified: '2027-01-05' }),
      findings: [{ messageId: 'future', data: { value: "'2027-01-05'", now: '2026-11-27' } }],
    },
    {
      name: "a resource's date in the future",
      files: files([{ name: 'a', modified: '2027-01-05' }]),
      findings: [
        {
          messageId: 'resourceFuture',
          data: { resource: "Resource 'a'", value: "'2027-01-05'", now: '2026-11-27' },
          message: "Resource 'a': 'modified' is '2027-01-05', after the reference date 2026-11-27: the last change cannot be in the future",
        },
      ],
    },
  ],
});
