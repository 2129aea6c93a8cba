import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { show } from '../text.js';
import { compileSafe, type SafeRegExp } from '../../util/safe-regex.js';

/** Values match their field's pattern constraint. */
const check: Check = {
  id: 'pattern',
  description: "Values match their field's pattern.",
  docs: {
    rationale: "Table Schema's pattern constraint pins the shape of codes and identifiers, so 'VR2026-015' is caught before it fails a join on 'VR-2026-015'.",
    failing: 'VR2026-015 where the pattern is ^VR-\\d{4}-\\d{3}$.',
    passing: 'VR-2026-015',
  },
  messages: {
    noMatch: "{value} in field '{field}' does not match the pattern {pattern}",
  },
  hints: {
    trim: 'Remove the surrounding white space: {value} matches',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ report }) {
    let patterns: { column: number; name: string; source: string; re: SafeRegExp }[] | undefined;
    return {
      row(row) {
        patterns ??= row.columns.flatMap((c, i) => {
          const source = c?.compiled.field.constraints?.pattern;
          if (!c || typeof source !== 'string') return [];
          // Linear-time matching: a pattern from the data's metadata must not hang the run. metadata-valid reports a
          // pattern that is invalid or that the engine cannot run.
          const compiled = compileSafe(source, { anchored: true });
          return compiled.ok ? [{ column: i, name: c.compiled.name, source, re: compiled.re }] : [];
        });
        for (const p of patterns) {
          if (row.isMissing(p.column)) continue;
          const cell = row.cells[p.column]!;
          if (p.re.test(cell)) continue;
          // Fixed-width exports pad codes with spaces ('B1101   '): say so when the trimmed value would match.
          const trimmed = cell.trim();
          const hint = trimmed !== cell && p.re.test(trimmed) ? { id: 'trim', data: { value: show(trimmed) } } : undefined;
          report({ messageId: 'noMatch', data: { value: show(cell), field: p.name, pattern: p.source }, line: row.line, record: row.record, column: p.column + 1, field: p.name, hint });
        }
      },
    };
  },
};
export default check;
