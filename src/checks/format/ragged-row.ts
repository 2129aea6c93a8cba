import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { isBlankRow } from '../rows.js';
import { show } from '../text.js';

/** Every row has as many cells as the header. */
const check: Check = {
  id: 'ragged-row',
  description: 'Every row has as many cells as the header row.',
  docs: {
    rationale: 'RFC 4180 requires the same number of fields on every line. An extra cell is usually an unquoted comma that shifts every later value into the wrong column.',
    failing: 'Header a,b,c and a row 1,2,3,4 (an unquoted comma in a note).',
    passing: '1,2,"3,4"',
  },
  messages: {
    extraCells: "Row has {cells} cells, {extra} more than the header's {width}: extra {values}",
    missingCells: "Row has {cells} cells, {missing} fewer than the header's {width}",
  },
  hints: {
    oneValuePerColumn: 'Give each row one value per column of the header row, in its order',
    unquotedDelimiter: 'A cell probably contains an unquoted delimiter: wrap that cell in quotes',
    addValues: 'Add the missing values (null if a value is unknown), so later columns stay aligned',
    addCells: 'Add the missing cells (empty if the value is unknown), so later columns stay aligned',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,
  createFileVisitor({ resource, report }) {
    let width = -1;
    let byName = false; // JSON records that are objects: their cells are the schema's fields, always all of them
    const json = resource.format !== 'csv';
    return {
      header(h) {
        byName = h.fromSchema === true;
        width = h.cells.length || resource.schema?.fields?.length || -1;
      },
      row(row) {
        if (byName) return;
        if (width < 0) width = row.cells.length;
        const n = row.cells.length;
        if (n === width || isBlankRow(row)) return;
        if (n > width) {
          const extra = row.cells.slice(width);
          const values = extra.slice(0, 3).map((c) => show(c)).join(', ');
          report({ messageId: 'extraCells', data: { cells: n, extra: n - width, width, values }, line: row.line, record: row.record, column: width + 1, hint: { id: json ? 'oneValuePerColumn' : 'unquotedDelimiter' } });
        } else {
          report({ messageId: 'missingCells', data: { cells: n, missing: width - n, width }, line: row.line, record: row.record, column: n + 1, hint: { id: json ? 'addValues' : 'addCells' } });
        }
      },
    };
  },
};
export default check;
