import { NO_OPTIONS } from '../check.js';
import type { Check, HintRef } from '../../model/check.js';
import type { JsonStructureProblem, JsonType } from '../../model/facts.js';
import { formatByteSize } from '../../util/byte-size.js';

const WITH_ARTICLE: Record<JsonType, string> = {
  object: 'an object', array: 'an array', string: 'a string', number: 'a number', boolean: 'a boolean', null: 'null',
};

/** JSON data is a list of records. */
const check: Check = {
  id: 'json-structure',
  hints: {
    ...Object.fromEntries(Object.entries(WITH_ARTICLE).map(([type, words]) => [`type.${type}`, words])),
    keepOne: 'Keep one "{key}" in the object, with the value meant',
    raiseLimit: 'If records this large are intended, raise the limit: --max-record-bytes 256MiB, or maxRecordBytes in the config',
    looksGeo: 'It looks like {name}: name it .{format} or declare "format": "{format}", and odlint checks it as such',
  },
  module: import.meta.url,
  description: 'A JSON data file is a top-level array of records, and an NDJSON file one record per line: objects, or arrays after a first array that names the columns.',
  docs: {
    rationale: 'Tabular JSON (Frictionless "array of objects" or "array of arrays" with a header row, JSON Lines) is only usable when every record has the same shape: an object with named properties, or an array of values in the order the header row names them.',
    failing: '{"data": […]} at the top level, an NDJSON line holding ["Vaal", 61.2] among objects, or an object among rows that are arrays.',
    passing: '[{"dam": "Vaal", "level": 61.2}, …], or [["dam", "level"], ["Vaal", 61.2], …], or one {"dam": …} per line.',
  },
  messages: {
    recordNotObject: 'Record {record} is {type}, not an object: each record must be a JSON object \\{…\\}',
    recordNotArray: "Row {record} is {type}, not an array: the file's first record is a header row (an array of column names), so each row after it must be an array of values",
    headerNotString: 'The header row (the first array) holds {type} at position {position} ({value}): column names must be strings',
    notArray: 'The file is a JSON {type}, not an array of records. Put the records in a top-level array [ \\{…\\}, \\{…\\} ]',
    wrappedRecords: 'The file is a JSON object, not an array of records. Put the records in a top-level array [ \\{…\\}, \\{…\\} ]. The records were read from its "{key}" property.',
    wrapperHasMore: 'The top-level object has other properties after "{key}": only the records in "{key}" were read',
    duplicateKey: 'The key "{key}" is written more than once in one object: JSON readers keep one of its values (most keep the last) and drop the others',
    // Over the record size limit (--max-record-bytes): memory stays bounded whatever the file holds.
    recordTooLarge: 'Record {record} is longer than {maxSize}, the record size limit: it was skipped',
    valueTooLarge: 'The top-level value is longer than {maxSize}, the record size limit: it was not read',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['json', 'ndjson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        for (const p of facts.jsonProblems) {
          if (p.kind !== 'structure') continue;
          const messageId = p.problem.id === 'recordTooLarge' && p.problem.record === undefined ? 'valueTooLarge' : p.problem.id;
          const typed = p.problem.id === 'recordNotObject' || p.problem.id === 'recordNotArray' || p.problem.id === 'headerNotString';
          report({ line: p.line, column: p.column, messageId, data: dataOf(p.problem), words: typed ? { type: { id: `type.${(p.problem as { type: JsonType }).type}` } } : undefined, hint: hintOf(p.problem) });
        }
      },
    };
  },
};

/** A GeoJSON or TopoJSON document named or declared as JSON data: how to have it checked as what it is. */
function hintOf(p: JsonStructureProblem): HintRef | undefined {
  if (p.id === 'duplicateKey') return { id: 'keepOne', data: { key: p.key } };
  if (p.id === 'recordTooLarge') return { id: 'raiseLimit' };
  const kind = p.id === 'notArray' ? p.looksLike : p.id === 'wrappedRecords' && p.key === 'features' ? 'geojson' : undefined;
  if (!kind) return undefined;
  return { id: 'looksGeo', data: { name: kind === 'geojson' ? 'GeoJSON' : 'TopoJSON', format: kind } };
}

function dataOf(p: JsonStructureProblem): Record<string, string | number> {
  switch (p.id) {
    case 'recordNotObject':
    case 'recordNotArray': return { record: p.record, type: WITH_ARTICLE[p.type] };
    case 'headerNotString': return { position: p.position, type: WITH_ARTICLE[p.type], value: p.value };
    case 'notArray': return { type: p.type };
    case 'wrappedRecords':
    case 'wrapperHasMore':
    case 'duplicateKey': return { key: p.key };
    case 'recordTooLarge': return { ...(p.record === undefined ? {} : { record: p.record }), maxSize: formatByteSize(p.maxRecordBytes) };
  }
}
export default check;
