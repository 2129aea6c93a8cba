// Update frequencies and the frequency vocabulary (src/freshness/frequency.ts).
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/checks/index.js';
import { BUNDLED_STANDARD, loadStandard } from '../../../src/standard/load.js';
import { OdlintError } from '../../../src/util/errors.js';
import { MONTH_DAYS, YEAR_DAYS } from '../../../src/freshness/duration.js';
import { compileFrequencyVocabulary, loadFrequencyVocabulary, readFrequency, type Frequency } from '../../../src/freshness/frequency.js';
import { bundledVocabularyMap } from '../../helpers/lint-files.js';

const vocabulary = loadFrequencyVocabulary(bundledVocabularyMap(), 'frequencies');
const read = (v: unknown): Frequency => readFrequency(v, vocabulary);
const days = (v: unknown): number | 'none' | 'unknown' => {
  const f = read(v);
  return f.kind === 'period' ? f.days : f.kind;
};

describe('update frequencies', () => {
  it('reads ISO 8601 repeating durations, fractions included', () => {
    expect(days('R/P1M')).toBe(MONTH_DAYS);
    expect(days('R/P3M')).toBeCloseTo(3 * MONTH_DAYS, 9);
    expect(days('R/P1Y')).toBe(YEAR_DAYS);
    expect(days('R/PT1H')).toBeCloseTo(1 / 24, 12);
    expect(days('R/P0.5M')).toBeCloseTo(MONTH_DAYS / 2, 9);
    expect(days('R/P0.33W')).toBeCloseTo(2.31, 9);
    expect(days('R/P0.33M')).toBeCloseTo(0.33 * MONTH_DAYS, 9);
    expect(days('R/P2D')).toBe(2); // not in the vocabulary: parsed generically
    expect(days('R/PT15M')).toBeCloseTo(15 / 1440, 12);
    expect(days('R12/P1W')).toBe(7);
    expect(days('R/2026-01-01/P1M')).toBe(MONTH_DAYS);
    expect(days('R/P1M/2026-12-31T00:00:00Z')).toBe(MONTH_DAYS);
    expect(read('R/P1M')).toMatchObject({ kind: 'period', words: 'monthly', term: 'R/P1M', scheme: 'project-open-data' });
    expect(read('R/P2D')).toMatchObject({ kind: 'period', words: 'every 2 days' });
  });

  it('reads a bare ISO 8601 duration (as open.canada.ca writes it) as R/<duration>', () => {
    expect(read('P1Y')).toMatchObject({ kind: 'period', words: 'annually', term: 'R/P1Y', scheme: 'project-open-data' });
    expect(days('P3M')).toBeCloseTo(3 * MONTH_DAYS, 9);
    expect(days('P1W')).toBe(7);
    expect(days('P1D')).toBe(1);
    expect(days('P0.5M')).toBeCloseTo(MONTH_DAYS / 2, 9);
    expect(days('P5Y')).toBeCloseTo(5 * YEAR_DAYS, 9); // not listed: parsed generically
    expect(days('PT1S')).toBe('none'); // Project Open Data's "continuously updated", bare
  });

  it('reads the ISO 19115 maintenance frequency codes in camelCase, snake_case, with spaces and any case', () => {
    const expected: Record<string, number | 'none'> = {
      continual: 'none', daily: 1, weekly: 7, fortnightly: 14, monthly: MONTH_DAYS, quarterly: 3 * MONTH_DAYS, biannually: YEAR_DAYS / 2,
      annually: YEAR_DAYS, asNeeded: 'none', irregular: 'none', notPlanned: 'none', unknown: 'none',
    };
    for (const [term, value] of Object.entries(expected)) {
      typeof value === 'number' ? expect(days(term), term).toBeCloseTo(value, 9) : expect(days(term), term).toBe(value);
    }
    for (const spelling of ['as_needed', 'as needed', 'AS_NEEDED', 'As Needed', 'not_planned', 'not planned', 'NotPlanned', 'Continual', 'UNKNOWN']) {
      expect(days(spelling), spelling).toBe('none');
    }
    for (const spelling of ['semiannual', 'semiannually', 'semi-annually', 'biannual', 'Biannually']) expect(days(spelling), spelling).toBeCloseTo(YEAR_DAYS / 2, 9);
    expect(days('Annually')).toBe(YEAR_DAYS);
    expect(days('annual')).toBe(YEAR_DAYS);
    expect(read('not_planned')).toMatchObject({ kind: 'none', scheme: 'iso-19115' });
  });

  it("reads the Australian CKAN portals' 'static' (published once, never updated) as having no schedule", () => {
    expect(read('static')).toMatchObject({ kind: 'none', scheme: 'ckan-au' });
    expect(days('Static')).toBe('none');
  });

  it('reads the EU frequency codes, bare and as URIs', () => {
    expect(days('MONTHLY')).toBe(MONTH_DAYS);
    expect(days('QUARTERLY')).toBeCloseTo(3 * MONTH_DAYS, 9);
    expect(days('ANNUAL')).toBe(YEAR_DAYS);
    expect(days('WEEKLY')).toBe(7);
    expect(days('DAILY')).toBe(1);
    expect(days('HOURLY')).toBeCloseTo(1 / 24, 12);
    expect(days('12HRS')).toBe(0.5);
    expect(days('BIENNIAL')).toBe(2 * YEAR_DAYS);
    expect(days('http://publications.europa.eu/resource/authority/frequency/MONTHLY')).toBe(MONTH_DAYS);
    expect(days('https://publications.europa.eu/resource/authority/frequency/ANNUAL')).toBe(YEAR_DAYS);
    expect(days({ '@id': 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY' })).toBeCloseTo(3 * MONTH_DAYS, 9);
    expect(read('MONTHLY')).toMatchObject({ kind: 'period', words: 'monthly', term: 'MONTHLY', scheme: 'eu' });
    for (const none of ['IRREG', 'NEVER', 'UNKNOWN', 'CONT', 'UPDATE_CONT', 'OTHER', 'AS_NEEDED', 'NOT_PLANNED', 'OP_DATPRO']) {
      expect(days(none), none).toBe('none');
      expect(days(`http://publications.europa.eu/resource/authority/frequency/${none}`), none).toBe('none');
    }
  });

  it('reads the Dublin Core terms, bare and as URIs', () => {
    expect(days('monthly')).toBe(MONTH_DAYS);
    expect(days('quarterly')).toBeCloseTo(3 * MONTH_DAYS, 9);
    expect(days('annual')).toBe(YEAR_DAYS);
    expect(days('semimonthly')).toBeCloseTo(MONTH_DAYS / 2, 9);
    expect(days('threeTimesAWeek')).toBeCloseTo(7 / 3, 9);
    expect(days('irregular')).toBe('none');
    expect(days('continuous')).toBe('none');
    expect(days('http://purl.org/cld/freq/monthly')).toBe(MONTH_DAYS);
    expect(days('http://purl.org/cld/freq/quarterly')).toBeCloseTo(3 * MONTH_DAYS, 9);
    expect(days('http://purl.org/cld/freq/annual')).toBe(YEAR_DAYS);
    expect(days('http://purl.org/cld/freq/irregular')).toBe('none');
    expect(read('http://purl.org/cld/freq/monthly')).toMatchObject({ scheme: 'dublin-core', term: 'monthly' });
  });

  it('reads the Project Open Data forms, R/PT1S as continuous', () => {
    expect(days('R/PT1S')).toBe('none');
    expect(days('R/P3.5D')).toBe(3.5);
    expect(days('R/P10Y')).toBeCloseTo(10 * YEAR_DAYS, 9);
  });

  it('matches terms ignoring case and surrounding white space', () => {
    expect(days('Monthly')).toBe(MONTH_DAYS);
    expect(days('ANNUAL ')).toBe(YEAR_DAYS);
    expect(days('irreg')).toBe('none');
    expect(days('http://purl.org/cld/freq/Monthly')).toBe(MONTH_DAYS);
  });

  it('does not understand the rest, and says why when it can', () => {
    expect(read('every month')).toEqual({ kind: 'unknown' });
    expect(read('P0D')).toEqual({ kind: 'unknown', reason: 'it repeats every zero period' });
    expect(read('P1Q')).toEqual({ kind: 'unknown', reason: "'P1Q' is not an ISO 8601 duration (such as P1M, P1W, PT1H)" });
    expect(read('R/P0D')).toEqual({ kind: 'unknown', reason: 'it repeats every zero period' });
    expect(read('R/P1Q')).toEqual({ kind: 'unknown', reason: "'P1Q' is not an ISO 8601 duration (such as P1M, P1W, PT1H)" });
    expect(read('R/soon/P1M')).toMatchObject({ kind: 'unknown' });
    expect(read('R/P1M/P1M/P1M')).toMatchObject({ kind: 'unknown' });
    expect(read('')).toEqual({ kind: 'unknown', reason: 'it is empty' });
    expect(read(12)).toMatchObject({ kind: 'unknown' });
    expect(read(['MONTHLY'])).toMatchObject({ kind: 'unknown', reason: 'it is a list, not a frequency term, URI or repeating interval' });
    expect(read('http://publications.europa.eu/resource/authority/frequency/monthly_x')).toMatchObject({ kind: 'unknown' });
    // A Dublin Core URI names Dublin Core terms only.
    expect(read('http://purl.org/cld/freq/WEEKLY_2')).toMatchObject({ kind: 'unknown' });
    expect(read('http://example.org/monthly')).toMatchObject({ kind: 'unknown', reason: 'the URI is not from a known frequency vocabulary' });
  });
});

describe('the frequency vocabulary', () => {
  it('is bundled with every EU code, Dublin Core term and Project Open Data form of the reference table', () => {
    const eu = vocabulary.schemes.find((s) => s.name === 'eu')!;
    for (const code of ['1MIN', '5MIN', '10MIN', '15MIN', '30MIN', 'HOURLY', 'BIHOURLY', 'TRIHOURLY', '12HRS', 'CONT', 'UPDATE_CONT', 'DAILY_2', 'DAILY', 'WEEKLY_3', 'WEEKLY_2', 'WEEKLY', 'BIWEEKLY', 'MONTHLY_3', 'MONTHLY_2', 'MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'ANNUAL_3', 'ANNUAL_2', 'ANNUAL', 'BIENNIAL', 'TRIENNIAL', 'QUADRENNIAL', 'QUINQUENNIAL', 'DECENNIAL', 'BIDECENNIAL', 'TRIDECENNIAL', 'IRREG', 'NEVER', 'UNKNOWN', 'OTHER', 'NOT_PLANNED', 'AS_NEEDED', 'OP_DATPRO']) {
      expect(eu.terms.has(code), code).toBe(true);
    }
    const dc = vocabulary.schemes.find((s) => s.name === 'dublin-core')!;
    for (const term of ['continuous', 'daily', 'threeTimesAWeek', 'semiweekly', 'weekly', 'biweekly', 'threeTimesAMonth', 'semimonthly', 'monthly', 'bimonthly', 'quarterly', 'threeTimesAYear', 'semiannual', 'annual', 'biennial', 'triennial', 'irregular']) {
      expect(dc.terms.has(term), term).toBe(true);
    }
    const pod = vocabulary.schemes.find((s) => s.name === 'project-open-data')!;
    for (const form of ['R/PT1H', 'R/PT1S', 'R/P1D', 'R/P0.33W', 'R/P3.5D', 'R/P0.5W', 'R/P1W', 'R/P2W', 'R/P0.33M', 'R/P0.5M', 'R/P1M', 'R/P2M', 'R/P3M', 'R/P4M', 'R/P6M', 'R/P1Y', 'R/P2Y', 'R/P3Y', 'R/P4Y', 'R/P10Y', 'irregular']) {
      expect(pod.terms.has(form), form).toBe(true);
    }
  });

  it('is rejected with a clear OdlintError when missing or malformed', () => {
    expect(() => loadFrequencyVocabulary(new Map([['licences', {}]]), 'frequencies')).toThrow(
      "The freshness rules need the update-frequency vocabulary 'frequencies', but the standard names no such vocabulary (it has: licences).",
    );
    const bad = (raw: unknown) => () => compileFrequencyVocabulary(raw, 'frequencies');
    expect(bad({})).toThrow(OdlintError);
    expect(bad({})).toThrow("The update-frequency vocabulary 'frequencies' is malformed: it has no 'schemes' mapping.");
    expect(bad([])).toThrow('it is not a mapping');
    expect(bad({ schemes: {} })).toThrow("'schemes' is empty");
    expect(bad({ schemes: { eu: { terms: {} } } })).toThrow("scheme 'eu' has no 'terms' mapping");
    expect(bad({ schemes: { eu: { terms: { MONTHLY: 1 } } } })).toThrow("term 'MONTHLY' of scheme 'eu' maps to 1, not a string");
    expect(bad({ schemes: { eu: { terms: { MONTHLY: 'monthly' } } } })).toThrow("maps to 'monthly', which is neither an ISO 8601 duration nor 'none'");
    expect(bad({ schemes: { eu: { terms: { NOW: 'P0D' } } } })).toThrow("maps to the zero period 'P0D'");
    expect(bad({ schemes: { eu: { namespace: 'urn:x', terms: { A: 'P1D' } } } })).toThrow("the namespace of scheme 'eu' is not an http(s) URI");
    expect(bad({ schemes: { eu: { terms: { A: 'P1D', a: 'P1D' } } } })).toThrow("scheme 'eu' has the term 'a' twice (case ignored)");
    expect(bad({ schemes: { eu: { terms: { BIWEEKLY: 'P2W' } }, dc: { terms: { biweekly: 'P0.5W' } } } })).toThrow(
      "the term 'biweekly' means 'P0.5W' in scheme 'dc' but 'P2W' ('BIWEEKLY') in scheme 'eu'",
    );
    expect(compileFrequencyVocabulary({ schemes: { mine: { terms: { fortnightly: 'P2W' } } } }, 'x').schemes).toHaveLength(1);
  });

  it('is named by the bundled standard, whose freshness rules load with their defaults', () => {
    const standard = loadStandard(BUNDLED_STANDARD, checkRegistry());
    const rules = Object.fromEntries(standard.rules.filter((r) => r.category === 'freshness').map((r) => [r.id, r]));
    expect(Object.keys(rules).sort()).toEqual(['freshness/data-currency', 'freshness/modified', 'freshness/modified-timezone', 'freshness/overdue', 'freshness/update-frequency']);
    expect(rules['freshness/modified']!.severity).toBe('error');
    expect(rules['freshness/update-frequency']!.severity).toBe('error');
    expect(rules['freshness/overdue']!.severity).toBe('warning');
    expect(rules['freshness/data-currency']!.severity).toBe('warning');
    expect(rules['freshness/modified-timezone']!.severity).toBe('info');
    expect(rules['freshness/overdue']!.options).toEqual({ vocabulary: 'frequencies', graceFraction: 0.25, minimumGrace: 'P1D' });
    expect(rules['freshness/data-currency']!.options).toMatchObject({ maxLagPeriods: 3, minimumLag: 'P90D', reportFuture: true });
    for (const rule of Object.values(rules)) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
  });
});
