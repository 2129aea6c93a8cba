import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

/** JSON data is a list of records. */
const check: Check = {
  id: 'json-structure',
  category: 'format',
  description: 'A JSON data file is a top-level array of record objects; an NDJSON file holds one object per line.',
  docs: {
    rationale: 'Tabular JSON (Frictionless "array of objects", JSON Lines) is only usable when every record is an object with named properties.',
    failing: '{"data": […]} at the top level, or an NDJSON line holding ["Vaal", 61.2].',
    passing: '[{"dam": "Vaal", "level": 61.2}, …] or one {"dam": …} per line.',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['json', 'ndjson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        for (const p of facts.jsonProblems) if (p.kind === 'structure') report({ line: p.line, column: p.column, message: p.message });
      },
    };
  },
};
export default check;
