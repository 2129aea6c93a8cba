// The shared freshness modules: strict ISO 8601 dates, durations, the frequency vocabulary and the overdue arithmetic.
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/checks/index.js';
import { BUNDLED_STANDARD, loadStandard } from '../../src/standard/load.js';
import { OdlintError } from '../../src/util/errors.js';
import { DAY_MS, describeAge, nowMs, parseIsoInstant, utcMs } from '../../src/freshness/dates.js';
import { describeDuration, durationDays, MONTH_DAYS, parseDuration, YEAR_DAYS } from '../../src/freshness/duration.js';
import { compileFrequencyVocabulary, loadFrequencyVocabulary, readFrequency, type Frequency } from '../../src/freshness/frequency.js';
import { formatTemporal, graceDays, maximumLagDays, overdue, periodBounds } from '../../src/freshness/overdue.js';
import { bundledVocabularyMap } from '../helpers/lint-files.js';

const vocabulary = loadFrequencyVocabulary(bundledVocabularyMap(), 'frequencies');
const read = (v: unknown): Frequency => readFrequency(v, vocabulary);
const days = (v: unknown): number | 'none' | 'unknown' => {
  const f = read(v);
  return f.kind === 'period' ? f.days : f.kind;
};

describe('parseIsoInstant', () => {
  it('reads dates and date-times in UTC', () => {
    expect(parseIsoInstant('2026-11-05')).toEqual({ ok: true, ms: Date.UTC(2026, 10, 5), kind: 'date', zone: true });
    expect(parseIsoInstant('2026-11-05T08:30:00Z')).toEqual({ ok: true, ms: Date.UTC(2026, 10, 5, 8, 30), kind: 'datetime', zone: true });
    expect(parseIsoInstant('2026-11-05T08:30:00+02:00')).toMatchObject({ ok: true, ms: Date.UTC(2026, 10, 5, 6, 30), zone: true });
    expect(parseIsoInstant('2026-11-05T08:30-0130')).toMatchObject({ ok: true, ms: Date.UTC(2026, 10, 5, 10, 0) });
    expect(parseIsoInstant('2026-11-05 08:30:00.5')).toMatchObject({ ok: true, ms: Date.UTC(2026, 10, 5, 8, 30, 0, 500), zone: false });
    expect(parseIsoInstant('2024-02-29')).toMatchObject({ ok: true });
    expect(parseIsoInstant('2000-02-29')).toMatchObject({ ok: true });
    expect(parseIsoInstant('0099-01-01')).toMatchObject({ ok: true, ms: utcMs(99, 1, 1) });
    expect(new Date(utcMs(99, 1, 1)).getUTCFullYear()).toBe(99);
  });

  it('rejects what is not a full ISO 8601 date, with the reason', () => {
    const reason = (s: string) => {
      const p = parseIsoInstant(s);
      return p.ok ? 'ok' : p.reason;
    };
    expect(reason('last Tuesday')).toBe('it is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)');
    expect(reason('2026-13-01')).toBe('there is no month 13');
    expect(reason('2026-00-10')).toBe('there is no month 0');
    expect(reason('2026-02-29')).toBe('February 2026 has no day 29');
    expect(reason('1900-02-29')).toBe('February 1900 has no day 29');
    expect(reason('2026-04-31')).toBe('April 2026 has no day 31');
    expect(reason('2026-04-00')).toBe('there is no day 0');
    expect(reason('2026-11-05T24:00:00Z')).toBe('there is no hour 24 (hours run from 00 to 23)');
    expect(reason('2026-11-05T10:60:00Z')).toBe('there is no minute 60');
    expect(reason('2026-11-05T10:00:60Z')).toBe('there is no second 60');
    expect(reason('2026-11-05T10:00:00+25:00')).toBe("'+25:00' is not a valid time zone offset");
    expect(reason('2026-11')).toBe('it gives a month, not a day (write YYYY-MM-DD)');
    expect(reason('2026')).toBe('it gives a year, not a day (write YYYY-MM-DD)');
    expect(reason('20261105')).toBe('it uses the basic format without hyphens (write YYYY-MM-DD)');
    expect(reason('5/11/2026')).toBe('the order of day and month is ambiguous (write YYYY-MM-DD)');
    expect(reason('2026/11/05')).toBe('it uses slashes (write YYYY-MM-DD)');
    expect(reason('2026-11-5')).toBe('months and days need two digits (write YYYY-MM-DD)');
    expect(reason(' 2026-11-05')).toBe('it has leading or trailing white space');
    expect(reason('')).toBe('it is empty');
    expect(reason('R/P1D')).toBe('it is a repeating interval (an update frequency), not the date of the last change');
  });

  it('describes ages in days, months and years', () => {
    const now = nowMs('2026-11-27');
    expect(describeAge(utcMs(2026, 11, 26), now)).toBe('1 day');
    expect(describeAge(utcMs(2026, 10, 1), now)).toBe('57 days');
    expect(describeAge(utcMs(2025, 9, 1), now)).toBe('14 months');
    expect(describeAge(utcMs(2025, 9, 28), now)).toBe('13 months');
    expect(describeAge(utcMs(2022, 1, 1), now)).toBe('4 years');
    expect(() => nowMs('27/11/2026')).toThrow();
  });
});

