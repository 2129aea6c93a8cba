import type { Check } from '../../model/check.js';
import type { Dataset, Resource } from '../../model/dataset.js';
import type { Field } from '../../model/table-schema.js';
import { OdlintError } from '../../util/errors.js';
import { isReadFile, resourceParts } from '../../util/resources.js';
import { DAY_MS, describeAge, describeDays } from '../../freshness/dates.js';
import { durationDays, parseDuration } from '../../freshness/duration.js';
import { declaredText, readFrequency, ruleVocabulary, VOCABULARY_OPTION } from '../../freshness/frequency.js';
import { declaredFor, hasDescriptor, PERIODICITY } from '../../freshness/metadata.js';
import { formatTemporal, maximumLagDays, periodBounds } from '../../freshness/overdue.js';

interface Options {
  vocabulary: string;
  fieldNames: string[];
  maxLagPeriods: number;
  minimumLag: string;
  reportFuture: boolean;
}

export const DEFAULT_FIELD_NAMES = ['period', 'reporting_period', 'period_end', 'reference_period', 'month', 'quarter', 'as_of', 'as_of_date', 'reference_date'];
const TEMPORAL_TYPES: ReadonlySet<string> = new Set(['date', 'datetime', 'yearmonth', 'year']);

/** Whether a schema field holds the period its rows describe (see the docs below). */
export function isPeriodField(field: Field, type: string, names: ReadonlySet<string>): boolean {
  if (!TEMPORAL_TYPES.has(type)) return false;
  if (field.temporal === true) return true;
  if (field.temporal === false) return false;
  return names.has(field.name.trim().toLowerCase());
}

function fieldType(field: Field): string {
  return typeof field.type === 'string' && field.type !== '' ? field.type : 'string';
}

/** The newest value of one period field, over every part of a resource. */
interface Newest { name: string; type: string; value: number; file: string; line: number; record: number; column: number }
interface ResourceState { remaining: number; newest: Map<string, Newest> }

function minimumLagDays(options: Options): number {
  const d = parseDuration(options.minimumLag);
  if (!d) {
    throw new OdlintError(`The option minimumLag '${options.minimumLag}' of the data-currency check is not an ISO 8601 duration.`, 'Write a duration such as P90D or P3M.');
  }
  return durationDays(d);
}

/** The files of a resource the engine reads (a multipart resource has several), as src/engine/lint.ts selects them. */
function readableParts(dataset: Dataset, resource: Resource): number {
  return resourceParts(dataset, resource.index).filter(isReadFile).length;
}

