import { afterEach, describe, expect, it } from 'vitest';
import { OdlintError } from '../../../../src/util/errors.js';
import { brief, cleanupTempDirs, datapackage, lintFiles, lintWith, positionOf } from '../../../helpers/lint-files.js';
import { testCheck } from '../../../helpers/check-tester.js';

const lint = lintWith('update-frequency');
afterEach(cleanupTempDirs);

function pkg(meta: Record<string, unknown>, own: Record<string, unknown> = {}) {
  const text = datapackage([{ name: 'data', path: 'data.csv', ...own }], meta);
  return { text, files: { 'datapackage.json': text, 'data.csv': 'id\n1\n' } };
}

const HINT_START = 'Write an ISO 8601 repeating duration such as R/P1M';

describe('freshness/update-frequency', () => {
  it('passes every frequency form: ISO repeating durations, EU codes and URIs, Dublin Core terms and URIs', async () => {
    const forms = [
      'R/P1M', 'R/P3M', 'R/P1Y', 'R/PT1H', 'R/P0.5M', 'R/P0.33W', 'R/P1W', 'R/P2D', 'R/PT1S', 'R12/P1M', 'R/2026-01-01/P1M',
      'MONTHLY', 'QUARTERLY', 'ANNUAL', 'IRREG', 'NEVER', 'UNKNOWN', 'CONT', 'WEEKLY_2',
      'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
      'https://publications.europa.eu/resource/authority/frequency/QUARTERLY',
      'http://publications.europa.eu/resource/authority/frequency/IRREG',
      'monthly', 'quarterly', 'annual', 'irregular', 'threeTimesAWeek', 'Monthly',
      'http://purl.org/cld/freq/monthly', 'http://purl.org/cld/freq/annual', 'http://purl.org/cld/freq/irregular',
    ];
    for (const accrualPeriodicity of forms) {
      expect(await lint(pkg({ accrualPeriodicity }).files), accrualPeriodicity).toEqual([]);
    }
    expect(await lint(pkg({ accrualPeriodicity: { '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' } }).files)).toEqual([]);
  });

  it('passes lone files (metadata-missing covers them)', async () => {
    expect(await lint({ 'data.csv': 'id\n1\n' })).toEqual([]);
  });

  it('reports a package without a frequency, once, at the package', async () => {
    const findings = await lint(pkg({ modified: '2026-11-01' }).files);
    expect(brief(findings)).toEqual([
      { ruleId: 'freshness/update-frequency', message: "The package declares no update frequency ('accrualPeriodicity')", file: 'datapackage.json', line: 1, column: 1 },
    ]);
    expect(findings[0]!.hint).toContain('IRREG');
  });

  it('reports unrecognised frequencies at the value, with the reason when there is one', async () => {
    const cases: Record<string, string> = {
      'every month': "'accrualPeriodicity' is 'every month', which is not a recognised update frequency",
      P1Q: "'accrualPeriodicity' is 'P1Q', which is not a recognised update frequency: 'P1Q' is not an ISO 8601 duration (such as P1M, P1W, PT1H)",
      'R/P0D': "'accrualPeriodicity' is 'R/P0D', which is not a recognised update frequency: it repeats every zero period",
      'R/P1Q': "'accrualPeriodicity' is 'R/P1Q', which is not a recognised update frequency: 'P1Q' is not an ISO 8601 duration (such as P1M, P1W, PT1H)",
      'http://publications.europa.eu/resource/authority/frequency/FORTNIGHTLY':
        "'accrualPeriodicity' is 'http://publications.europa.eu/resource/authority/frequency/FORTNIGHTLY', which is not a recognised update frequency: 'FORTNIGHTLY' is not a term of the EU frequency authority table",
      'http://purl.org/cld/freq/MONTHLY_2':
        "'accrualPeriodicity' is 'http://purl.org/cld/freq/MONTHLY_2', which is not a recognised update frequency: 'MONTHLY_2' is not a term of the Dublin Core frequency vocabulary",
      'http://example.org/freq/monthly': "'accrualPeriodicity' is 'http://example.org/freq/monthly', which is not a recognised update frequency: the URI is not from a known frequency vocabulary",
    };
    for (const [value, message] of Object.entries(cases)) {
      const { text, files } = pkg({ accrualPeriodicity: value });
      const findings = await lint(files);
      expect(brief(findings), value).toEqual([{ ruleId: 'freshness/update-frequency', message, file: 'datapackage.json', ...positionOf(text, JSON.stringify(value)) }]);
      expect(findings[0]!.hint).toMatch(new RegExp(`^${HINT_START}`));
    }
  });

  it('reports a frequency that is not a string', async () => {
    const findings = await lint(pkg({ accrualPeriodicity: 12 }).files);
    expect(findings.map((f) => f.message)).toEqual(["'accrualPeriodicity' is '12', which is not a recognised update frequency: it is a number, not a frequency term, URI or repeating interval"]);
  });

  it("reads the resource's value first, and reports each distinct value once", async () => {
    expect(await lint(pkg({ accrualPeriodicity: 'R/P1M' }, { accrualPeriodicity: 'ANNUAL' }).files)).toEqual([]);
    expect(await lint(pkg({}, { accrualPeriodicity: 'ANNUAL' }).files)).toEqual([]);
    const text = datapackage(
      [{ name: 'a', path: 'a.csv', accrualPeriodicity: 'every other week' }, { name: 'b', path: 'b.csv' }, { name: 'c', path: 'c.csv' }],
      { accrualPeriodicity: 'every month' },
    );
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n', 'c.csv': 'x\n1\n' });
    expect(brief(findings)).toEqual([
      { ruleId: 'freshness/update-frequency', message: "'accrualPeriodicity' is 'every month', which is not a recognised update frequency", file: 'datapackage.json', ...positionOf(text, '"every month"') },
      { ruleId: 'freshness/update-frequency', message: "Resource 'a': 'accrualPeriodicity' is 'every other week', which is not a recognised update frequency", file: 'datapackage.json', ...positionOf(text, '"every other week"') },
    ]);
  });

  it('names the resources without a frequency when others give their own', async () => {
    const text = datapackage([{ name: 'a', path: 'a.csv', accrualPeriodicity: 'R/P1M' }, { name: 'b', path: 'b.csv' }]);
    const findings = await lint({ 'datapackage.json': text, 'a.csv': 'x\n1\n', 'b.csv': 'x\n1\n' });
    expect(findings.map((f) => f.message)).toEqual(["Resource 'b' declares no update frequency ('accrualPeriodicity'), and the package gives none"]);
  });

  it('fails the run with a clear error when the vocabulary is missing or malformed', async () => {
    const { files } = pkg({ accrualPeriodicity: 'R/P1M' });
    await expect(lintFiles(files, { check: 'update-frequency', vocabularies: new Map() })).rejects.toThrow(OdlintError);
    await expect(lintFiles(files, { check: 'update-frequency', vocabularies: new Map() })).rejects.toThrow(
      "The freshness rules need the update-frequency vocabulary 'frequencies', but the standard names no such vocabulary.",
    );
    const bad = new Map([['frequencies', { schemes: { eu: { terms: { MONTHLY: 'P1Q' } } } }]]);
    await expect(lintFiles(files, { check: 'update-frequency', vocabularies: bad })).rejects.toThrow(
      "The update-frequency vocabulary 'frequencies' is malformed: term 'MONTHLY' of scheme 'eu' maps to 'P1Q', which is neither an ISO 8601 duration nor 'none'.",
    );
    const other = new Map([['freq', { schemes: { mine: { terms: { monthly: 'P1M' } } } }]]);
    expect(await lintFiles(files, { check: 'update-frequency', options: { vocabulary: 'freq' }, vocabularies: other })).toEqual([]);
  });
});

