import type { ValidateFunction } from 'ajv';
import type { Check } from '../../model/check.js';
import { createAjv } from '../../util/ajv.js';

/** JSON records meet the JSON Schema the resource declares. */
const check: Check = {
  id: 'json-schema',
  module: import.meta.url,
  description: 'Each JSON record meets the JSON Schema its resource declares, when it declares one.',
  docs: {
    rationale: 'When a publisher describes JSON records with JSON Schema, the records must meet it for consumers that rely on it.',
    failing: 'A record {"level": "high"} where the JSON Schema says level is a number.',
    passing: '{"level": 61.2}',
  },
  messages: {
    uncompilable: "The resource's JSON Schema cannot be compiled: {reason}",
    invalidRecord: 'The record {problem} (JSON Schema {keyword})',
    invalidProperty: "'{property}' {problem} (JSON Schema {keyword})",
  },
  optionsSchema: { type: 'object', additionalProperties: false, properties: { maxErrorsPerRecord: { type: 'integer', minimum: 1, default: 3 } } },
  formats: ['json', 'ndjson'],
  createFileVisitor({ resource, options, report }) {
    if (!resource.jsonSchema) return {};
    let validate: ValidateFunction | undefined;
    try {
      validate = createAjv().compile(resource.jsonSchema);
    } catch (err) {
      report({ file: undefined, messageId: 'uncompilable', data: { reason: (err as Error).message } });
      return {};
    }
    return {
      row(row) {
        if (validate!(row.object)) return;
        for (const e of (validate!.errors ?? []).slice(0, options.maxErrorsPerRecord as number)) {
          const problem = e.message ?? 'is invalid';
          const position = { line: row.line, record: row.record, field: e.instancePath.split('/')[1] };
          if (e.instancePath) report({ ...position, messageId: 'invalidProperty', data: { property: e.instancePath.slice(1).replace(/\//g, '.'), problem, keyword: e.keyword } });
          else report({ ...position, messageId: 'invalidRecord', data: { problem, keyword: e.keyword } });
        }
      },
    };
  },
};
export default check;
