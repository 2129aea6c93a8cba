// Byte-level observations about one data file, gathered while it is streamed once. Checks turn them into findings.

export type LineEnding = 'CRLF' | 'LF' | 'CR';

export interface InvalidByteSequence {
  line: number;
  /** 0-based byte offset in the file. */
  offset: number;
  /** The offending bytes, as hex, e.g. 'e9'. */
  bytes: string;
  /** A few characters of context around it, with U+FFFD where the bytes were. */
  context: string;
}

export interface ParseProblem {
  line: number;
  record?: number;
  /**
   * csv-parse's error code, e.g. CSV_QUOTE_NOT_CLOSED, INVALID_OPENING_QUOTE; or the reader's own: CSV_UNRECOVERABLE
   * (the rest of the file was swallowed), RECORD_TOO_LARGE and QUOTED_FIELD_TOO_LARGE (a record over the size limit was
   * skipped), RECORD_TOO_LARGE_STOP (reading stopped at a record over the size limit).
   */
  code: string;
  message: string;
  /** A record csv-parse skipped that spans several lines: its last line (the lines from `line` were not read). */
  lastLine?: number;
  /** A record over the size limit that ends inside a quoted field: the line of its opening quote. */
  quoteLine?: number;
  /** After a record over the size limit: where reading resumed, when known at once. */
  resumeLine?: number;
  /** The record size limit a RECORD_TOO_LARGE* problem went over. */
  maxRecordBytes?: number;
}

/** The type of a JSON value. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** What is wrong with the shape of a JSON data file; the json-structure check words it. */
export type JsonStructureProblem =
  /** A record (an element of the top-level array, or an NDJSON line) that is not an object. */
  | { id: 'recordNotObject'; record: number; type: Exclude<JsonType, 'object'> }
  /** Rows as arrays (the first record is an array, the header): a later record that is not an array. */
  | { id: 'recordNotArray'; record: number; type: Exclude<JsonType, 'array'> }
  /** Rows as arrays: the header (the first array) holds a value that is not a string, at position `position`. */
  | { id: 'headerNotString'; position: number; type: Exclude<JsonType, 'string'>; value: string }
  /**
   * The top-level value is not an array of records: nothing was read. looksLike: an object whose first member is a
   * GeoJSON or TopoJSON "type".
   */
  | { id: 'notArray'; type: Exclude<JsonType, 'array'>; looksLike?: 'geojson' | 'topojson' }
  /**
   * A record (an element of the top-level array, or an NDJSON line) at least `maxRecordBytes` characters long, or the
   * top-level value itself when it is not an array: it was skipped (not kept in memory), and reading went on after it
   * when its end could be found.
   */
  | { id: 'recordTooLarge'; record?: number; maxRecordBytes: number }
  /** The top-level object holds the array of records in its property `key`: they were read from there. */
  | { id: 'wrappedRecords'; key: string }
  /** That object has other properties after `key`: reading stopped there. */
  | { id: 'wrapperHasMore'; key: string }
  /** A key written more than once in one object of a record (JSON.parse keeps the last value). */
  | { id: 'duplicateKey'; key: string };

/**
 * What is wrong with the structure of a GeoJSON (RFC 7946) or TopoJSON document; the geo-structure check words it.
 * `pointer` is the JSON pointer of the value concerned, `line` and `column` its position in the file (1-based).
 */
export interface GeoProblem {
  id: string;
  pointer: string;
  line: number;
  column: number;
  /** The placeholders of the message: what was found and what was expected. */
  data: Record<string, string | number>;
}

export type JsonProblem =
  | { kind: 'syntax'; line: number; column: number; message: string }
  | { kind: 'structure'; line: number; column: number; problem: JsonStructureProblem };

export interface FileFacts {
  /** Size in bytes. */
  size: number;
  /** Physical lines in the file (a final line break does not start a new line). */
  lines: number;
  /** Declared or default encoding the file was decoded with (lower case). */
  encoding: string;
  /** True when the encoding was declared in the metadata. */
  encodingDeclared: boolean;
  /** True when the encoding is not one the decoder supports; nothing else was read. */
  encodingUnsupported: boolean;
  bom: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined;
  /**
   * Set when the content is UTF-16 or UTF-32, known by its byte-order mark or by the NUL pattern of its characters:
   * it was decoded so (`encoding` says it too), whatever the metadata declares.
   */
  encodingDetected?: { encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'; by: 'bom' | 'nulPattern' };
  /** The encoding the metadata declares, as written, when it differs from the detected one. */
  encodingDeclaredAs?: string;
  /** NUL bytes (NUL characters in UTF-16 and UTF-32) anywhere in the text, and the line of the first one. */
  nulBytes?: { count: number; line: number };
  /** Invalid byte sequences for the encoding (UTF-8 only), at most `invalidBytesKept` of them. */
  invalidBytes: InvalidByteSequence[];
  invalidBytesTotal: number;
  /** A guess at what the file really is when it is not valid UTF-8 ('windows-1252' …), for hints. */
  likelyEncoding?: string;
  /** Record terminators outside quoted fields, by kind, with the first line of each kind. */
  lineEndings: Partial<Record<LineEnding, { count: number; firstLine: number }>>;
  /** What the content looks like when it is not text: 'pdf', 'xlsx', 'xls', 'zip', 'gzip', 'binary'. */
  binaryKind?: string;
  /** Set when the file was decompressed while being read: everything else describes the decompressed text. */
  compression?: 'gz';
  /**
   * Set when the resource is declared or named gzip-compressed but the file is not: 'notCompressed' (it was read as
   * it is); or when decompressing failed part way: 'corrupt' or 'truncated', after `line` lines of text (the rows
   * before it were read), with zlib's own words in `message`.
   */
  compressionProblem?: { kind: 'notCompressed' | 'corrupt' | 'truncated'; line?: number; message?: string };
  /** CSV only: the delimiter the reader used, and the one the header line suggests when they differ. */
  delimiter?: string;
  delimiterDeclared?: boolean;
  suggestedDelimiter?: string;
  /** CSV only: parse problems (quoting) reported by the parser; the affected records were skipped. */
  parseProblems: ParseProblem[];
  /** CSV only: how many parse problems there were in all (only the first 100 are kept). */
  parseProblemsTotal: number;
  /** JSON only: syntax and structure problems, in file order. */
  jsonProblems: JsonProblem[];
  /** GeoJSON and TopoJSON only: the first structure problems, in document order, and how many there were in all. */
  geoProblems?: GeoProblem[];
  geoProblemsTotal?: number;
  /** CSV only: set when the declared dialect cannot be used to read the file (the parser's reason). */
  dialectError?: string;
  /** Set when the file could not be read at all (permissions, vanished, a folder): the OS error code. */
  readError?: string;
  /**
   * Whether a header row was read: CSV unless the dialect says `header: false`; JSON when the records are arrays (the
   * first one is the header).
   */
  headerRow: boolean;
  records: number;
}
