// Errors that end a run with exit code 2 and a clear message (never a stack trace): bad usage, config or standard.

export class OdlintError extends Error {
  constructor(
    message: string,
    /** What to do about it, printed after the message. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'OdlintError';
  }
}

/** Formats a location the way editors and terminals link it: file:line:column. */
export function where(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}
