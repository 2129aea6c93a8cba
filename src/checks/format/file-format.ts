import path from 'node:path';
import type { Check, HintRef } from '../../model/check.js';
import type { Resource } from '../../model/dataset.js';
import type { FileFacts } from '../../model/facts.js';
import { resourceLabel } from '../../util/resources.js';
import { unreadFormatKind } from '../../util/format-kinds.js';

const KIND_NAMES: Record<string, string> = {
  pdf: 'a PDF document',
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97–2003 workbook (.xls)',
  zip: 'a zip archive',
  gzip: 'a gzip-compressed file',
  binary: 'a binary file',
};

const SPREADSHEETS = new Set(['xlsx', 'xlsm', 'xls', 'ods']);
// Zip archives have a message and hint of their own (zipNotRead, ZIP_HINT) and never reach notOpenHint.
const ARCHIVES = new Set(['rar', '7z']);

function notOpenHint(format: string, allowed: string[]): HintRef {
  if (SPREADSHEETS.has(format)) return { id: 'saveSheets' };
  if (ARCHIVES.has(format)) return { id: 'unpack' };
  if (format === 'pdf' || format === 'doc' || format === 'docx' || format === 'odt') return { id: 'notDocument' };
  return { id: 'publishAs', data: { formats: allowed.join(', ') } };
}

/** What to do about a file whose content is not text, or gzip that is not declared. */
function notTextHint(facts: FileFacts, resource: Resource): HintRef {
  const kind = facts.binaryKind!;
  if (kind.startsWith('xls')) return { id: 'saveAsCsv' };
  if (kind === 'gzip') {
    if (facts.compression) return { id: 'compressedTwice' };
    const base = path.basename(resource.declaredPath ?? resource.file);
    return { id: 'nameGz', data: { format: resource.format === 'csv' ? 'CSV' : 'JSON', name: base } };
  }
  if (kind === 'zip') return ZIP_HINT;
  return { id: 'exportData' };
}

const ZIP_HINT: HintRef = { id: 'zip' };

/** How a resource comes to be gzip-compressed: declared in the metadata, or by its name. */
function gzipBecause(resource: Resource): string {
  const declared = resource.descriptor.compression;
  return typeof declared === 'string' ? `the metadata declares "compression": "${declared}"` : "its name ends in '.gz'";
}

/** gzipBecause as words a catalogue translates. */
function gzipBecauseWords(resource: Resource): HintRef {
  const declared = resource.descriptor.compression;
  return typeof declared === 'string' ? { id: 'because.declared', data: { compression: declared } } : { id: 'because.name' };
}

