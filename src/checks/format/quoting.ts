import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { plural } from '../../util/plural.js';

/** Quotes follow RFC 4180: a field containing quotes is quoted and its quotes are doubled. */
const check: Check = {
  id: 'quoting',
  category: 'format',
  description: 'Quoted fields follow RFC 4180: a quote inside a field is doubled and the field is wrapped in quotes; every opened quote is closed.',
  docs: {
    rationale: 'RFC 4180 section 2 defines how quotes are escaped. A stray quote makes parsers swallow delimiters and line breaks, shifting or merging rows silently.',
    failing: '7,"Smith "Plumbing" Ltd",1200',
    passing: '7,"Smith ""Plumbing"" Ltd",1200',
  },
  optionsSchema: NO_OPTIONS,
  formats: ['csv'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        for (const p of facts.parseProblems) {
          report({ line: p.line, record: p.record, message: p.message, hint: 'Wrap the field in quotes and double every quote inside it: "Smith ""Plumbing"" Ltd"' });
        }
        const unlisted = facts.parseProblemsTotal - facts.parseProblems.length;
        if (unlisted > 0) report({ message: `${plural(unlisted, 'more row')} with quoting problems not listed one by one (${facts.parseProblemsTotal} in all)` });
      },
    };
  },
};
export default check;
