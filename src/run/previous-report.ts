// The earlier JSON report that --compare sets the current one beside: read, parsed and checked against the report
// schema, so a wrong file gets a message naming it and what to give instead, never a crash mid-render.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintReport } from '../model/report.js';
import { OdlintError, where } from '../util/errors.js';
import { explainSchemaError, schemaValidator } from '../util/json-schema.js';
import { displayPath } from '../util/paths.js';
import { parseSource, SourceSyntaxError, type SourceDocument } from '../util/source.js';

const WRITE_ONE = 'Give a JSON report of an earlier run: odlint lint <paths> -f json -o report.json.';

export function readPreviousReport(file: string, cwd: string): LintReport {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a report' : `cannot be read (${code ?? (err as Error).message})`;
    throw new OdlintError(`--compare ${shown}: the earlier report ${why}.`, WRITE_ONE);
  }
  let doc: SourceDocument;
  try {
    doc = parseSource(text.replace(/^\uFEFF/, ''), 'json');
  } catch (err) {
    if (err instanceof SourceSyntaxError) throw new OdlintError(`${where(shown, err.line, err.column)}: the earlier report given to --compare is not valid JSON: ${err.message}.`, WRITE_ONE);
    throw err;
  }
  const value = doc.value as { tool?: { name?: unknown } } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value.tool?.name !== 'odlint') {
    throw new OdlintError(`--compare ${shown}: this is not an odlint JSON report (it has no "tool": {"name": "odlint"}).`, WRITE_ONE);
  }
  const validate = schemaValidator('report.schema.json');
  if (!validate(value)) {
    throw explainSchemaError(abs, doc, validate.errors ?? [], (pointer) => `the earlier report given to --compare${pointer ? ` at ${pointer}` : ''}`, `${WRITE_ONE} A report written by a newer odlint cannot be read by this one.`);
  }
  return value as LintReport;
}
