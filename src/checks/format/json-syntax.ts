import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';

/** JSON data files parse. */
const check: Check = {
  id: 'json-syntax',
  description: 'JSON, NDJSON, GeoJSON and TopoJSON data files are syntactically valid.',
  docs: {
    rationale: 'RFC 8259 JSON: a syntax error makes the whole file (or, for JSON Lines, the line) unreadable to every consumer.',
    failing: '{"dam": "Vaal", "level": 61.2',
    passing: '{"dam": "Vaal", "level": 61.2}',
  },
  messages: {
    // The reader's own description of the error (json-scanner, ndjson-scanner, json-error-location).
    syntaxError: '{reason}',
  },
  hints: {
    stopped: 'Reading stopped here: fix this error and lint again',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['json', 'ndjson', 'geojson', 'topojson'],
  createFileVisitor({ resource, report }) {
    return {
      facts(facts) {
        for (const p of facts.jsonProblems) {
          if (p.kind !== 'syntax') continue;
          report({ messageId: 'syntaxError', data: { reason: p.message }, line: p.line, column: p.column, hint: resource.format !== 'ndjson' ? { id: 'stopped' } : undefined });
        }
      },
    };
  },
};
export default check;
