import type { Check } from '../../model/check.js';
import { normaliseLabel } from '../../tableschema/binding.js';
import { show } from '../text.js';
import { closest } from '../../util/edit-distance.js';

type Mode = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

/** The header row matches the schema's fields. */
const check: Check = {
  id: 'header-schema',
  hints: {
    fields: "The schema's fields are: {names}",
    renameColumn: 'Column {column} is called {label}: rename it, or update the schema',
    addColumn: 'Add the column, or remove the field from the schema',
    didYouMean: "Did you mean '{name}'?",
    addField: 'Add the field to the schema, or remove the column',
    reorder: "Reorder the columns as {names}, or reorder the schema's fields",
  },
  module: import.meta.url,
  description: "The header row names the schema's fields — none missing, none extra, in order.",
  docs: {
    rationale: 'Table Schema describes columns by name and position; a renamed, missing or moved column means the published schema no longer describes the file, as seen when spending series drift between quarters.',
    failing: 'Schema fields id, supplier, amount; header id, amount, supplier_name.',
    passing: 'Header id, supplier, amount.',
  },
  messages: {
    noMatch: 'No column of the header matches a field of the schema',
    missingField: "The schema's field '{field}' is missing from the header",
    extraColumn: 'Column {column} {label} is not a field of the schema',
    outOfOrder: "The columns are not in the schema's order: {moves}",
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { fieldsMatch: { enum: ['exact', 'equal', 'subset', 'superset', 'partial'], default: 'exact', description: "Used when the schema does not set fieldsMatch itself." } },
  },
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ resource, options, report }) {
    return {
      header(h) {
        const fields = resource.schema?.fields;
        if (!fields || !Array.isArray(fields) || h.cells.length === 0 || h.fromSchema) return;
        const mode = (resource.schema?.fieldsMatch ?? options.fieldsMatch) as Mode;
        const names = fields.map((f) => f.name);
        const labels = h.cells.filter((c) => c.trim() !== '');
        const nameSet = new Set(names.map(normaliseLabel));
        const labelSet = new Set(labels.map(normaliseLabel));
        const missing = names.filter((n) => !labelSet.has(normaliseLabel(n)));
        const extraCols = h.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.trim() !== '' && !nameSet.has(normaliseLabel(c)));
        if (mode === 'partial') {
          if (labels.every((l) => !nameSet.has(normaliseLabel(l)))) report({ line: h.line, messageId: 'noMatch', hint: { id: 'fields', data: { names: names.join(', ') } } });
          return;
        }
        if (mode !== 'superset') {
          for (const n of missing) report({ line: h.line, field: n, messageId: 'missingField', data: { field: n }, hint: extraCols.length === 1 ? { id: 'renameColumn', data: { column: extraCols[0]!.i + 1, label: show(extraCols[0]!.c) } } : { id: 'addColumn' } });
        }
        if (mode !== 'subset') {
          for (const { c, i } of extraCols) {
            const near = missing.length === 1 ? missing[0] : closest(c, missing);
            report({ line: h.line, column: i + 1, field: c, messageId: 'extraColumn', data: { column: i + 1, label: show(c) }, hint: near ? { id: 'didYouMean', data: { name: near } } : { id: 'addField' } });
          }
        }
        if (mode === 'exact' && missing.length === 0 && extraCols.length === 0) {
          // Compare the named columns in order, keeping each one's real position for the message.
          const named = h.cells.map((c, i) => ({ label: normaliseLabel(c), i })).filter(({ label }) => label !== '');
          const expected = names.map(normaliseLabel);
          const moved = named.map((n, k) => ({ ...n, k })).filter(({ label, k }) => expected[k] !== label);
          if (moved.length) {
            report({
              line: h.line,
              column: moved[0]!.i + 1,
              messageId: 'outOfOrder',
              data: { moves: moved.map(({ i, k }) => `column ${i + 1} is '${h.cells[i]!.trim()}' where the schema has '${names[k]}'`).join('; ') },
              hint: { id: 'reorder', data: { names: names.join(', ') } },
            });
          }
        }
      },
    };
  },
};
export default check;
