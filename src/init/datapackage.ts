// Builds a datapackage.json for CSV files that share one folder: resources and Table Schemas inferred from the data,
// and clearly marked placeholders for the metadata only a person can give (licence, schedule, publisher …), which
// odlint's licence and freshness rules flag until they are filled in.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CsvDialect } from '../model/dataset.js';
import { OdlintError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { inferCsv, UnusableCsvError, type InferredTable } from './infer-schema.js';

export const DATAPACKAGE_FILE = 'datapackage.json';

/** The placeholders, in the order they appear in the descriptor. Each starts with "TODO" so it is easy to find. */
export const PLACEHOLDERS = {
  title: 'TODO: a short title for the dataset',
  description: 'TODO: what the data is, where it comes from and what one row describes',
  publisher: { title: 'TODO: the department or body that publishes the data' },
  licenses: [
    {
      name: 'TODO',
      title: 'TODO: the licence: its id as name (e.g. CC-BY-4.0), its URL as path (https://creativecommons.org/licenses/by/4.0/)',
    },
  ],
  modified: 'TODO: the date the data last changed, as YYYY-MM-DD',
  accrualPeriodicity: 'TODO: how often it is updated, e.g. R/P1M (monthly), R/P3M (quarterly), R/P1Y (yearly), IRREG (no schedule)',
} as const;

/** Where the datapackage.json goes and which CSV files it describes, all absolute. */
export interface DatapackagePlan {
  folder: string;
  file: string;
  csvFiles: string[];
}

const JSON_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl']);

/** Checks the CSV paths (existing files, not JSON, one folder) before anything is read or written. */
export function planDatapackage(csvPaths: readonly string[], cwd: string): DatapackagePlan {
  const files: string[] = [];
  for (const given of csvPaths) {
    const abs = path.resolve(cwd, given);
    let isFile: boolean;
    try {
      isFile = statSync(abs).isFile();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new OdlintError(`--datapackage ${given}: no such file.`, 'Give the paths of CSV files, relative to the current folder.');
      throw new OdlintError(`--datapackage ${given}: the file cannot be read (${code ?? (err as Error).message}).`, 'Check that the file exists and that you may read it.');
    }
    if (!isFile) throw new OdlintError(`--datapackage ${given}: is a folder, not a CSV file.`, `Name the CSV files, e.g. odlint init --datapackage ${given.replace(/[\\/]+$/, '')}/*.csv`);
    if (JSON_EXTENSIONS.has(path.extname(abs).toLowerCase())) {
      throw new OdlintError(`--datapackage ${given}: odlint init infers a datapackage.json from CSV files only, and this is a JSON file.`, 'Give CSV (or TSV) files; describe JSON data in datapackage.json by hand.');
    }
    if (!files.includes(abs)) files.push(abs);
  }
  const folders = [...new Set(files.map((f) => path.dirname(f)))];
  if (folders.length > 1) {
    const where = folders.map((folder) => `${displayPath(files.find((f) => path.dirname(f) === folder)!, cwd)} is in ${displayPath(folder, cwd)}/`);
    throw new OdlintError(
      `--datapackage: the CSV files must all be in one folder, where the datapackage.json describing them is written; ${where.join(', ')}.`,
      'Run odlint init --datapackage once per folder (add --skip-config after the first run, which wrote the project config).',
    );
  }
  const folder = folders[0]!;
  return { folder, file: path.join(folder, DATAPACKAGE_FILE), csvFiles: files };
}

/** What init learned about one CSV file, for the descriptor and for the summary it prints. */
export interface InferredResource {
  file: string;
  name: string;
  encoding: string;
  delimiter: string;
  table: InferredTable;
}

/** Lower-case, URL-friendly names, as the Data Package profile wants for package and resource names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * The dialect to declare: a comma file with a header needs none; a .tsv file says its delimiter outright, for tools
 * that do not infer it; a file whose first row is data says it has no header row.
 */
function dialectOf(file: string, delimiter: string, header: boolean): CsvDialect | undefined {
  const dialect: CsvDialect = delimiter === ',' && !isTsv(file) ? {} : { delimiter };
  if (!header) dialect.header = false;
  return Object.keys(dialect).length > 0 ? dialect : undefined;
}

const isTsv = (file: string): boolean => path.extname(file).toLowerCase() === '.tsv';

/** Reads every CSV file of the plan (one streaming pass each) and infers its resource. */
export async function inferResources(plan: DatapackagePlan, cwd: string): Promise<InferredResource[]> {
  const resources: InferredResource[] = [];
  const names = new Set<string>();
  for (const file of plan.csvFiles) {
    const shown = displayPath(file, cwd);
    let inferred;
    try {
      // A .tsv file is read with tabs, as odlint lint reads it.
      inferred = await inferCsv(file, isTsv(file) ? { delimiter: '\t' } : undefined);
    } catch (err) {
      if (err instanceof UnusableCsvError) throw new OdlintError(`--datapackage ${shown}: ${err.message}.`, 'Give CSV files with a header row naming the columns.');
      const code = (err as NodeJS.ErrnoException).code;
      throw new OdlintError(`--datapackage ${shown}: the file cannot be read (${code ?? (err as Error).message}).`, 'Check that the file exists and that you may read it.');
    }
    if (inferred.delimiter !== ',' && !isTsv(file)) {
      const shownDelimiter = inferred.delimiter === '\t' ? '\\t' : inferred.delimiter;
      inferred.table.notes.unshift(
        `the file is separated by '${shownDelimiter}', declared in its dialect; the bundled standard still asks for commas (rule format/delimiter): re-save it with commas, or accept declared delimiters in the project config's rules: format/delimiter: { severity: error, with: { allowDeclared: true } }`,
      );
    }
    const base = slug(path.basename(file, path.extname(file))) || 'data';
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
    names.add(name);
    resources.push({ file, name, encoding: inferred.encoding, delimiter: inferred.delimiter, table: inferred.table });
  }
  return resources;
}

/** The descriptor: placeholders first (what the officer must fill in), then the inferred resources. */
export function buildDescriptor(plan: DatapackagePlan, resources: readonly InferredResource[]): Record<string, unknown> {
  return {
    name: slug(path.basename(plan.folder)) || resources[0]?.name || 'dataset',
    title: PLACEHOLDERS.title,
    description: PLACEHOLDERS.description,
    publisher: { ...PLACEHOLDERS.publisher },
    licenses: PLACEHOLDERS.licenses.map((l) => ({ ...l })),
    modified: PLACEHOLDERS.modified,
    accrualPeriodicity: PLACEHOLDERS.accrualPeriodicity,
    profile: 'tabular-data-package',
    resources: resources.map((r) => {
      const dialect = dialectOf(r.file, r.delimiter, r.table.header);
      const schema: Record<string, unknown> = { fields: r.table.fields.map((f) => ({ ...f })) };
      if (r.table.primaryKey !== undefined) schema.primaryKey = r.table.primaryKey;
      return {
        name: r.name,
        path: path.basename(r.file),
        profile: 'tabular-data-resource',
        format: isTsv(r.file) ? 'tsv' : 'csv',
        mediatype: isTsv(r.file) ? 'text/tab-separated-values' : 'text/csv',
        encoding: r.encoding,
        ...(dialect ? { dialect } : {}),
        schema,
      };
    }),
  };
}

export function descriptorText(descriptor: Record<string, unknown>): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
