// JSON reports odlint reads back: the earlier one --compare sets the current one beside, and the shards' reports
// `odlint merge` joins. Each is read, parsed and checked against the report schema, so a wrong file gets a message
// naming it and what to give instead, never a crash mid-render.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintReport } from '../model/report.js';
import { OdlintError, where } from '../util/errors.js';
import { explainSchemaError, schemaValidator } from '../util/json-schema.js';
import { displayPath } from '../util/paths.js';
import { parseSource, SourceSyntaxError, type SourceDocument } from '../util/source.js';

/** How messages name the report being read, and what to give instead. */
export interface ReportRole {
  /** 'the earlier report', 'the shard report'. */
  what: string;
  /** What gave it: '--compare', 'odlint merge'. */
  given: string;
  hint: string;
}

const EARLIER: ReportRole = { what: 'the earlier report', given: '--compare', hint: 'Give a JSON report of an earlier run: odlint lint <paths> -f json -o report.json.' };

export function readPreviousReport(file: string, cwd: string): LintReport {
  return readReport(file, cwd, EARLIER);
}

export function readReport(file: string, cwd: string, role: ReportRole): LintReport {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a report' : `cannot be read (${code ?? (err as Error).message})`;
    throw new OdlintError(`${role.given} ${shown}: ${role.what} ${why}.`, role.hint);
  }
  let doc: SourceDocument;
  try {
    doc = parseSource(text.replace(/^\uFEFF/, ''), 'json');
  } catch (err) {
    if (err instanceof SourceSyntaxError) throw new OdlintError(`${where(shown, err.line, err.column)}: ${role.what} given to ${role.given} is not valid JSON: ${err.message}.`, role.hint);
    throw err;
  }
  const value = doc.value as { tool?: { name?: unknown } } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value.tool?.name !== 'odlint') {
    throw new OdlintError(`${role.given} ${shown}: this is not an odlint JSON report (it has no "tool": {"name": "odlint"}).`, role.hint);
  }
  const validate = schemaValidator('report.schema.json');
  if (!validate(value)) {
    throw explainSchemaError(abs, doc, validate.errors ?? [], (pointer) => `${role.what} given to ${role.given}${pointer ? ` at ${pointer}` : ''}`, `${role.hint} A report written by a newer odlint cannot be read by this one.`);
  }
  return value as LintReport;
}
