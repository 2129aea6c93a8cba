// The linking breaks of a scorecard as a table: a row per department that fails to join, a column per thing it fails
// to join (departments, then registers, then unresolved references), for the HTML and Markdown reports.
import type { LinkingBreak } from '../model/scorecard.js';
import { compareText } from '../util/compare-text.js';

export interface LinkingColumn {
  kind: LinkingBreak['targetKind'];
  label: string;
}

export interface LinkingRow {
  department: string;
  /** Counts by column, in the order of the columns (0 where none). */
  counts: number[];
  total: number;
}

/** The breaks (sorted by department, kind and target, as the scorecard keeps them) as rows and columns. */
export function linkingMatrix(breaks: readonly LinkingBreak[]): { columns: LinkingColumn[]; rows: LinkingRow[] } {
  const order: Record<LinkingBreak['targetKind'], number> = { department: 0, register: 1, unresolved: 2 };
  const columns: LinkingColumn[] = [];
  const index = new Map<string, number>();
  const sorted = [...breaks].sort((x, y) => order[x.targetKind] - order[y.targetKind] || compareText(x.target, y.target));
  for (const b of sorted) {
    const key = `${b.targetKind}\u0000${b.target}`;
    if (!index.has(key)) {
      index.set(key, columns.length);
      columns.push({ kind: b.targetKind, label: b.target });
    }
  }
  const rows: LinkingRow[] = [];
  for (const b of breaks) {
    let row = rows.at(-1);
    if (row?.department !== b.department) rows.push((row = { department: b.department, counts: columns.map(() => 0), total: 0 }));
    row.counts[index.get(`${b.targetKind}\u0000${b.target}`)!] += b.count;
    row.total += b.count;
  }
  return { columns, rows };
}
