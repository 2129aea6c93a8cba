import { NO_OPTIONS } from '../check.js';
import type { Check, Report } from '../../model/check.js';
import type { ParseProblem } from '../../model/facts.js';

/**
 * A parse problem as a report. The reader describes csv-parse's errors in prose (readers/csv.ts describeParseError);
 * the known codes get a message of their own here, worded as the reader words them, with the quote character the
 * reader used (the resource's dialect, or '"'). Other codes keep the reader's description.
 */
function problemReport(p: ParseProblem, quote: string, lines: number): Pick<Report, 'messageId' | 'data'> {
  switch (p.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { messageId: 'quoteNotClosed', data: { quote } };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { messageId: 'textAfterClosingQuote', data: { quote } };
    case 'INVALID_OPENING_QUOTE':
      return { messageId: 'quoteInUnquotedField', data: { quote } };
    case 'CSV_UNRECOVERABLE':
      // The lines lost run from the problem to the end of the file: numbers, so the finding keeps its identity as
      // rows are added.
      return { messageId: 'unrecoverable', data: { firstLine: p.line, lastLine: Math.max(p.line, lines) } };
    default:
      return { messageId: 'unreadableRow', data: { reason: p.message } };
  }
}

/** Quotes follow RFC 4180: a field containing quotes is quoted and its quotes are doubled. */
const check: Check = {
  id: 'quoting',
  description: 'Fields containing quotes are quoted, with inner quotes doubled; every opened quote is closed.',
  docs: {
    rationale: 'RFC 4180 section 2 defines how quotes are escaped. A stray quote makes parsers swallow delimiters and line breaks, shifting or merging rows silently.',
    failing: '7,"Smith "Plumbing" Ltd",1200',
    passing: '7,"Smith ""Plumbing"" Ltd",1200',
  },
  messages: {
    quoteNotClosed: 'A quoted field opened with {quote} on this line is never closed, so the rest of the file could not be read',
    textAfterClosingQuote: 'A quoted field is closed by {quote} but more text follows before the next delimiter; the row could not be read and was skipped',
    quoteInUnquotedField: 'A {quote} appears inside an unquoted field; it was read as part of the field\'s value',
    unrecoverable: 'After the quoting error above, the parser could not find where the next row starts: lines {firstLine}–{lastLine} were not read',
    // Any other error of csv-parse, as the reader describes it.
    unreadableRow: '{reason}',
    moreProblems: '{unlisted, plural, one {# more row} other {# more rows}} with quoting problems not listed one by one ({total} in all)',
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv'],
  createFileVisitor({ resource, report }) {
    return {
      facts(facts) {
        const quote = resource.dialect?.quoteChar ?? '"';
        for (const p of facts.parseProblems) {
          report({ ...problemReport(p, quote, facts.lines), line: p.line, record: p.record, hint: 'Wrap the field in quotes and double every quote inside it: "Smith ""Plumbing"" Ltd"' });
        }
        const unlisted = facts.parseProblemsTotal - facts.parseProblems.length;
        if (unlisted > 0) report({ messageId: 'moreProblems', data: { unlisted, total: facts.parseProblemsTotal } });
      },
    };
  },
};
export default check;
