// Frictionless Table Schema shapes, as odlint reads them (https://specs.frictionlessdata.io/table-schema/).
import type { HintRef } from './check.js';

export type FieldType =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'year'
  | 'yearmonth'
  | 'duration'
  | 'object'
  | 'array'
  | 'geopoint'
  | 'geojson'
  | 'any';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  enum?: unknown[];
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  minLength?: number;
  maxLength?: number;
}

export interface Field {
  name: string;
  type?: FieldType | string;
  format?: string;
  title?: string;
  description?: string;
  constraints?: FieldConstraints;
  /** As strings: Table Schema v2 objects {value, label} are read as their value. */
  missingValues?: string[];
  /** Table Schema v2: the values the field may hold (objects {value, label} are read as their value). */
  categories?: (string | number)[];
  categoriesOrdered?: boolean;
  // number options
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  // boolean options
  trueValues?: string[];
  falseValues?: string[];
  [extra: string]: unknown;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource?: string; fields: string | string[]; package?: string };
  /** Position in the descriptor's foreignKeys (malformed entries before it may have been dropped). */
  sourceIndex?: number;
}

export interface TableSchema {
  fields: Field[];
  /** As strings: Table Schema v2 objects {value, label} are read as their value. */
  missingValues?: string[];
  primaryKey?: string | string[];
  uniqueKeys?: (string | string[])[];
  foreignKeys?: ForeignKey[];
  /** Table Schema v2: how header labels must match the fields. */
  fieldsMatch?: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
  [extra: string]: unknown;
}

export interface CompiledField {
  readonly field: Field;
  readonly name: string;
  /** Normalised type, 'string' when absent; unknown types are treated as 'any'. */
  readonly type: string;
  /**
   * Parses a non-missing cell. Returns a comparable primitive or INVALID (tableschema/cast.ts):
   * string/any → the string; number → number (NaN, ±Infinity for 'NaN', 'INF', '-INF'); integer → number, or bigint
   * beyond ±(2^53-1); boolean → boolean; date → days since 1970-01-01; datetime → epoch ms (UTC); time → seconds
   * since midnight; year → number; yearmonth → year*12 + (month-1); duration → approximate seconds; object, array,
   * geojson → the parsed JSON value; geopoint → the cell as is.
   */
  cast(cell: string): unknown;
  /**
   * Casts a value as JSON.parse gives it (JSON data files): like cast(jsonCellText(value)), but without turning the
   * value into text where a direct cast is more faithful. Strings are cast as cells, null as the empty cell, values of a
   * type without a direct cast as their cell text. The results differ on purpose here:
   * - number: a JSON number is itself (-0 as 0). decimalChar, groupChar and bareNumber describe text: the text '1234.5'
   *   is rejected under decimalChar ',' and read as 12345 with groupChar '.' too; the number is not.
   * - integer: an integral number is itself within ±(2^53-1), beyond that the bigint of the digits String() writes, so
   *   also from 1e21 on, whose text '1e+21' is no integer. A fractional number is INVALID even under groupChar '.',
   *   where the text '1.5' reads as 15.
   * - boolean: JSON true and false are themselves, whatever trueValues and falseValues list.
   * - object, array, geojson: the parsed value itself, not a copy: nothing is parsed again, and nested values stay as
   *   parsed (a second parse would turn -0 into 0).
   */
  castJson(value: unknown): unknown;
  /** Human wording of what is expected, for messages. */
  readonly expected: string;
  /** Cold path, only after cast failed: a short reason or a hint, in English. May return undefined. */
  explain(cell: string): string | undefined;
  /** The same as a hint by id (TYPE_WORDS in tableschema/words.ts), for the type check to give in any language. */
  explainHint(cell: string): HintRef | undefined;
  /** The cells that mean "no value" for this field: field.missingValues ?? schema missingValues ?? [''] */
  readonly missingValues: ReadonlySet<string>;
  /** True when the empty cell is the only missing value (the default), so a plain comparison answers isMissing. */
  readonly onlyEmptyIsMissing: boolean;
}

export interface BoundColumn {
  /** 0-based position of the field in the schema. */
  fieldIndex: number;
  compiled: CompiledField;
}
