// Infers a Table Schema from a CSV file's header and values, in one streaming pass.
//
// Each column keeps a set of candidate types, each tested with odlint's own caster (compileField), so whatever is
// inferred is exactly what `odlint lint` will accept. A non-empty value that a candidate cannot cast rules it out; at
// the end the most specific candidate left wins. Memory is per column (a bit mask and a few flags), plus a set of seen
// values only for the few columns named like identifiers, capped (KEY_VALUES_CAP).
import { stat } from 'node:fs/promises';
import { readCsv } from '../readers/csv.js';
import type { TableSink } from '../readers/rows.js';
import type { FileFacts } from '../model/facts.js';
import type { CsvDialect } from '../model/dataset.js';
import { compileField, INVALID } from '../tableschema/cast.js';
import { hasLeadingZero } from '../tableschema/numeric.js';
import type { Field, FieldType } from '../model/table-schema.js';
import { CLEARLY_DATA, LOOKS_LIKE_DATA } from '../util/data-like.js';

/** A field as init writes it: its name, type and, for non-ISO dates, a strptime format. */
export interface InferredField {
  name: string;
  type: FieldType;
  format?: string;
}

export interface InferredTable {
  fields: InferredField[];
  /** False when the first row looks like data, not a header (see firstRowIsData): fields are then named field1 …. */
  header: boolean;
  /** The one column chosen as primary key, if a column is clearly an identifier. */
  primaryKey?: string;
  /** Data rows read. */
  rows: number;
  /** What the officer should check: assumptions made, columns that could not be typed, keys not declared. */
  notes: string[];
}

interface Candidate {
  type: FieldType;
  format?: string;
  accepts: (cell: string) => boolean;
}

function candidate(type: FieldType, format?: string, extra?: (cell: string) => boolean): Candidate {
  const field: Field = format === undefined ? { name: type, type } : { name: type, type, format };
  const { cast } = compileField(field);
  return { type, format, accepts: extra ? (cell) => extra(cell) && cast(cell) !== INVALID : (cell) => cast(cell) !== INVALID };
}

const noLeadingZero = (cell: string): boolean => !hasLeadingZero(cell);

// In order of preference: the first candidate still standing at the end is the column's type. Day-first date forms
// come before month-first ones, so a column whose days are all 12 or less reads as day/month/year (noted).
const CANDIDATES: readonly Candidate[] = [
  candidate('boolean'),
  candidate('year'), // only for columns named like a year: otherwise four-digit numbers are integers
  candidate('integer', undefined, noLeadingZero),
  candidate('number', undefined, noLeadingZero),
  candidate('yearmonth'),
  candidate('date'),
  candidate('date', '%d/%m/%Y'),
  candidate('date', '%m/%d/%Y'),
  candidate('date', '%d.%m.%Y'),
  candidate('date', '%d-%m-%Y'),
  candidate('date', '%Y/%m/%d'),
  candidate('date', '%d/%m/%y'),
  candidate('date', '%m/%d/%y'),
  candidate('datetime'),
  candidate('datetime', 'any'),
  candidate('datetime', '%d/%m/%Y %H:%M:%S'),
  candidate('datetime', '%d/%m/%Y %H:%M'),
  candidate('datetime', '%m/%d/%Y %H:%M:%S'),
  candidate('datetime', '%m/%d/%Y %H:%M'),
  candidate('time'),
  candidate('time', 'any'),
];
const ALL_CANDIDATES = (1 << CANDIDATES.length) - 1;
const BOOLEAN = 0;
const YEAR = 1;

/** Day-first formats and their month-first twins: both standing means the order could not be told from the data. */
const AMBIGUOUS_TWINS: ReadonlyMap<string, string> = new Map([
  ['%d/%m/%Y', '%m/%d/%Y'],
  ['%d/%m/%y', '%m/%d/%y'],
  ['%d/%m/%Y %H:%M:%S', '%m/%d/%Y %H:%M:%S'],
  ['%d/%m/%Y %H:%M', '%m/%d/%Y %H:%M'],
]);

const YEAR_NAME = /year/i;
/** Columns whose uniqueness is tracked, and how many distinct values each may hold before it is given up. */
export const KEY_CANDIDATES_TRACKED = 2;
export const KEY_VALUES_CAP = 1_000_000;

/** Names that say "identifier": id, code, key, ref or uuid, alone or as the last word (clinic_id, Supplier ID, rankId). */
export function looksLikeKeyName(name: string): boolean {
  const n = name.trim();
  return /^(?:id|code|key|ref|uuid)$/i.test(n) || /[^A-Za-z0-9](?:id|code|key|ref|uuid)$/i.test(n) || /[a-z0-9](?:Id|ID|Code|Key|Ref|Uuid|UUID)$/.test(n);
}

