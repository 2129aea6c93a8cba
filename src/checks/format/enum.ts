import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { INVALID, valueKey } from '../../tableschema/cast.js';
import { show } from '../text.js';

/** The allowed values as a message lists them: cut short when long. */
function shorten(listed: string): string {
  return listed.length > 200 ? `${listed.slice(0, 199)}…` : listed;
}

interface Allowed { allowed: Set<unknown>; listed: string; byLower: Map<string, string> }

/** The values a list allows, as keys of their cast values, with their listing for messages and a case-blind index. */
function allowedValues(list: readonly unknown[], cast: (cell: string) => unknown): Allowed {
  const allowed = new Set<unknown>();
  const byLower = new Map<string, string>();
  for (const v of list) {
    const value = typeof v === 'string' ? cast(v) : v;
    allowed.add(valueKey(value === INVALID ? v : value));
    byLower.set(String(v).trim().toLowerCase(), String(v));
  }
  return { allowed, byLower, listed: shorten(list.map((v) => `'${String(v)}'`).join(', ')) };
}

/** Values are one of their field's enum constraint, and of its categories (Table Schema v2). */
const check: Check = {
  id: 'enum',
  hints: {
    didYouMean: "Did you mean '{value}'?",
  },
  module: import.meta.url,
  // Pinned in every JSON report's list of rules; the rationale says that categories count too.
  description: "Values are one of their field's enum values.",
  docs: {
    rationale: "Table Schema's enum constraint fixes a controlled vocabulary; a value outside it (often a spelling or case variant) splits one category into two. Table Schema v2 categories (plain values, or objects whose value is the category) restrict a field the same way, and are checked the same way.",
    failing: "'dental' where the enum is ['primary-care', 'maternal', 'chronic'].",
    passing: "'chronic'",
  },
  messages: {
    notAllowed: "{value} in field '{field}' is not one of the allowed values ({allowed})",
    notCategory: "{value} in field '{field}' is not one of its categories ({allowed})",
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    let lists: { column: number; name: string; enum?: Allowed; categories?: Allowed }[] | undefined;
    return {
      row(row) {
        lists ??= row.columns.flatMap((c, i) => {
          const list = c?.compiled.field.constraints?.enum;
          const categories = c?.compiled.field.categories;
          if (!c || (!Array.isArray(list) && !Array.isArray(categories))) return [];
          const cast = (cell: string) => c.compiled.cast(cell);
          return [{
            column: i,
            name: c.compiled.name,
            enum: Array.isArray(list) ? allowedValues(list, cast) : undefined,
            categories: Array.isArray(categories) ? allowedValues(categories, cast) : undefined,
          }];
        });
        for (const e of lists) {
          const v = row.value(e.column);
          if (v === undefined || v === INVALID) continue;
          // The spec requires enum values to be categories too: a value outside both is reported once, as the enum's.
          const key = valueKey(v);
          const failed = e.enum && !e.enum.allowed.has(key) ? e.enum : e.categories && !e.categories.allowed.has(key) ? e.categories : undefined;
          if (!failed) continue;
          const messageId = failed === e.enum ? 'notAllowed' : 'notCategory';
          const cell = row.cells[e.column]!;
          const near = failed.byLower.get(cell.trim().toLowerCase());
          report({ line: row.line, record: row.record, column: e.column + 1, field: e.name, messageId, data: { value: show(cell), field: e.name, allowed: failed.listed }, hint: near ? { id: 'didYouMean', data: { value: near } } : undefined });
        }
      },
    };
  },
};
export default check;
