// Reads a GeoJSON or TopoJSON file once: byte-level facts as for any JSON file, then the document parsed whole and its
// structure checked (geo-structure.ts). Such a document is one value, not a list of records: it has no rows, and no
// tabular check visits it. The text is held in memory (up to the record size limit); a syntax error is
// reported as for JSON data (json-syntax), structure problems with the JSON pointers and lines of the first ones.
import { DEFAULT_MAX_RECORD_BYTES, formatByteSize } from '../util/byte-size.js';
import { constants } from 'node:buffer';
import type { FileFacts, GeoProblem } from '../model/facts.js';
import { locateJsonError } from '../util/json-error-location.js';
import { positionIn } from '../util/json-characters.js';
import { isObject } from '../util/objects.js';
import { openText, type TextReadOptions } from './json-file.js';
import { geoStructureProblems } from './geo-structure.js';
import { locatePointers } from './json-locate.js';
import { locationFromParseError } from './json-scanner.js';

/** Structure problems kept one by one; the rest are counted (FileFacts.geoProblemsTotal). */
export const GEO_PROBLEMS_KEPT = 20;

/** What a document holds, for file-empty: a FeatureCollection's features, a Topology's objects, else one. */
function recordsIn(doc: unknown): number {
  if (!isObject(doc)) return 0;
  if (doc.type === 'FeatureCollection') return Array.isArray(doc.features) ? doc.features.length : 0;
  if (doc.type === 'Topology') return isObject(doc.objects) ? Object.keys(doc.objects).length : 0;
  return 1;
}

export async function readGeoFile(path: string, size: number, kind: 'geojson' | 'topojson', options: TextReadOptions, maxLength = constants.MAX_STRING_LENGTH): Promise<FileFacts> {
  const reading = await openText(path, size, options);
  if (!('text' in reading)) return reading;
  const { facts } = reading;
  const problems: GeoProblem[] = [];
  facts.geoProblems = problems;
  facts.geoProblemsTotal = 0;
  const pieces: string[] = [];
  let length = 0;
  // The document is read whole: it is one record, held to the record size limit (and to the longest string V8 can
  // hold). Past it, only the byte-level facts are gathered.
  const limit = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const keep = Math.min(maxLength, limit - 1);
  for await (const piece of reading.text) {
    length += piece.length;
    if (length <= keep) pieces.push(piece);
    else pieces.length = 0;
  }
  reading.finish();
  if (length > keep) {
    problems.push(length > maxLength
      ? { id: 'tooLarge', pointer: '', line: 1, column: 1, data: { length, max: maxLength } }
      : { id: 'overLimit', pointer: '', line: 1, column: 1, data: { maxSize: formatByteSize(limit) } });
    facts.geoProblemsTotal = 1;
    return facts;
  }
  const text = pieces.join('');
  pieces.length = 0;
  if (text.trim() === '') {
    facts.jsonProblems.push({ kind: 'syntax', line: 1, column: 1, message: `The file is empty: expected a ${kind === 'geojson' ? 'GeoJSON' : 'TopoJSON'} document` });
    return facts;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const found = locateJsonError(text) ?? locationFromParseError(error);
    const { line, column } = positionIn(text, found.offset, 1, 1);
    facts.jsonProblems.push({ kind: 'syntax', line, column, message: found.message });
    return facts;
  }
  facts.records = recordsIn(doc);
  let result: ReturnType<typeof geoStructureProblems>;
  try {
    result = geoStructureProblems(doc, kind, GEO_PROBLEMS_KEPT);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    // Geometry collections nested beyond the call stack: no real document does that.
    problems.push({ id: 'tooDeep', pointer: '', line: 1, column: 1, data: {} });
    facts.geoProblemsTotal = 1;
    return facts;
  }
  const positions = locatePointers(text, result.problems.map((p) => p.pointer));
  for (const p of result.problems) problems.push({ ...p, ...positions.get(p.pointer)! });
  facts.geoProblemsTotal = result.total;
  return facts;
}
