import { NO_OPTIONS } from '../check.js';
import type { Check } from '../../model/check.js';
import type { Dataset, MetadataNote } from '../../model/dataset.js';

/** Reports the metadata notes of one kind, each at its place in the metadata file as written. */
export function reportNotes(dataset: Dataset, kind: MetadataNote['kind'], each: (note: MetadataNote, at: { line?: number; column?: number }) => void): void {
  if (!dataset.metadataFile) return;
  for (const note of dataset.notes ?? []) {
    if (note.kind !== kind) continue;
    const pos = (dataset.locateSource ?? dataset.locate)(note.pointer);
    each(note, { line: pos?.line, column: pos?.column });
  }
}

/**
 * A non-standard spelling in the metadata (`last_updated` for `modified`, `primaryKeys` for `primaryKey`): odlint
 * reads it with its standard meaning, and says so, because other tools and portals will not.
 */
const check: Check = {
  id: 'metadata-variant',
  description: 'Metadata uses the standard names of its form; a common variant spelling is read but reported.',
  docs: {
    rationale: "Portals, harvesters and other validators read only the standard names: a licence, date or key written under another name is lost to them even though odlint understood it.",
    failing: '{"name": "budget", "last_updated": "2026-01-31", "resources": [{"name": "budget", "path": "budget.csv", "primaryKeys": ["id"]}]}',
    passing: '{"name": "budget", "modified": "2026-01-31", "resources": [{"name": "budget", "path": "budget.csv", "schema": {"fields": […], "primaryKey": ["id"]}}]}',
  },
  messages: {
    variant: "'{written}' is not a standard property: it was read as '{standard}'",
    standIn: "'{written}' was read as '{standard}': {why}",
  },
  hints: {
    writeAs: "Write it as '{standard}', which every tool reads",
    ckanOrganization: 'Publish the dataset under its organization, so catalogues and audits group it by department',
    ckanModified: "Give the data's own modification date: an extra 'modified', or each resource's last_modified",
  },
  module: import.meta.url,
  optionsSchema: NO_OPTIONS,
  checkDataset({ dataset, report }) {
    reportNotes(dataset, 'variant', (note, at) => {
      const hint = note.hint ? { id: note.hint } : { id: 'writeAs', data: { standard: note.detail } };
      if (note.why) report({ ...at, messageId: 'standIn', data: { written: note.written, standard: note.detail, why: note.why }, hint });
      else report({ ...at, messageId: 'variant', data: { written: note.written, standard: note.detail }, hint });
    });
  },
};
export default check;