interface KeyTracking {
  column: number;
  /** Value → line of its first occurrence, until the column fails or the cap is reached. */
  seen?: Map<string, number>;
  failure?: string;
  /** A value such as "+5" or "-0" that odlint would cast equal to another spelling: unsafe as an integer key. */
  unsafeAsInteger: boolean;
}

interface ColumnState {
  alive: number;
  nonEmpty: number;
  /** A boolean word (true, False …) was seen, not only 0 and 1 (which are counts as often as flags). */
  booleanWord: boolean;
  /** The first row's cell of this column appears again below it: a value, such as a code, not a name. */
  headerRepeats: boolean;
}

/** The inference itself, fed by readCsv (or by tests) header first, then row by row. */
export class SchemaInference implements TableSink {
  private names: string[] = [];
  /** The first row as read: the header, unless finish() finds it is data. */
  private headerCells: string[] = [];
  private headerLine = 1;
  /** A later row repeats the whole first row (files joined with their headers): the first row is a header. */
  private headerRowRepeated = false;
  private columns: ColumnState[] = [];
  private keys: KeyTracking[] = [];
  private rows = 0;
  private readonly notes: string[] = [];

  header(cells: string[], line = 1): void {
    this.headerCells = [...cells]; // the reader reuses its arrays
    this.headerLine = line;
    this.names = cells.map((c, i) => c.trim() || `column_${i + 1}`);
    this.columns = this.names.map(() => ({ alive: ALL_CANDIDATES, nonEmpty: 0, booleanWord: false, headerRepeats: false }));
    // An exact "id" first, then identifier-like names from the left.
    const order = this.names.map((n, i) => ({ n, i })).filter(({ n }) => looksLikeKeyName(n));
    order.sort((a, b) => Number(b.n.toLowerCase() === 'id') - Number(a.n.toLowerCase() === 'id') || a.i - b.i);
    this.keys = order.slice(0, KEY_CANDIDATES_TRACKED).map(({ i }) => ({ column: i, seen: new Map(), unsafeAsInteger: false }));
  }

  row(cells: string[], line: number): void {
    this.rows++;
    const columns = this.columns;
    const first = this.headerCells;
    let sameAsFirst = 0;
    for (let c = 0; c < columns.length; c++) {
      const cell = cells[c];
      if (cell === undefined || cell === '') continue; // the empty cell is Table Schema's default missing value
      const state = columns[c]!;
      state.nonEmpty++;
      if (cell === first[c]) {
        state.headerRepeats = true;
        sameAsFirst++;
      }
      let alive = state.alive;
      if (alive === 0) continue;
      for (let k = 0; alive >> k !== 0; k++) {
        if ((alive & (1 << k)) !== 0 && !CANDIDATES[k]!.accepts(cell)) alive &= ~(1 << k);
      }
      if ((alive & (1 << BOOLEAN)) !== 0 && cell !== '0' && cell !== '1') state.booleanWord = true;
      state.alive = alive;
    }
    if (sameAsFirst > 1 && sameAsFirst === columns.length) this.headerRowRepeated = true;
    for (const key of this.keys) {
      if (!key.seen) continue;
      const cell = cells[key.column];
      if (cell === undefined || cell === '') {
        key.failure = `it is empty on line ${line}`;
        key.seen = undefined;
        continue;
      }
      const first = key.seen.get(cell);
      if (first !== undefined) {
        key.failure = `'${cell}' appears on lines ${first} and ${line}`;
        key.seen = undefined;
        continue;
      }
      if (key.seen.size >= KEY_VALUES_CAP) {
        key.failure = `the file has more than ${KEY_VALUES_CAP.toLocaleString('en')} rows, too many to confirm its values are unique`;
        key.seen = undefined;
        continue;
      }
      key.seen.set(cell, line);
      if (/^\+|^-0+$/.test(cell)) key.unsafeAsInteger = true;
    }
  }

