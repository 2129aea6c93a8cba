import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID, valueKey } from '../../tableschema/cast.js';
import { show } from '../text.js';

/** The allowed values as a message lists them: cut short when long. */
function shorten(listed: string): string {
  return listed.length > 200 ? `${listed.slice(0, 199)}…` : listed;
}

/** Values are one of their field's enum constraint. */
const check: Check = {
  id: 'enum',
  module: import.meta.url,
  description: "Values are one of their field's enum values.",
  docs: {
    rationale: "Table Schema's enum constraint fixes a controlled vocabulary; a value outside it (often a spelling or case variant) splits one category into two.",
    failing: "'dental' where the enum is ['primary-care', 'maternal', 'chronic'].",
    passing: "'chronic'",
  },
  messages: {
    notAllowed: "{value} in field '{field}' is not one of the allowed values ({allowed})",
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    let enums: { column: number; name: string; allowed: Set<unknown>; listed: string; byLower: Map<string, string> }[] | undefined;
    return {
      row(row) {
        enums ??= row.columns.flatMap((c, i) => {
          const list = c?.compiled.field.constraints?.enum;
          if (!c || !Array.isArray(list)) return [];
          const allowed = new Set<unknown>();
          const byLower = new Map<string, string>();
          for (const v of list) {
            const cast = typeof v === 'string' ? c.compiled.cast(v) : v;
            allowed.add(valueKey(cast === INVALID ? v : cast));
            byLower.set(String(v).trim().toLowerCase(), String(v));
          }
          return [{ column: i, name: c.compiled.name, allowed, byLower, listed: shorten(list.map((v) => `'${String(v)}'`).join(', ')) }];
        });
        for (const e of enums) {
          const v = row.value(e.column);
          if (v === undefined || v === INVALID || e.allowed.has(valueKey(v))) continue;
          const cell = row.cells[e.column]!;
          const near = e.byLower.get(cell.trim().toLowerCase());
          report({ line: row.line, record: row.record, column: e.column + 1, field: e.name, messageId: 'notAllowed', data: { value: show(cell), field: e.name, allowed: e.listed }, hint: near ? `Did you mean '${near}'?` : undefined });
        }
      },
    };
  },
};
export default check;
