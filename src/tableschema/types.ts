// Frictionless Table Schema shapes, as odlint reads them (https://specs.frictionlessdata.io/table-schema/).

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
  missingValues?: string[];
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
  missingValues?: string[];
  primaryKey?: string | string[];
  uniqueKeys?: (string | string[])[];
  foreignKeys?: ForeignKey[];
  /** Table Schema v2: how header labels must match the fields. */
  fieldsMatch?: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
  [extra: string]: unknown;
}
