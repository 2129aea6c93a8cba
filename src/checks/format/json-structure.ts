import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import type { JsonStructureProblem, JsonType } from '../../model/facts.js';

const WITH_ARTICLE: Record<JsonType, string> = {
  object: 'an object', array: 'an array', string: 'a string', number: 'a number', boolean: 'a boolean', null: 'null',
};

/** JSON data is a list of records. */
const check: Check = {
  id: 'json-structure',
  module: import.meta.url,
  description: 'A JSON data file is a top-level array of record objects; an NDJSON file holds one object per line.',
  docs: {
    rationale: 'Tabular JSON (Frictionless "array of objects", JSON Lines) is only usable when every record is an object with named properties.',
    failing: '{"data": […]} at the top level, or an NDJSON line holding ["Vaal", 61.2].',
    passing: '[{"dam": "Vaal", "level": 61.2}, …] or one {"dam": …} per line.',
  },
  messages: {
    recordNotObject: 'Record {record} is {type}, not an object: each record must be a JSON object \\{…\\}',
    notArray: 'The file is a JSON {type}, not an array of records. Put the records in a top-level array [ \\{…\\}, \\{…\\} ]',
    wrappedRecords: 'The file is a JSON object, not an array of records. Put the records in a top-level array [ \\{…\\}, \\{…\\} ]. The records were read from its "{key}" property.',
    wrapperHasMore: 'The top-level object has other properties after "{key}": only the records in "{key}" were read',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['json', 'ndjson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        for (const p of facts.jsonProblems) {
          if (p.kind === 'structure') report({ line: p.line, column: p.column, messageId: p.problem.id, data: dataOf(p.problem) });
        }
      },
    };
  },
};

function dataOf(p: JsonStructureProblem): Record<string, string | number> {
  switch (p.id) {
    case 'recordNotObject': return { record: p.record, type: WITH_ARTICLE[p.type] };
    case 'notArray': return { type: p.type };
    case 'wrappedRecords':
    case 'wrapperHasMore': return { key: p.key };
  }
}
export default check;