/** The newest period the rows describe is not far older than the update frequency suggests. */
const check: Check<Options> = {
  id: 'data-currency',
  description: 'The newest period the rows describe — a date, datetime, yearmonth or year field marked "temporal": true or named as in fieldNames — is no older than three update periods (at least 90 days) at the reference date.',
  docs: {
    rationale:
      "A dataset can be re-published on time and still hold only old figures: a 'monthly' dataset whose newest month is 14 months old misleads its users (Open Data Charter principle 2, Timely). A column is the period the rows describe when its schema field has \"temporal\": true (an odlint extension to Table Schema), or when its name (ignoring case) is one of the option fieldNames (period, reporting_period, period_end, reference_period, month, quarter, as_of, as_of_date, reference_date) and it does not say \"temporal\": false. Only fields typed date, datetime, yearmonth or year count, so a date such as a clinic's opening date (opened_date) is never taken for one. The newest value, collected in the same streaming pass as every other check, is turned into the last day of its period (a yearmonth into the last day of the month, a year into 31 December) and reported when now - newest > max(period x maxLagPeriods, minimumLag) (defaults 3 and P90D: a monthly dataset may lag three months, a daily one 90 days). With reportFuture, a newest period starting more than one update period after now is reported too (a typo in the year, usually). A heuristic, so a warning; irregular or unknown frequencies are not checked. The frequency is read from the resource's accrualPeriodicity, then the package's.",
    failing: 'A monthly (R/P1M) dataset whose yearmonth column month ends at 2025-09, linted with --now 2026-11-27.',
    passing: 'The same dataset with rows up to 2026-09 (whose last day is 58 days before 2026-11-27), an annual dataset whose newest year is 2025, or a clinics register whose only date is opened_date.',
  },
  messages: {
    stale: "The newest '{field}' is {newest} ({age} before {now}) although the dataset is updated {frequency} ('{declared}')",
    future: "The newest '{field}' is {newest}, more than one update period ({frequency}) after {now}",
  },
  hints: {
    addRecent: "Rows of a dataset updated {frequency} should reach to within {maxLag, plural, one {# day} other {# days}} of the reference date ({periods} periods, at least {minimumLag}): add the recent periods, or correct 'accrualPeriodicity'. If '{field}' is not the period the rows describe, give its schema field \"temporal\": false",
    checkYear: "Check the year of {value}. If the rows are forecasts or plans, set the rule option reportFuture to false, or give the field \"temporal\": false",
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      vocabulary: VOCABULARY_OPTION,
      fieldNames: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: DEFAULT_FIELD_NAMES,
        description: 'Field names (case ignored) that mark the period a row describes, besides fields with "temporal": true.',
      },
      maxLagPeriods: {
        type: 'number',
        exclusiveMinimum: 0,
        default: 3,
        description: 'How many update periods the newest row may lag behind the reference date.',
      },
      minimumLag: {
        type: 'string',
        pattern: '^P',
        default: 'P90D',
        description: 'The least lag allowed, as an ISO 8601 duration, for frequent updates whose figures come in later (a daily dataset of monthly statistics).',
      },
      reportFuture: {
        type: 'boolean',
        default: true,
        description: 'Also report a newest period that starts more than one update period after the reference date.',
      },
    },
  },
  formats: ['csv', 'json', 'ndjson'],
  prepare(ctx) {
    ruleVocabulary(ctx);
    minimumLagDays(ctx.options);
  },
  createFileVisitor(ctx) {
    const { dataset, resource, options, now, nowMs: today, report, shared } = ctx;
    if (!hasDescriptor(dataset)) return {};
    const declared = declaredFor(dataset, resource, PERIODICITY);
    if (!declared) return {};
    const frequency = readFrequency(declared.value, ruleVocabulary(ctx));
    if (frequency.kind !== 'period') return {};
    const names = new Set(options.fieldNames.map((n) => n.trim().toLowerCase()));
    const fields = resource.schema?.fields ?? [];
    // No row hook at all when no field qualifies: the engine then never calls this rule per row.
    if (!fields.some((f) => isPeriodField(f, fieldType(f), names))) return {};

    const key = `${dataset.metadataPath ?? dataset.name}#${resource.index}`;
    let state = shared.get(key) as ResourceState | undefined;
    if (!state) {
      state = { remaining: readableParts(dataset, resource), newest: new Map() };
      shared.set(key, state);
    }
    const resourceState = state;
    let tracked: { column: number; name: string; type: string; best: number; line: number; record: number }[] = [];

    return {
      header(header) {
        tracked = [];
        header.columns.forEach((c, column) => {
          if (c && isPeriodField(c.compiled.field, c.compiled.type, names)) {
            tracked.push({ column, name: c.compiled.name, type: c.compiled.type, best: -Infinity, line: 0, record: 0 });
          }
        });
      },
      row(row) {
        for (let k = 0; k < tracked.length; k++) {
          const t = tracked[k]!;
          const v = row.value(t.column);
          if (typeof v === 'number' && v > t.best) {
            t.best = v;
            t.line = row.line;
            t.record = row.record;
          }
        }
      },
      partState() {
        return tracked.map(({ best, line, record }) => ({ best, line, record }));
      },
      /** One part's newest values, in file order: a later part's value replaces only a strictly newer one, as rows do. */
      absorb(state) {
        (state as { best: number; line: number; record: number }[]).forEach((p, k) => {
          const t = tracked[k];
          if (t && p.best > t.best) Object.assign(t, p);
        });
      },
      end() {
        for (const t of tracked) {
          if (t.best === -Infinity) continue;
          const seen = resourceState.newest.get(t.name);
          if (!seen || t.best > seen.value) {
            resourceState.newest.set(t.name, { name: t.name, type: t.type, value: t.best, file: resource.file, line: t.line, record: t.record, column: t.column + 1 });
          }
        }
        resourceState.remaining--;
        if (resourceState.remaining > 0) return; // more parts of this resource to come
        const maxLag = maximumLagDays(frequency.days, options.maxLagPeriods, minimumLagDays(options));
        const declaredAs = declaredText(declared.value);
        for (const n of resourceState.newest.values()) {
          const bounds = periodBounds(n.type, n.value);
          if (!bounds) continue;
          const shown = formatTemporal(n.type, n.value);
          const at = { file: n.file, line: n.line, record: n.record, column: n.column, field: n.name };
          const lag = (today - bounds.endMs) / DAY_MS;
          if (lag > maxLag) {
            report({
              ...at,
              messageId: 'stale',
              data: { field: n.name, newest: shown, age: describeAge(bounds.startMs, today), now, frequency: frequency.words, declared: declaredAs },
              hint: { id: 'addRecent', data: { frequency: frequency.words, maxLag: Math.round(maxLag * 10) / 10, periods: options.maxLagPeriods, minimumLag: options.minimumLag, field: n.name } },
            });
          } else if (options.reportFuture && bounds.startMs > today + frequency.days * DAY_MS) {
            report({
              ...at,
              messageId: 'future',
              data: { field: n.name, newest: shown, frequency: frequency.words, now },
              hint: { id: 'checkYear', data: { value: shown } },
            });
          }
        }
      },
    };
  },
};
export default check;
