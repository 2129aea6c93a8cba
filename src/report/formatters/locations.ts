// Where a finding is, as CI tools want it: paths relative to the repository root (GitHub annotates and code scanning
// matches alerts by repository path, GitLab Code Quality by project path), and a column only where it counts
// characters.
import path from 'node:path';
import type { Finding } from '../../model/finding.js';
import type { FormatterOptions } from '../../model/report.js';

export interface RepositoryPaths {
  /** Absolute path of the repository root. */
  root: string;
  /** A report path (relative to the working folder) relative to the root, with '/' separators. */
  relative(file: string): string;
  /** The absolute path of a report path. */
  absolute(file: string): string;
}

/** Resolves report paths against options.cwd and rebases them on options.repositoryRoot. */
export function repositoryPaths(options: FormatterOptions): RepositoryPaths {
  const cwd = options.cwd;
  const root = path.resolve(cwd, options.repositoryRoot);
  const absolute = (file: string): string => path.resolve(cwd, file);
  const relative = (file: string): string => path.relative(root, absolute(file)).split(path.sep).join('/') || '.';
  return { root, relative, absolute };
}

/** True when a root-relative path leaves the root (a file linted outside the repository). */
export function isOutsideRoot(relativePath: string): boolean {
  return relativePath === '..' || relativePath.startsWith('../') || path.isAbsolute(relativePath);
}

/** JSON text, where odlint's column is a character position (UTF-16 code units). */
const JSON_TEXT_FILE = /\.(?:json|ndjson|jsonl|geojson|topojson)$/i;

/**
 * The finding's column when it is a character position: in JSON data and metadata files. In delimited files
 * odlint's column is the cell's position in the row, which an editor would misplace as a character column.
 */
export function characterColumn(f: Finding): number | undefined {
  return f.line !== undefined && f.column !== undefined && JSON_TEXT_FILE.test(f.file) ? f.column : undefined;
}

/** "5:3", "5" or "-" (file-level), as the stylish format shows positions. */
export function position(f: Finding): string {
  return f.line === undefined ? '-' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`;
}