/** The data is in an open, machine-readable format (CSV or JSON), not a document or spreadsheet export. */
const check: Check = {
  id: 'file-format',
  hints: {
    'because.declared': 'the metadata declares "compression": "{compression}"',
    'because.name': "its name ends in '.gz'",
    ...Object.fromEntries(Object.entries(KIND_NAMES).map(([kind, name]) => [`kind.${kind}`, name])),
    'kind.notText': 'not text',
    saveSheets: 'Save each sheet as "CSV UTF-8" and publish the CSV files, with metadata describing them',
    unpack: 'Publish the files it holds as they are (CSV, or CSV compressed with gzip: .csv.gz)',
    notDocument: 'Publish the data itself as CSV or JSON; a document is for people to read, not for programs',
    publishAs: 'Publish it as {formats}',
    saveAsCsv: 'Open it in the spreadsheet program and save each sheet as "CSV UTF-8"',
    compressedTwice: 'It is compressed twice: decompress it, then compress it once with gzip',
    nameGz: "If it is gzip-compressed {format}, name it '{name}.gz' or declare \"compression\": \"gz\" in the metadata, and odlint decompresses it",
    exportData: 'Export the data itself as CSV or JSON',
    zip: 'Publish the data file itself, or compressed with gzip (spend.csv.gz) if it is large: a zip archive must be unpacked before anyone can use it',
    removeCompression: 'Remove "compression" from the resource, or publish the file gzip-compressed',
    renameWithoutGz: "Rename the file without '.gz', or compress it with gzip",
  },
  module: import.meta.url,
  description: 'Data is published as CSV or JSON text (GeoJSON and TopoJSON for geographic data, plain or gzip-compressed), not as PDF, spreadsheet, zip archives or other binary files.',
  docs: {
    rationale: 'The International Open Data Charter (principle 3) asks for data in open, machine-readable formats. A PDF or spreadsheet cannot be validated or processed without proprietary tools, and data in a zip archive must be unpacked before anyone, odlint included, can read it.',
    failing: 'A resource "budget.xlsx", a "budget.csv" that is really an Excel workbook renamed, or "budget.csv.zip".',
    passing: 'budget.csv saved as "CSV UTF-8", or budget.csv.gz (gzip-compressed, which odlint reads).',
  },
  messages: {
    notOpen: "{resource} is in the format '{format}', which is not open and machine-readable; it was not checked",
    partNotOpen: "{resource} (part '{part}') is in the format '{format}', which is not open and machine-readable; it was not checked",
    zipNotRead: '{resource} is a zip archive: odlint does not read inside zip archives, so its data was not checked',
    zipPartNotRead: "{resource} (part '{part}') is a zip archive: odlint does not read inside zip archives, so its data was not checked",
    notText: 'This file is {kind}, not CSV or JSON text; it was not checked further',
    fileNotOpen: "This file is in the format '{format}', which is not open and machine-readable; it was not checked",
    notCompressed: 'The file is not gzip-compressed, although {because}; it was read as it is',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { allowed: { type: 'array', items: { type: 'string' }, default: ['csv', 'tsv', 'json', 'ndjson', 'jsonl', 'geojson', 'topojson'] } },
  },
  checkDataset({ dataset, options, report }) {
    const allowed = new Set((options.allowed as string[]).map((s) => s.toLowerCase()));
    for (const r of dataset.resources) {
      if (!r.declaredFormat || r.status === 'inline' || r.status === 'no-path') continue;
      const zip = r.compression === 'zip' || r.declaredFormat === 'zip';
      if (!zip && (r.format !== 'other' || allowed.has(r.declaredFormat))) continue;
      // Open formats odlint has no reader for, and services, are not closed: the reader names them as unchecked.
      if (!zip && unreadFormatKind(r.declaredFormat)) continue;
      if (!dataset.metadataFile && !zip) {
        // A spreadsheet, PDF or archive met while walking a folder: data in a closed form, not something to skip.
        report({ file: r.file, messageId: 'fileNotOpen', data: { format: r.declaredFormat }, hint: notOpenHint(r.declaredFormat, [...allowed]) });
        continue;
      }
      // locate() falls back to the nearest parent, so ask for the property the resource really has.
      const property = zip && 'compression' in r.descriptor ? 'compression' : 'format' in r.descriptor ? 'format' : 'path';
      const pos = dataset.locate(`${r.pointer}/${property}`);
      const at = { file: dataset.metadataFile ?? r.file, line: pos?.line, column: pos?.column };
      if (zip) {
        report({
          ...at,
          ...(r.declaredPath && Array.isArray(r.descriptor.path)
            ? { messageId: 'zipPartNotRead', data: { resource: resourceLabel(r), part: r.declaredPath } }
            : { messageId: 'zipNotRead', data: { resource: resourceLabel(r) } }),
          hint: ZIP_HINT,
        });
        continue;
      }
      report({
        ...at,
        ...(r.declaredPath && Array.isArray(r.descriptor.path)
          ? { messageId: 'partNotOpen', data: { resource: resourceLabel(r), part: r.declaredPath, format: r.declaredFormat } }
          : { messageId: 'notOpen', data: { resource: resourceLabel(r), format: r.declaredFormat } }),
        hint: { id: 'publishAs', data: { formats: [...allowed].join(', ') } },
      });
    }
  },
  formats: ['csv', 'json', 'ndjson', 'geojson', 'topojson'],
  createFileVisitor({ resource, report }) {
    return {
      facts(facts) {
        if (facts.compressionProblem?.kind === 'notCompressed') {
          report({
            line: 1,
            messageId: 'notCompressed',
            data: { because: gzipBecause(resource) },
            words: { because: gzipBecauseWords(resource) },
            hint: { id: typeof resource.descriptor.compression === 'string' ? 'removeCompression' : 'renameWithoutGz' },
          });
        }
        if (!facts.binaryKind) return;
        const kind = Object.hasOwn(KIND_NAMES, facts.binaryKind) ? facts.binaryKind : 'notText';
        report({ messageId: 'notText', data: { kind: KIND_NAMES[facts.binaryKind] ?? 'not text' }, words: { kind: { id: `kind.${kind}` } }, hint: notTextHint(facts, resource) });
      },
    };
  },
};
export default check;
