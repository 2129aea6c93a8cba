// Unique keys (Table Schema uniqueKeys): no combination of values repeats. As Table Schema v2 says, a key with a
// missing (null) part is not compared, like SQL UNIQUE constraints.
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { duplicateMessages, uniquenessVisitor } from './uniqueness.js';

const check: Check = {
  id: 'unique-keys',
  description: "Each of the schema's uniqueKeys holds no value twice (rows with a missing part of the key are not compared).",
  docs: {
    rationale: 'Frictionless Table Schema uniqueKeys declare alternative identifiers (a code and a name, a grant and a year) that other data can link to; a repeat means two rows claim the same identity.',
    failing: "uniqueKeys [['municipality_code', 'financial_year']] with GT481, 2026 on lines 4 and 12.",
    passing: 'Each (municipality_code, financial_year) pair appears once; rows with an empty financial_year are not compared.',
  },
  messages: {
    ...duplicateMessages('unique key'),
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor(ctx) {
    return uniquenessVisitor(ctx, 'unique');
  },
};
export default check;
