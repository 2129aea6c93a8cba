import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import { reportNotes } from './metadata-variant.js';

/**
 * Something in the metadata that odlint does not understand or cannot use (a CSVW header of two rows, a schema
 * at a URL, a catalogue record's date standing in for the data's): named, so nothing is dropped silently.
 */
const check: Check = {
  id: 'metadata-unread',
  description: 'Everything in the metadata that bears on checking the data is something odlint can read and apply.',
  docs: {
    rationale: 'A property odlint cannot apply leaves part of the data unchecked; saying so is better than a pass that looks complete.',
    failing: 'A CSVW table whose dialect has "headerRowCount": 2, which odlint does not apply.',
    passing: 'Metadata whose every property that bears on the data is read.',
  },
  messages: {
    unread: "'{written}' was not applied: {reason}",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    reportNotes(dataset, 'unread', (note, at) => {
      report({ ...at, messageId: 'unread', data: { written: note.written, reason: note.detail } });
    });
  },
};
export default check;
