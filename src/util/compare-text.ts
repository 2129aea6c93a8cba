// The order of strings in output: by UTF-16 code unit, never localeCompare, so the same inputs give the same bytes on
// every machine whatever its locale.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
