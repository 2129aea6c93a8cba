import { ADD_MODIFIED_HINTS, addHint } from '../metadata-hints.js';
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { show } from '../text.js';
import { DAY_MS, parseIsoInstant } from '../../freshness/dates.js';
import { freshnessSubjects, hasDescriptor, inheritorsData, MODIFIED, positionOf, subjectMessage } from '../../freshness/metadata.js';

/** Reads a declared `modified` value: the instant, or why it is not one. */
export function readModified(value: unknown): ReturnType<typeof parseIsoInstant> {
  if (typeof value !== 'string') {
    return { ok: false, reason: `it is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`}, not a date written as a string` };
  }
  return parseIsoInstant(value);
}

/** The package (or a resource overriding it) gives a valid, past last-modified date. */
const check: Check = {
  id: 'modified',
  description: "The package (or each resource that overrides it) gives the date the data last changed, 'modified', as an ISO 8601 date or date-time that is not in the future.",
  docs: {
    rationale:
      "Users judge whether data is current from its last-modified date, and odlint can tell whether an update is overdue only from it. DCAT's dct:modified and Project Open Data's required 'modified' are ISO 8601 dates; a date in words or in a local order cannot be compared, and a date after today (the --now reference date) is a typo or a planned date, not the date of a change. 'modified' is read from the resource first, then the package; a problem in the package's value is reported once, not once per resource that inherits it. A date-time without a time zone is accepted and read as UTC (freshness/modified-timezone notes it).",
    failing: '{"name": "spending", "resources": […]} (no modified), "modified": "last Tuesday", "modified": "2026-13-01", or "modified": "2027-01-05" linted with --now 2026-11-27.',
    passing: '"modified": "2026-11-10" or "modified": "2026-11-10T08:30:00+02:00" on the package (or on a resource, which then overrides the package).',
  },
  messages: {
    missing: "The package declares no last-modified date ('modified')",
    inheritorsMissing: "{count, plural, one {Resource} other {Resources}} {resources} {count, plural, one {declares} other {declare}} no last-modified date ('modified'), and the package gives none",
    invalid: "'modified' is {value}, which is not a valid date: {reason}",
    resourceInvalid: "{resource}: 'modified' is {value}, which is not a valid date: {reason}",
    future: "'modified' is {value}, after the reference date {now}: the last change cannot be in the future",
    resourceFuture: "{resource}: 'modified' is {value}, after the reference date {now}: the last change cannot be in the future",
  },
  hints: {
    writeDate: 'Write the date the data last changed as YYYY-MM-DD, or as a date-time such as 2026-11-10T08:30:00Z',
    checkYear: 'Give the date the data last changed (check the year); when linting ahead of publication, set --now to the publication date',
    ...ADD_MODIFIED_HINTS,
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, now, nowMs: today, report }) {
    if (!hasDescriptor(dataset)) return;
    for (const subject of freshnessSubjects(dataset, [MODIFIED], { packageValueUnused: true })) {
      const declared = subject.values[MODIFIED];
      if (!declared) {
        report({
          ...positionOf(dataset, subject.pointer),
          ...(subject.overridden ? { messageId: 'inheritorsMissing', data: inheritorsData(subject) } : { messageId: 'missing' }),
          hint: addHint(dataset.form),
        });
        continue;
      }
      const at = positionOf(dataset, declared.pointer);
      const parsed = readModified(declared.value);
      if (!parsed.ok) {
        const shown = typeof declared.value === 'string' ? show(declared.value) : show(JSON.stringify(declared.value) ?? String(declared.value));
        report({
          ...at,
          ...subjectMessage(subject, 'invalid', 'resourceInvalid', { value: shown, reason: parsed.reason }),
          hint: { id: 'writeDate' },
        });
        continue;
      }
      if (parsed.ms >= today + DAY_MS) {
        report({
          ...at,
          ...subjectMessage(subject, 'future', 'resourceFuture', { value: show(String(declared.value)), now }),
          hint: { id: 'checkYear' },
        });
      }
    }
  },
};
export default check;
