// Which formats a lint run writes, and where: several in one run (--format repeated, --output-file format=path, the
// config's format and outputFile), at most one of them on standard output. Every output renders the same report.
import path from 'node:path';
import { OdlintError } from '../util/errors.js';

export interface OutputTarget {
  format: string;
  /** Absolute path; undefined for standard output. */
  file?: string;
}

export interface OutputRequest {
  /** --format values, in the order given. */
  formats?: string[];
  /** --output-file values, "format=path" (paths relative to cwd). */
  outputFiles?: string[];
  /** --output (relative to cwd). */
  output?: string;
  /** The config's format, output and outputFile (paths already absolute), and how to name it in messages. */
  config?: { formats?: string[]; output?: string; outputFiles?: Record<string, string>; label: string };
  known: readonly string[];
  cwd: string;
}

/** Parses "sarif=out/odlint.sarif". */
export function parseOutputFile(value: string, known: readonly string[]): { format: string; file: string } {
  const eq = value.indexOf('=');
  const format = eq > 0 ? value.slice(0, eq) : '';
  const file = eq > 0 ? value.slice(eq + 1) : '';
  if (!format || !file) {
    throw new OdlintError(`--output-file ${value}: expected <format>=<path>, e.g. sarif=out/odlint.sarif.`);
  }
  if (!known.includes(format)) {
    throw new OdlintError(`--output-file ${value}: unknown format '${format}'.`, `Use one of: ${known.join(', ')}.`);
  }
  return { format, file };
}

export function planOutputs(req: OutputRequest): OutputTarget[] {
  const files = new Map<string, string>(Object.entries(req.config?.outputFiles ?? {}));
  for (const v of req.outputFiles ?? []) {
    const { format, file } = parseOutputFile(v, req.known);
    files.set(format, path.resolve(req.cwd, file));
  }
  const fromFlags = (req.formats ?? []).length > 0;
  const named = fromFlags ? req.formats! : req.config?.formats ?? [];
  for (const f of named) {
    if (!req.known.includes(f)) {
      throw new OdlintError(`${fromFlags ? '--format' : `${req.config!.label}: format`} ${f}: unknown format.`, `Use one of: ${req.known.join(', ')} (odlint lint --help lists every option).`);
    }
  }
  for (const f of files.keys()) {
    if (!req.known.includes(f)) throw new OdlintError(`${req.config!.label}: outputFile ${f}: unknown format.`, `Use one of: ${req.known.join(', ')}.`);
  }
  const formats = [...new Set([...named, ...files.keys()])];
  // Nothing named for the terminal: it gets the human report, beside whatever goes to files.
  if (named.length === 0 && !files.has('stylish')) formats.unshift('stylish');

  const toStdout = formats.filter((f) => !files.has(f));
  if (toStdout.length > 1) {
    throw new OdlintError(
      `only one format can go to standard output, but ${toStdout.join(', ')} have no file.`,
      `Give the others a file: --output-file ${toStdout[1]}=<path> (repeatable), or drop a --format.`,
    );
  }
  const output = req.output !== undefined ? path.resolve(req.cwd, req.output) : req.config?.output;
  if (output !== undefined) {
    if (toStdout.length === 0) {
      throw new OdlintError(`${req.output !== undefined ? '--output' : `${req.config!.label}: output`} names a file, but every format already has one (--output-file).`, 'Drop --output, or name the format it is for with --output-file <format>=<path>.');
    }
    files.set(toStdout[0]!, output);
  }
  const targets = formats.map((format) => ({ format, file: files.get(format) }));
  const written = new Map<string, string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    const other = written.get(t.file);
    if (other) throw new OdlintError(`${other} and ${t.format} would both be written to ${t.file}.`, 'Give each format its own file.');
    written.set(t.file, t.format);
  }
  return targets;
}