/** A Data Package with one CSV file per resource (each resource's `path` is `<name>.csv`). */
const files = (resources: Array<Record<string, unknown>>, meta: Record<string, unknown> = {}) => ({
  'datapackage.json': datapackage(resources.map((r) => ({ path: `${String(r.name)}.csv`, ...r })), meta),
  ...Object.fromEntries(resources.map((r) => [`${String(r.name)}.csv`, 'id\n1\n'])),
});

// Each message by id: the package's and a resource's form, with and without a reason.
testCheck('update-frequency', {
  valid: [{ name: 'a package frequency', files: files([{ name: 'a' }], { accrualPeriodicity: 'R/P1M' }) }],
  invalid: [
    { name: 'no frequency', files: files([{ name: 'a' }]), findings: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'one resource inheriting no frequency',
      files: files([{ name: 'a', accrualPeriodicity: 'MONTHLY' }, { name: 'b' }]),
      findings: [{ messageId: 'inheritorsMissing', data: { count: 1, resources: "'b'" }, message: "Resource 'b' declares no update frequency ('accrualPeriodicity'), and the package gives none" }],
    },
    {
      name: 'two resources inheriting no frequency',
      files: files([{ name: 'a', accrualPeriodicity: 'MONTHLY' }, { name: 'b' }, { name: 'c' }]),
      findings: [{ messageId: 'inheritorsMissing', data: { count: 2, resources: "'b' and 'c'" }, message: "Resources 'b' and 'c' declare no update frequency ('accrualPeriodicity'), and the package gives none" }],
    },
    {
      name: 'an unknown package frequency',
      files: files([{ name: 'a' }], { accrualPeriodicity: 'every month' }),
      findings: [{ messageId: 'unrecognised', data: { value: "'every month'" }, message: "'accrualPeriodicity' is 'every month', which is not a recognised update frequency" }],
    },
    {
      name: 'a bare ISO 8601 duration (as open.canada.ca writes it), read as R/<duration>',
      files: files([{ name: 'a' }], { accrualPeriodicity: 'P1M' }),
      findings: [],
    },
    {
      name: 'ISO 19115 maintenance frequency words, in the spellings portals write',
      files: files([{ name: 'a', accrualPeriodicity: 'as_needed' }, { name: 'b', accrualPeriodicity: 'notPlanned' }, { name: 'c', accrualPeriodicity: 'Biannually' }, { name: 'd', accrualPeriodicity: 'continual' }]),
      findings: [],
    },
    {
      name: "an unknown resource's frequency",
      files: files([{ name: 'a', accrualPeriodicity: 'fortnightly-ish' }]),
      findings: [{ messageId: 'resourceUnrecognised', data: { resource: "Resource 'a'", value: "'fortnightly-ish'" }, message: "Resource 'a': 'accrualPeriodicity' is 'fortnightly-ish', which is not a recognised update frequency" }],
    },
    {
      name: "a resource's frequency repeating every zero period",
      files: files([{ name: 'a', accrualPeriodicity: 'R/P0D' }]),
      findings: [
        {
          messageId: 'resourceUnrecognisedBecause',
          data: { resource: "Resource 'a'", value: "'R/P0D'", reason: 'it repeats every zero period' },
          message: "Resource 'a': 'accrualPeriodicity' is 'R/P0D', which is not a recognised update frequency: it repeats every zero period",
        },
      ],
    },
  ],
});
