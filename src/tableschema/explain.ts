// Explanations shared by every type: the cold path, only after a cast failed.
import type { HintRef } from '../model/check.js';
import { INVALID } from './type-impl.js';

/** Cells that people put where a value is missing. Compared case-insensitively after trimming. */
const MISSING_MARKERS: ReadonlySet<string> = new Set([
  'n/a', 'na', 'n.a.', 'n.a', '#n/a', 'n/d', 'nd', 'n.d.', 'null', 'nil', 'none', 'nan', '-', '--', '---', '\u2013',
  '\u2014', '.', '..', '...', '?', '??', '???', ':', '*', 'missing', 'unknown', 'not available', 'not applicable',
  'tbd', 'tba', 'blank', '(blank)', 'empty', 's/o', 'k.a.', 'k. a.',
]);

const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set([
  '#div/0!', '#value!', '#ref!', '#name?', '#num!', '#null!', '#error!', '#######', '#spill!', '#calc!',
]);

/** A cell as messages quote it, cut to 60 characters. */
export function quote(cell: string): string {
  const s = cell.length > 60 ? `${cell.slice(0, 57)}…` : cell;
  return `'${s}'`;
}

/** The reasons that hold for every type (white space, missing-value markers, spreadsheet errors), else the type's own. */
export function explainCell(
  cell: string,
  cast: (cell: string) => unknown,
  specific: ((cell: string) => HintRef | undefined) | undefined,
): HintRef | undefined {
  const trimmed = cell.trim();
  if (trimmed !== cell) {
    if (trimmed === '') return { id: 'explain.onlyWhiteSpace' };
    if (cast(trimmed) !== INVALID) return { id: 'explain.outerWhiteSpace', data: { value: quote(cell) } };
  }
  const lower = trimmed.toLowerCase();
  if (MISSING_MARKERS.has(lower)) return { id: 'explain.missingMarker', data: { value: quote(cell) } };
  if (SPREADSHEET_ERRORS.has(lower)) return { id: 'explain.spreadsheetError', data: { value: quote(cell) } };
  return specific ? specific(cell) : undefined;
}
