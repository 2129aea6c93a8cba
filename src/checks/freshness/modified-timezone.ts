import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { show } from '../text.js';
import { freshnessSubjects, hasDescriptor, MODIFIED, positionOf, subjectMessage } from '../../freshness/metadata.js';
import { readModified } from './modified.js';

/** A last-modified date-time names its time zone. */
const check: Check = {
  id: 'modified-timezone',
  description: 'A last-modified date-time gives its time zone (Z or an offset); odlint reads one without a zone as UTC.',
  docs: {
    rationale:
      "A date-time without a zone is ambiguous by up to 14 hours. CKAN's metadata_modified and many exports write local times without one; odlint accepts them as UTC (freshness/modified does not fail them), so this is only a note. A date without a time needs no zone.",
    failing: '"modified": "2026-11-10T08:30:00"',
    passing: '"modified": "2026-11-10T08:30:00+02:00", "modified": "2026-11-10T06:30:00Z" or "modified": "2026-11-10"',
  },
  messages: {
    noTimeZone: "'modified' is {value}, a date-time without a time zone; odlint reads it as UTC",
    resourceNoTimeZone: "{resource}: 'modified' is {value}, a date-time without a time zone; odlint reads it as UTC",
  },
  hints: {
    addZone: "Add 'Z' for UTC or the offset of the local time, e.g. {value}+02:00",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    if (!hasDescriptor(dataset)) return;
    for (const subject of freshnessSubjects(dataset, [MODIFIED], { packageValueUnused: true })) {
      const declared = subject.values[MODIFIED];
      if (!declared) continue;
      const parsed = readModified(declared.value);
      if (!parsed.ok || parsed.kind !== 'datetime' || parsed.zone) continue;
      report({
        ...positionOf(dataset, declared.pointer),
        ...subjectMessage(subject, 'noTimeZone', 'resourceNoTimeZone', { value: show(String(declared.value)) }),
        hint: { id: 'addZone', data: { value: String(declared.value) } },
      });
    }
  },
};
export default check;