  /**
   * The cells of the first row that show it is data, not a header, or undefined when it may be a header. A header
   * names columns in text, so the first row is data when none of its cells is text over a typed column ("amount" over
   * numbers) and its cells are values: they parse as the type of the typed column below them, or look like data (a
   * number, a date, a URL), or appear again in their column (a code) over a text column. At least one must be clear
   * evidence — a date, a decimal, a long number, a URL, a repeated code — since whole numbers alone also head columns
   * (years in a wide table, "region,2019,2020"; numbered answers, "question,1,2,3").
   */
  private firstRowIsData(): string[] | undefined {
    if (this.rows === 0 || this.headerRowRepeated) return undefined;
    const values: string[] = [];
    let clear = false;
    for (let i = 0; i < this.columns.length; i++) {
      const cell = this.headerCells[i] ?? '';
      const trimmed = cell.trim();
      if (trimmed === '') continue;
      const state = this.columns[i]!;
      const type = this.candidateOf(state);
      if (type !== undefined && type.accepts(cell)) {
        clear ||= (type.type !== 'integer' && type.type !== 'number') || CLEARLY_DATA.test(trimmed);
        values.push(cell);
      } else if (type !== undefined) {
        if (!LOOKS_LIKE_DATA.test(trimmed)) return undefined; // a name over typed values: a header
        clear ||= CLEARLY_DATA.test(trimmed); // another kind of value (0.5 over whole numbers): typed with them below
        values.push(cell);
      } else if (state.headerRepeats || LOOKS_LIKE_DATA.test(trimmed)) {
        clear ||= state.headerRepeats || CLEARLY_DATA.test(trimmed);
        values.push(cell);
      }
    }
    return clear ? values : undefined;
  }

  /** The schema, once every row has been read. */
  finish(): InferredTable {
    const values = this.firstRowIsData();
    const header = values === undefined;
    if (header) {
      this.noteHeaderNames();
    } else {
      // The first row is the first record: its cells are typed with the others, and the fields get positional names.
      const shown = values.slice(0, 3).map((v) => `'${v.length > 40 ? `${v.slice(0, 39)}…` : v}'`).join(', ');
      this.names = this.names.map((_, i) => `field${i + 1}`);
      this.keys = [];
      this.row(this.headerCells, this.headerLine);
      this.notes.push(
        `the first row looks like data, not a header (${shown}${values.length > 3 ? ' …' : ''} ${values.length === 1 ? 'is a value' : 'are values'} like those below): the fields are named field1 … field${this.names.length} and the dialect says "header": false; if the first row does name the columns, remove "header": false and name the fields after it`,
      );
    }
    const fields = this.names.map((name, i) => this.chooseType(name, this.columns[i]!));
    let primaryKey: string | undefined;
    if (this.rows === 0) this.notes.push('the file has a header but no data rows: every field is typed string and no primary key is declared');
    for (const key of this.rows === 0 ? [] : this.keys) {
      const field = fields[key.column]!;
      if (primaryKey !== undefined) break;
      if (key.failure === undefined && field.type !== 'string' && !(field.type === 'integer' && !key.unsafeAsInteger)) {
        key.failure = `it is typed ${field.type}`;
      }
      if (key.failure === undefined) primaryKey = field.name;
      else this.notes.push(`'${field.name}' looks like an identifier but is not declared the primary key: ${key.failure}`);
    }
    for (const key of this.keys) key.seen = undefined;
    return { fields, header, primaryKey, rows: this.rows, notes: this.notes };
  }

  /** Notes on the header's names: blank, or the same twice. */
  private noteHeaderNames(): void {
    this.headerCells.forEach((c, i) => {
      if (c.trim() === '') this.notes.push(`column ${i + 1} has no name in the header: the schema calls it 'column_${i + 1}'; give the column that name in the file too`);
    });
    const seen = new Set<string>();
    for (const name of this.names) {
      if (seen.has(name.toLowerCase())) this.notes.push(`the header names '${name}' more than once: rename one of the columns in the file and in the schema`);
      seen.add(name.toLowerCase());
    }
  }

  /** The candidate a column's values leave standing (undefined: none, or the column is empty: string). */
  private candidateOf(state: ColumnState, name?: string): Candidate | undefined {
    if (state.nonEmpty === 0) return undefined;
    for (let k = 0; k < CANDIDATES.length; k++) {
      if ((state.alive & (1 << k)) === 0) continue;
      if (k === BOOLEAN && !state.booleanWord) continue;
      if (k === YEAR && (name === undefined || !YEAR_NAME.test(name))) continue;
      return CANDIDATES[k]!;
    }
    return undefined;
  }

  private chooseType(name: string, state: ColumnState): InferredField {
    if (state.nonEmpty === 0) {
      if (this.rows > 0) this.notes.push(`'${name}' is empty in every row: typed string`);
      return { name, type: 'string' };
    }
    const chosen = this.candidateOf(state, name);
    if (chosen) {
      const twin = chosen.format === undefined ? undefined : AMBIGUOUS_TWINS.get(chosen.format);
      if (twin !== undefined && CANDIDATES.some((c, j) => c.format === twin && c.type === chosen.type && (state.alive & (1 << j)) !== 0)) {
        this.notes.push(`'${name}': no day in it is over 12, so day and month cannot be told apart; assumed day first ('${chosen.format}'): change the format to '${twin}' if the month comes first`);
      }
      return chosen.format === undefined ? { name, type: chosen.type } : { name, type: chosen.type, format: chosen.format };
    }
    return { name, type: 'string' };
  }
}