describe('durations', () => {
  it('measures calendar units by the mean Gregorian year', () => {
    expect(MONTH_DAYS).toBe(30.436875);
    expect(YEAR_DAYS).toBe(365.2425);
    expect(durationDays(parseDuration('P1M')!)).toBe(30.436875);
    expect(durationDays(parseDuration('P3M')!)).toBeCloseTo(91.310625, 9);
    expect(durationDays(parseDuration('P1Y')!)).toBe(365.2425);
    expect(durationDays(parseDuration('P1W')!)).toBe(7);
    expect(durationDays(parseDuration('PT1H')!)).toBeCloseTo(1 / 24, 12);
    expect(durationDays(parseDuration('P0.5M')!)).toBeCloseTo(15.2184375, 9);
    expect(durationDays(parseDuration('P0,5M')!)).toBeCloseTo(15.2184375, 9);
    expect(durationDays(parseDuration('P0.33W')!)).toBeCloseTo(2.31, 9);
    expect(durationDays(parseDuration('P1DT12H')!)).toBe(1.5);
    expect(durationDays(parseDuration('P2DT8H')!)).toBeCloseTo(7 / 3, 9);
  });

  it('rejects what is not an ISO 8601 duration', () => {
    for (const s of ['P', 'PT', 'P1Q', '1M', 'P1.5Y2M', 'P1MT', 'p1m', 'P-1M', 'P1H', 'PT1D']) expect(parseDuration(s), s).toBeUndefined();
  });

  it('words periods for messages', () => {
    const words = (s: string) => describeDuration(parseDuration(s)!);
    expect(words('P1M')).toBe('monthly');
    expect(words('P3M')).toBe('quarterly');
    expect(words('P1Y')).toBe('annually');
    expect(words('P1W')).toBe('weekly');
    expect(words('P1D')).toBe('daily');
    expect(words('PT1H')).toBe('hourly');
    expect(words('P2W')).toBe('every 2 weeks');
    expect(words('P0.5M')).toBe('twice a month');
    expect(words('P0.33W')).toBe('3 times a week');
    expect(words('PT15M')).toBe('every 15 minutes');
    expect(words('P3DT12H')).toBe('every 3 days 12 hours');
  });
});

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
    expect(read('P1M')).toEqual({ kind: 'unknown', reason: 'it is a duration, not a repeating interval (write R/P1M)' });
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

describe('overdue arithmetic', () => {
  it('gives a grace of a fraction of the period, at least the minimum', () => {
    expect(graceDays(MONTH_DAYS, 0.25, 1)).toBeCloseTo(7.609, 3);
    expect(graceDays(1, 0.25, 1)).toBe(1);
    expect(graceDays(YEAR_DAYS, 0.25, 1)).toBeCloseTo(91.31, 2);
  });

  it('is overdue only after modified + period + grace', () => {
    const modified = utcMs(2026, 11, 1);
    expect(overdue(modified, 7, 1, utcMs(2026, 11, 9)).overdue).toBe(false);
    expect(overdue(modified, 7, 1, utcMs(2026, 11, 9) + 1).overdue).toBe(true);
    expect(overdue(modified, 7, 1, 0).dueMs).toBe(modified + 7 * DAY_MS);
  });

  it('allows the newest row max(period x periods, minimum) of lag', () => {
    expect(maximumLagDays(MONTH_DAYS, 3, 90)).toBeCloseTo(91.31, 2);
    expect(maximumLagDays(7, 3, 90)).toBe(90);
  });

  it('turns temporal values into the bounds of their period', () => {
    const ym = 2025 * 12 + 8; // 2025-09
    expect(periodBounds('yearmonth', ym)).toEqual({ startMs: utcMs(2025, 9, 1), endMs: utcMs(2025, 9, 30) });
    expect(periodBounds('yearmonth', 2024 * 12 + 1)!.endMs).toBe(utcMs(2024, 2, 29));
    expect(periodBounds('year', 2025)).toEqual({ startMs: utcMs(2025, 1, 1), endMs: utcMs(2025, 12, 31) });
    expect(periodBounds('date', 20_000)).toEqual({ startMs: 20_000 * DAY_MS, endMs: 20_000 * DAY_MS });
    expect(periodBounds('datetime', 123)).toEqual({ startMs: 123, endMs: 123 });
    expect(periodBounds('string', 1)).toBeUndefined();
    expect(formatTemporal('yearmonth', ym)).toBe('2025-09');
    expect(formatTemporal('year', 2025)).toBe('2025');
    expect(formatTemporal('date', utcMs(2025, 9, 30) / DAY_MS)).toBe('2025-09-30');
    expect(formatTemporal('datetime', Date.UTC(2025, 8, 30, 10))).toBe('2025-09-30T10:00:00Z');
  });
});
