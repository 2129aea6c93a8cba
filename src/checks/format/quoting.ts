import { NO_OPTIONS } from '../check.js';
import type { Check, Report } from '../../model/check.js';
import type { ParseProblem } from '../../model/facts.js';
import { DEFAULT_MAX_RECORD_BYTES, formatByteSize } from '../../util/byte-size.js';

/**
 * A parse problem as a report. The reader describes csv-parse's errors in prose (readers/csv.ts describeParseError);
 * the known codes get a message of their own here, worded as the reader words them, with the quote character the
 * reader used (the resource's dialect, or '"'). Other codes keep the reader's description.
 */
function problemReport(p: ParseProblem, quote: string, lines: number): Pick<Report, 'messageId' | 'data' | 'hint'> {
  // The lines lost run from the problem to the end of the file: numbers, so the finding keeps its identity as rows
  // are added.
  const lost = (): { firstLine: number; lastLine: number; count: number } => {
    const lastLine = Math.max(p.line, lines);
    return { firstLine: p.line, lastLine, count: lastLine - p.line + 1 };
  };
  const maxSize = formatByteSize(p.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  // A skipped row that spans several lines (a quote never closed says which lines it lost in its own words).
  if (p.lastLine !== undefined && p.lastLine > p.line && p.code !== 'CSV_QUOTE_NOT_CLOSED') {
    return { messageId: 'linesSkipped', data: { firstLine: p.line, lastLine: p.lastLine, count: p.lastLine - p.line + 1 } };
  }
  switch (p.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { messageId: 'quoteNotClosed', data: { quote, ...lost() } };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { messageId: 'textAfterClosingQuote', data: { quote } };
    case 'INVALID_OPENING_QUOTE':
      return { messageId: 'quoteInUnquotedField', data: { quote } };
    case 'CSV_UNRECOVERABLE':
      return { messageId: 'unrecoverable', data: lost() };
    case 'QUOTED_FIELD_TOO_LARGE':
    case 'RECORD_TOO_LARGE':
      if (p.resumeLine === undefined) return { messageId: 'recordTooLargeAtEnd', data: { maxSize }, hint: LIMIT_HINT };
      if (p.quoteLine !== undefined) {
        return { messageId: 'quotedFieldTooLarge', data: { quote, quoteLine: p.quoteLine, resumeLine: p.resumeLine, maxSize }, hint: LIMIT_HINT };
      }
      return { messageId: 'recordTooLarge', data: { maxSize, resumeLine: p.resumeLine }, hint: LIMIT_HINT };
    case 'RECORD_TOO_LARGE_STOP':
      return { messageId: 'recordTooLargeStop', data: { maxSize, ...lost() }, hint: LIMIT_HINT };
    default:
      return { messageId: 'unreadableRow', data: { reason: p.message } };
  }
}

const QUOTE_HINT = { id: 'doubleQuotes' };
const LIMIT_HINT = { id: 'unclosedOrLimit' };

/** Quotes follow RFC 4180: a field containing quotes is quoted and its quotes are doubled. */
const check: Check = {
  id: 'quoting',
  description: 'Fields containing quotes are quoted, with inner quotes doubled; every opened quote is closed; every row can be read.',
  docs: {
    rationale: 'RFC 4180 section 2 defines how quotes are escaped. A stray quote makes parsers swallow delimiters and line breaks, shifting or merging rows silently.',
    failing: '7,"Smith "Plumbing" Ltd",1200',
    passing: '7,"Smith ""Plumbing"" Ltd",1200',
  },
  messages: {
    quoteNotClosed: 'A quoted field opened with {quote} on this line is never closed: lines {firstLine}–{lastLine} ({count, plural, one {# line} other {# lines}}) were not read',
    textAfterClosingQuote: 'A quoted field is closed by {quote} but more text follows before the next delimiter; it was read as part of the field\'s value, the quote with it',
    quoteInUnquotedField: 'A {quote} appears inside an unquoted field; it was read as part of the field\'s value',
    unrecoverable: 'After the quoting error above, the parser could not find where the next row starts: lines {firstLine}–{lastLine} ({count, plural, one {# line} other {# lines}}) were not read',
    // csv-parse lost track of where rows start after a quoting error and skipped several lines as one record.
    linesSkipped: 'After a quoting error, lines {firstLine}–{lastLine} ({count, plural, one {# line} other {# lines}}) could not be read as rows and were skipped: a quote in them is not where CSV expects one',
    // Records over the size limit (--max-record-bytes): memory stays bounded whatever the file holds.
    recordTooLarge: 'The row starting on this line is longer than {maxSize}, the record size limit; it was skipped and reading resumed on line {resumeLine}',
    recordTooLargeAtEnd: 'The row starting on this line is longer than {maxSize}, the record size limit, and runs to the end of the file; it was skipped',
    quotedFieldTooLarge: 'A quoted field opened with {quote} on line {quoteLine} is still open after {maxSize}, the record size limit, so its quote is probably never closed; the row was skipped and reading resumed on line {resumeLine}',
    recordTooLargeStop: 'A row starting on this line is longer than {maxSize}, the record size limit; reading stopped there: lines {firstLine}–{lastLine} ({count, plural, one {# line} other {# lines}}) were not read',
    // Any other error of csv-parse, as the reader describes it.
    unreadableRow: '{reason}',
    moreProblems: '{unlisted, plural, one {# more row} other {# more rows}} with quoting problems not listed one by one ({total} in all)',
  },
  hints: {
    doubleQuotes: 'Wrap the field in quotes and double every quote inside it: "Smith ""Plumbing"" Ltd"',
    unclosedOrLimit: 'Look for a quote that is never closed. If rows this large are intended, raise the limit: --max-record-bytes 256MiB, or maxRecordBytes in the config',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv'],
  createFileVisitor({ resource, report }) {
    return {
      facts(facts) {
        const quote = resource.dialect?.quoteChar ?? '"';
        for (const p of facts.parseProblems) {
          report({ hint: QUOTE_HINT, ...problemReport(p, quote, facts.lines), line: p.line, record: p.record });
        }
        const unlisted = facts.parseProblemsTotal - facts.parseProblems.length;
        if (unlisted > 0) report({ messageId: 'moreProblems', data: { unlisted, total: facts.parseProblemsTotal } });
      },
    };
  },
};
export default check;
