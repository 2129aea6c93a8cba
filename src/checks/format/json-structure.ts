import { NO_OPTIONS } from '../check.js';
import type { Check, Report } from '../../model/check.js';
import { formatMessage } from '../../util/message-template.js';

/**
 * The wordings the JSON readers (readers/json-array-scanner.ts, readers/json-scanner.ts) give structure problems, as
 * messages of this check. TRANSITION: the readers report prose (FileFacts.jsonProblems), so each problem is matched
 * back to the template it was written from (its data read out of the text, record numbers as numbers, so a finding
 * keeps its fingerprint when records move); a wording no template gives back exactly keeps its text as written.
 */
const MESSAGES = {
  wrappedArray: 'The file is a JSON object, not an array of records. Put the records in a top-level array {array}. The records were read from its "{key}" property.',
  notArray: 'The file is a JSON {type}, not an array of records. Put the records in a top-level array {array}',
  wrapperHasMore: 'The top-level object has other properties after "{key}": only the records in "{key}" were read',
  notObject: 'Record {record} is {type}, not an object: each record must be a JSON object {object}',
  badStructure: '{problem}',
} as const;

type MessageId = keyof typeof MESSAGES;
const NUMBERS: ReadonlySet<string> = new Set(['record']);
/** Text with braces, which a template cannot hold literally (util/message-template.ts has no quoting): always these. */
const LITERALS: Readonly<Record<string, string>> = { array: '[ {…}, {…} ]', object: '{…}' };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching the messages a template renders, a named group per placeholder (a repeated one must repeat). */
function matcher(template: string): RegExp {
  const seen = new Set<string>();
  const source = template.split(/(\{[A-Za-z_][A-Za-z0-9_]*\})/).map((part, i) => {
    if (i % 2 === 0) return escape(part);
    const name = part.slice(1, -1);
    if (Object.hasOwn(LITERALS, name)) return escape(LITERALS[name]!);
    if (seen.has(name)) return `\\k<${name}>`;
    seen.add(name);
    return NUMBERS.has(name) ? `(?<${name}>\\d+)` : `(?<${name}>[\\s\\S]*)`;
  });
  return new RegExp(`^${source.join('')}$`);
}

const MATCHERS = (Object.keys(MESSAGES) as MessageId[])
  .filter((id) => id !== 'badStructure')
  .map((id) => ({ id, pattern: matcher(MESSAGES[id]) }));

/** The message id and data that render a reader's structure message byte for byte. */
export function structureMessage(message: string): Pick<Report, 'messageId' | 'data'> {
  for (const { id, pattern } of MATCHERS) {
    const groups = pattern.exec(message)?.groups;
    if (!groups) continue;
    const data: Record<string, string | number> = Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, NUMBERS.has(k) ? Number(v) : v]));
    for (const name of Object.keys(LITERALS)) if (MESSAGES[id].includes(`{${name}}`)) data[name] = LITERALS[name]!;
    if (formatMessage(MESSAGES[id], data) === message) return { messageId: id, data };
  }
  return { messageId: 'badStructure', data: { problem: message } };
}

/** JSON data is a list of records. */
const check: Check = {
  id: 'json-structure',
  module: import.meta.url,
  description: 'A JSON data file is a top-level array of record objects; an NDJSON file holds one object per line.',
  docs: {
    rationale: 'Tabular JSON (Frictionless "array of objects", JSON Lines) is only usable when every record is an object with named properties.',
    failing: '{"data": […]} at the top level, or an NDJSON line holding ["Vaal", 61.2].',
    passing: '[{"dam": "Vaal", "level": 61.2}, …] or one {"dam": …} per line.',
  },
  messages: MESSAGES,
  optionsSchema: NO_OPTIONS,
  formats: ['json', 'ndjson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        for (const p of facts.jsonProblems) if (p.kind === 'structure') report({ line: p.line, column: p.column, ...structureMessage(p.message) });
      },
    };
  },
};
export default check;
