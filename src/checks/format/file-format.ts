import type { Check } from '../../model/check.js';
import { resourceLabel } from '../../util/resources.js';

const KIND_NAMES: Record<string, string> = {
  pdf: 'a PDF document',
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97–2003 workbook (.xls)',
  zip: 'a zip archive',
  gzip: 'a gzip-compressed file',
  binary: 'a binary file',
};

const SPREADSHEETS = new Set(['xlsx', 'xlsm', 'xls', 'ods']);
const ARCHIVES = new Set(['zip', 'rar', '7z']);

function notOpenHint(format: string, allowed: string[]): string {
  if (SPREADSHEETS.has(format)) return 'Save each sheet as "CSV UTF-8" and publish the CSV files, with metadata describing them';
  if (ARCHIVES.has(format)) return 'Publish the files it holds as they are (CSV, or CSV compressed with gzip: .csv.gz)';
  if (format === 'pdf' || format === 'doc' || format === 'docx' || format === 'odt') return 'Publish the data itself as CSV or JSON; a document is for people to read, not for programs';
  return `Publish it as ${allowed.join(', ')}`;
}

/** The data is in an open, machine-readable format (CSV or JSON), not a document or spreadsheet export. */
const check: Check = {
  id: 'file-format',
  module: import.meta.url,
  description: 'Data is published as CSV or JSON text, not as PDF, spreadsheet or other binary files.',
  docs: {
    rationale: 'The International Open Data Charter (principle 3) asks for data in open, machine-readable formats. A PDF or spreadsheet cannot be validated or processed without proprietary tools.',
    failing: 'A resource "budget.xlsx", or a "budget.csv" that is really an Excel workbook renamed.',
    passing: 'budget.csv saved as "CSV UTF-8".',
  },
  messages: {
    notOpen: "{resource} is in the format '{format}', which is not open and machine-readable; it was not checked",
    partNotOpen: "{resource} (part '{part}') is in the format '{format}', which is not open and machine-readable; it was not checked",
    notText: 'This file is {kind}, not CSV or JSON text; it was not checked further',
    fileNotOpen: "This file is in the format '{format}', which is not open and machine-readable; it was not checked",
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { allowed: { type: 'array', items: { type: 'string' }, default: ['csv', 'tsv', 'json', 'ndjson', 'jsonl'] } },
  },
  checkDataset({ dataset, options, report }) {
    const allowed = new Set((options.allowed as string[]).map((s) => s.toLowerCase()));
    for (const r of dataset.resources) {
      if (r.format !== 'other' || !r.declaredFormat || r.status === 'inline' || r.status === 'no-path') continue;
      if (allowed.has(r.declaredFormat)) continue;
      if (!dataset.metadataFile) {
        // A spreadsheet, PDF or archive met while walking a folder: data in a closed form, not something to skip.
        report({ file: r.file, messageId: 'fileNotOpen', data: { format: r.declaredFormat }, hint: notOpenHint(r.declaredFormat, [...allowed]) });
        continue;
      }
      // locate() falls back to the nearest parent, so ask for the property the resource really has.
      const pos = dataset.locate(`${r.pointer}/${'format' in r.descriptor ? 'format' : 'path'}`);
      report({
        file: dataset.metadataFile ?? r.file,
        line: pos?.line,
        column: pos?.column,
        ...(r.declaredPath && Array.isArray(r.descriptor.path)
          ? { messageId: 'partNotOpen', data: { resource: resourceLabel(r), part: r.declaredPath, format: r.declaredFormat } }
          : { messageId: 'notOpen', data: { resource: resourceLabel(r), format: r.declaredFormat } }),
        hint: `Publish it as ${[...allowed].join(', ')}`,
      });
    }
  },
  formats: ['csv', 'json', 'ndjson'],
  createFileVisitor({ report }) {
    return {
      facts(facts) {
        if (!facts.binaryKind) return;
        report({
          messageId: 'notText',
          data: { kind: KIND_NAMES[facts.binaryKind] ?? 'not text' },
          hint: facts.binaryKind.startsWith('xls') ? 'Open it in the spreadsheet program and save each sheet as "CSV UTF-8"' : 'Export the data itself as CSV or JSON',
        });
      },
    };
  },
};
export default check;
