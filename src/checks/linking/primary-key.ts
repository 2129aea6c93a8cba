// Primary keys (Table Schema primaryKey, one field or several): every row has a complete key, and no key value is
// repeated. Each duplicate names the line of the first occurrence.
import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { duplicateMessages, MISSING_PART_MESSAGES, uniquenessVisitor } from './uniqueness.js';

const check: Check = {
  id: 'primary-key',
  description: "The schema's primaryKey (one field or several) is unique and complete in every row.",
  docs: {
    rationale: 'A primary key is what other datasets link to (Frictionless Table Schema primaryKey). A repeated or empty key makes a register ambiguous: a join doubles rows or drops them, and a foreign key cannot say which row it means.',
    failing: "primaryKey ['dam_id', 'reading_date'] with DAM-001, 2026-11-16 on lines 3 and 9.",
    passing: 'Each (dam_id, reading_date) pair appears once, and neither is empty.',
  },
  messages: {
    ...duplicateMessages('primary key'),
    ...MISSING_PART_MESSAGES,
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor(ctx) {
    return uniquenessVisitor(ctx, 'primary');
  },
};
export default check;
