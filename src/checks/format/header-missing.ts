import { NO_OPTIONS } from '../check.js';
import type { Check, HeaderInfo } from '../../model/check.js';
import { INVALID } from '../../tableschema/cast.js';
import { show } from '../text.js';
import { CLEARLY_DATA, LOOKS_LIKE_DATA } from '../../util/data-like.js';

/** The first line is a header row naming the columns. */
const check: Check = {
  id: 'header-missing',
  hints: {
    startArray: 'Start the array with a header row naming each column: [{names}]',
    addHeader: 'Add a header row: {names}',
    addHeaderOrDeclare: 'Add a header row naming each column, or declare "dialect": \\{"header": false\\} in the metadata',
  },
  module: import.meta.url,
  description: 'The file starts with exactly one header row naming its columns.',
  docs: {
    rationale: 'The UK tabular data standard asks for a single header row on line 1. Without it, the first record is mistaken for column names and lost from every analysis.',
    failing: 'A file starting "BUF,2015,http://…" with no header.',
    passing: 'A file starting "municipality_code,year,report_url".',
  },
  messages: {
    looksLikeData: 'The first line looks like data, not a header: {values} are values, not column names',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ resource, report }) {
    return {
      header(h: HeaderInfo) {
        if (h.cells.length === 0 || h.fromSchema) return; // the dialect says there is no header, or JSON objects
        const fields = resource.schema?.fields;
        const nonEmpty = h.cells.filter((c) => c.trim() !== '');
        if (nonEmpty.length === 0) return; // header-blank reports it
        let dataLike: string[];
        if (fields && fields.length) {
          // With a schema: the "labels" match no field name but parse as the fields' values.
          const names = new Set(fields.map((f) => f.name.trim().toLowerCase()));
          if (h.cells.some((c) => names.has(c.trim().toLowerCase()))) return;
          dataLike = h.cells.filter((c, i) => {
            const col = h.columns[i];
            if (!col || col.compiled.type === 'string' || col.compiled.type === 'any') return LOOKS_LIKE_DATA.test(c.trim());
            return col.compiled.cast(c) !== INVALID;
          });
        } else {
          dataLike = nonEmpty.filter((c) => LOOKS_LIKE_DATA.test(c.trim()));
          if (!nonEmpty.some((c) => CLEARLY_DATA.test(c.trim()))) return;
        }
        if (dataLike.length * 2 >= nonEmpty.length && dataLike.length > 0) {
          report({
            line: h.line,
            messageId: 'looksLikeData',
            data: { values: dataLike.slice(0, 3).map((c) => show(c)).join(', ') },
            hint: resource.format !== 'csv'
              ? { id: 'startArray', data: { names: fields?.length ? fields.map((f) => JSON.stringify(f.name)).join(', ') : '"name", …' } }
              : fields?.length ? { id: 'addHeader', data: { names: fields.map((f) => f.name).join(',') } } : { id: 'addHeaderOrDeclare' },
          });
        }
      },
    };
  },
};
export default check;
