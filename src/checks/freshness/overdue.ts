import type { Check } from '../../model/check.js';
import { OdlintError } from '../../util/errors.js';
import { DAY_MS, describeDays, formatDay, formatInstant } from '../../freshness/dates.js';
import { durationDays, parseDuration } from '../../freshness/duration.js';
import { declaredText, readFrequency, ruleVocabulary, VOCABULARY_OPTION } from '../../freshness/frequency.js';
import { freshnessSubjects, hasDescriptor, MODIFIED, PERIODICITY, positionOf, subjectMessage } from '../../freshness/metadata.js';
import { graceDays, overdue } from '../../freshness/overdue.js';
import { readModified } from './modified.js';

interface Options { vocabulary: string; graceFraction: number; minimumGrace: string }

function minimumGraceDays(options: Options): number {
  const d = parseDuration(options.minimumGrace);
  if (!d) {
    throw new OdlintError(
      `The option minimumGrace '${options.minimumGrace}' of the overdue check is not an ISO 8601 duration.`,
      'Write a duration such as P1D (one day), PT12H or P1W.',
    );
  }
  return durationDays(d);
}

/** The data was updated within its declared period, plus grace. */
const check: Check<Options> = {
  id: 'overdue',
  description: "The data was updated on its declared schedule — the reference date is no later than 'modified' plus the update period plus a grace of 25% of the period (at least one day).",
  docs: {
    rationale:
      "Open Data Charter principle 2 asks for timely data, published on the schedule the publisher commits to; a 'monthly' dataset last modified five months ago breaks that promise, and its users act on stale figures. Overdue means now > modified + period + grace, measured from --now at 00:00 UTC. Months and years have their mean Gregorian length (P1M = 30.436875 days, P1Y = 365.2425 days). The grace defaults to 25% of the period, at least one day (graceFraction 0.25, minimumGrace P1D): schedules slip by days for monthly data and by weeks for annual data, so a fixed grace would be too tight for annual and too loose for daily data. Irregular, continuous, never and unknown frequencies have no schedule and are never overdue. Missing or invalid 'modified' and 'accrualPeriodicity' values are reported by freshness/modified and freshness/update-frequency, not here.",
    failing: '"modified": "2026-06-01", "accrualPeriodicity": "R/P1M" linted with --now 2026-11-27 (due 2026-07-01, deadline with grace 2026-07-09).',
    passing: '"modified": "2026-11-05", "accrualPeriodicity": "R/P1M"; or "accrualPeriodicity": "IRREG" with any date.',
  },
  messages: {
    overdue:
      "The package was last modified on {modified} and is updated {frequency} ('{declared}'): the next update was due on {due} and is {late, plural, one {# day} other {# days}} late at {now}",
    resourceOverdue:
      "{resource} was last modified on {modified} and is updated {frequency} ('{declared}'): the next update was due on {due} and is {late, plural, one {# day} other {# days}} late at {now}",
  },
  hints: {
    publish: "Publish the update and set 'modified' to its date, or correct 'accrualPeriodicity' if the schedule has changed. The standard allows {grace, plural, one {# day} other {# days}} of grace after the due date",
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      vocabulary: VOCABULARY_OPTION,
      graceFraction: {
        type: 'number',
        minimum: 0,
        maximum: 10,
        default: 0.25,
        description: 'Grace after the due date, as a fraction of the update period (0.25: a week for monthly data, three months for annual).',
      },
      minimumGrace: {
        type: 'string',
        pattern: '^P',
        default: 'P1D',
        description: 'The least grace, as an ISO 8601 duration, for short periods (daily, hourly) where the fraction gives almost none.',
      },
    },
  },
  prepare(ctx) {
    ruleVocabulary(ctx);
    minimumGraceDays(ctx.options);
  },
  checkDataset(ctx) {
    const { dataset, now, nowMs: today, options, report } = ctx;
    if (!hasDescriptor(dataset)) return;
    const vocabulary = ruleVocabulary(ctx);
    const minimum = minimumGraceDays(options);
    for (const subject of freshnessSubjects(dataset, [MODIFIED, PERIODICITY])) {
      const m = subject.values[MODIFIED];
      const p = subject.values[PERIODICITY];
      if (!m || !p) continue;
      const modified = readModified(m.value);
      if (!modified.ok || modified.ms >= today + DAY_MS) continue; // freshness/modified reports these
      const f = readFrequency(p.value, vocabulary);
      if (f.kind !== 'period') continue; // no schedule, or freshness/update-frequency reports it
      const grace = graceDays(f.days, options.graceFraction, minimum);
      const result = overdue(modified.ms, f.days, grace, today);
      if (!result.overdue) continue;
      const late = (today - result.dueMs) / DAY_MS;
      // Whole days from two days on; before that to a tenth of a day, as describeDays writes it ("1.5 days").
      const lateDays = late >= 2 ? Math.floor(late) : Math.round(late * 10) / 10;
      const due = f.days >= 1 ? formatDay(result.dueMs) : formatInstant(Math.floor(result.dueMs / 60_000) * 60_000);
      report({
        ...positionOf(dataset, m.pointer),
        ...subjectMessage(subject, 'overdue', 'resourceOverdue', { modified: String(m.value), frequency: f.words, declared: declaredText(p.value), due, late: lateDays, now }),
        hint: { id: 'publish', data: { grace: Math.round(grace * 10) / 10 } },
      });
    }
  },
};
export default check;