export interface InferredCsv {
  table: InferredTable;
  /** The encoding the file was read with, lower case ('utf-8', 'windows-1252', 'utf-16le' …). */
  encoding: string;
  /** The delimiter the file uses. */
  delimiter: string;
  facts: FileFacts;
}

/** Why a file cannot be described at all (empty, binary, unreadable dialect), or undefined. */
function unusable(facts: FileFacts): string | undefined {
  if (facts.size === 0) return 'it is empty: there is no header row to take field names from';
  if (facts.binaryKind) {
    const kind = facts.binaryKind === 'xlsx' || facts.binaryKind === 'xls' ? 'an Excel workbook' : facts.binaryKind === 'pdf' ? 'a PDF document' : `not text (${facts.binaryKind})`;
    return `it is ${kind}, not a CSV file`;
  }
  if (facts.encodingUnsupported) return `its encoding '${facts.encoding}' cannot be read`;
  if (facts.dialectError) return `it cannot be read as CSV: ${facts.dialectError}`;
  return undefined;
}

export class UnusableCsvError extends Error {}

/** Reader problems after which the rest of the file was not read: their messages say which lines. */
const LINES_LOST: ReadonlySet<string> = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_UNRECOVERABLE', 'RECORD_TOO_LARGE_STOP']);

/** Quotes out of place, read leniently: the row is read, with the quote in its value. */
const READ_LENIENTLY: ReadonlySet<string> = new Set(['INVALID_OPENING_QUOTE', 'CSV_INVALID_CLOSING_QUOTE']);

/**
 * What the reader could not read, for the notes: rows skipped (over the record size limit), and lines lost to a quote
 * never closed. Quotes out of place are not among them: their rows are read.
 */
function parseNotes(facts: FileFacts): string[] {
  const notes: string[] = [];
  const kept = facts.parseProblems;
  const skipped = kept.filter((p) => !LINES_LOST.has(p.code) && !READ_LENIENTLY.has(p.code));
  // Past the problems kept, each is counted as a skipped row.
  const skippedTotal = skipped.length + facts.parseProblemsTotal - kept.length;
  if (skippedTotal > 0) {
    notes.push(`${skippedTotal} row(s) could not be read (first on line ${skipped[0]?.line ?? kept.at(-1)?.line ?? '?'}) and were left out of the inference; odlint lint lists them`);
  }
  for (const p of kept.filter((q) => LINES_LOST.has(q.code))) {
    notes.push(`line ${p.line}: ${p.message}; they were left out of the inference`);
  }
  return notes;
}

/**
 * Reads a CSV file once, as odlint's reader does (delimiter sniffed from the header line, BOM and UTF-16 handled), and
 * infers its schema. A file that is not valid UTF-8 but looks like Windows-1252 is read a second time in that
 * encoding, so its names and values are decoded as lint will decode them once the encoding is declared.
 */
export async function inferCsv(file: string, dialect?: CsvDialect): Promise<InferredCsv> {
  const size = (await stat(file)).size;
  // 'spend.csv.gz' is read as lint reads it: decompressed (the name says it is compressed; formatOf in lint).
  const compression = /\.(gz|gzip)$/i.test(file) ? 'gz' as const : undefined;
  let inference = new SchemaInference();
  let facts = await readCsv(file, size, { dialect, compression }, inference);
  const problem = unusable(facts);
  if (problem) throw new UnusableCsvError(problem);
  const notes: string[] = [];
  if (facts.invalidBytesTotal > 0) {
    if (facts.likelyEncoding) {
      const encoding = facts.likelyEncoding;
      inference = new SchemaInference();
      facts = await readCsv(file, size, { encoding, dialect, compression }, inference);
      notes.push(`the file is not valid UTF-8 but reads as ${encoding}: declared "encoding": "${encoding}" (better: re-save it as UTF-8 and remove the declaration)`);
    } else {
      notes.push(`the file is not valid UTF-8 (${facts.invalidBytesTotal} bad byte sequences, first on line ${facts.invalidBytes[0]?.line ?? '?'}) and its encoding could not be guessed: re-save it as UTF-8`);
    }
  }
  notes.push(...parseNotes(facts));
  const table = inference.finish();
  table.notes.unshift(...notes);
  return { table, encoding: facts.encoding, delimiter: facts.delimiter ?? ',', facts };
}
