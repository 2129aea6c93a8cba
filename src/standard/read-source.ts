// Reading one file of a standard (root file, rule file, vocabulary, catalogue, scoring method) as a document with
// positions, or an OdlintError naming the file and, for a syntax error, the line.
import { readFileSync } from 'node:fs';
import { OdlintError, where } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { parseSource, SourceSyntaxError, type SourceDocument } from '../util/source.js';
import { snapshotDocument } from '../util/source-snapshot.js';

/** `what` names the file in messages ("the scoring method"). */
export function readSource(file: string, what = 'the file'): SourceDocument {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new OdlintError(`${shown}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  const snapshot = snapshotDocument(file, text);
  if (snapshot) return snapshot;
  try {
    return parseSource(text, file.endsWith('.json') ? 'json' : 'yaml');
  } catch (err) {
    if (err instanceof SourceSyntaxError) {
      throw new OdlintError(`${where(shown, err.line, err.column)}: ${what} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${err.message}.`);
    }
    throw err;
  }
}
