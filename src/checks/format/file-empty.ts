import type { Check } from '../../model/check.js';

/** The file holds data: it is not empty, and not just a header. */
const check: Check = {
  id: 'file-empty',
  hints: {
    exportAgain: 'Export the data again; an empty file usually means the export failed',
  },
  module: import.meta.url,
  description: 'A data file is not empty and holds at least one data row.',
  docs: {
    rationale: 'An empty file, or a header with no rows, is almost always a failed export; publishing it misleads users into thinking there is no data.',
    failing: 'A 0-byte clinics.csv, or one holding only its header line.',
    passing: 'A header line followed by at least one row.',
  },
  messages: {
    empty: 'The file is empty (0 bytes)',
    emptyDecompressed: 'The file is empty once decompressed: the gzip data holds no text',
    noDataRows: 'The file has a header but no data rows',
    noRecords: 'The file holds no records',
  },
  optionsSchema: { type: 'object', additionalProperties: false, properties: { requireRows: { type: 'boolean', default: true } } },
  formats: ['csv', 'json', 'ndjson', 'geojson', 'topojson'],
  createFileVisitor({ options, report }) {
    return {
      facts(facts) {
        if (facts.readError || facts.binaryKind || facts.encodingUnsupported) return;
        if (facts.size === 0 || (facts.compression && facts.lines === 0 && !facts.compressionProblem)) {
          report({ messageId: facts.size === 0 ? 'empty' : 'emptyDecompressed', hint: { id: 'exportAgain' } });
        } else if (options.requireRows && facts.records === 0 && facts.jsonProblems.length === 0 && facts.parseProblems.length === 0 && !facts.geoProblemsTotal) {
          report({ messageId: facts.headerRow ? 'noDataRows' : 'noRecords' });
        }
      },
    };
  },
};
export default check;
