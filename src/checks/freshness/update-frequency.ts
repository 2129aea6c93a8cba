import { ADD_FREQUENCY_HINTS, addHint, WRITE_FREQUENCY_HINT } from '../metadata-hints.js';
import type { Check } from '../../model/check.js';
import { show } from '../text.js';
import { declaredText, readFrequency, ruleVocabulary, VOCABULARY_OPTION } from '../../freshness/frequency.js';
import { freshnessSubjects, hasDescriptor, inheritorsData, PERIODICITY, positionOf, subjectMessage } from '../../freshness/metadata.js';

interface Options { vocabulary: string }


/** The package (or a resource overriding it) declares how often it is updated, in a form odlint understands. */
const check: Check<Options> = {
  id: 'update-frequency',
  description: "The package (or each resource that overrides it) declares its update frequency, 'accrualPeriodicity', as an ISO 8601 repeating duration (R/P1M), an EU frequency code or URI (MONTHLY), or a Dublin Core frequency term (monthly); IRREG or irregular when there is no schedule.",
  docs: {
    rationale:
      "Without a declared frequency users cannot tell when to expect the next release, and nobody can tell whether the data is overdue (Open Data Charter principle 2, Timely). DCAT-AP takes dct:accrualPeriodicity from the EU frequency vocabulary, Project Open Data from ISO 8601 repeating durations (R/P1M) and 'irregular', the Dublin Core collection frequency vocabulary has terms such as 'monthly'; the standard's frequency vocabulary lists them all with their periods. Terms are matched exactly, then ignoring case; any other R/<duration> is read generically (R/P0.5M, R/PT1H). 'accrualPeriodicity' is read from the resource first, then the package.",
    failing: 'No accrualPeriodicity, or "accrualPeriodicity": "every month", "P1M" (a duration, not a repeating one), "R/P0D".',
    passing: '"accrualPeriodicity": "R/P1M", "MONTHLY", "http://publications.europa.eu/resource/authority/frequency/QUARTERLY", "annual", "http://purl.org/cld/freq/monthly", "IRREG".',
  },
  messages: {
    missing: "The package declares no update frequency ('accrualPeriodicity')",
    inheritorsMissing: "{count, plural, one {Resource} other {Resources}} {resources} {count, plural, one {declares} other {declare}} no update frequency ('accrualPeriodicity'), and the package gives none",
    unrecognised: "'accrualPeriodicity' is {value}, which is not a recognised update frequency",
    unrecognisedBecause: "'accrualPeriodicity' is {value}, which is not a recognised update frequency: {reason}",
    resourceUnrecognised: "{resource}: 'accrualPeriodicity' is {value}, which is not a recognised update frequency",
    resourceUnrecognisedBecause: "{resource}: 'accrualPeriodicity' is {value}, which is not a recognised update frequency: {reason}",
  },
  hints: {
    write: WRITE_FREQUENCY_HINT,
    ...ADD_FREQUENCY_HINTS,
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { vocabulary: VOCABULARY_OPTION },
  },
  prepare(ctx) {
    ruleVocabulary(ctx);
  },
  checkDataset(ctx) {
    const { dataset, report } = ctx;
    if (!hasDescriptor(dataset)) return;
    const vocabulary = ruleVocabulary(ctx);
    for (const subject of freshnessSubjects(dataset, [PERIODICITY], { packageValueUnused: true })) {
      const declared = subject.values[PERIODICITY];
      if (!declared) {
        report({
          ...positionOf(dataset, subject.pointer),
          ...(subject.overridden ? { messageId: 'inheritorsMissing', data: inheritorsData(subject) } : { messageId: 'missing' }),
          hint: addHint(dataset.form),
        });
        continue;
      }
      const f = readFrequency(declared.value, vocabulary);
      if (f.kind !== 'unknown') continue;
      const value = show(declaredText(declared.value), 120);
      report({
        ...positionOf(dataset, declared.pointer),
        ...(f.reason
          ? subjectMessage(subject, 'unrecognisedBecause', 'resourceUnrecognisedBecause', { value, reason: f.reason })
          : subjectMessage(subject, 'unrecognised', 'resourceUnrecognised', { value })),
        hint: { id: 'write' },
      });
    }
  },
};
export default check;
