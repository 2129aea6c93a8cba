// Sizes as users write them (`64MiB`, `512k`, `1GB`, `1000000`) and as messages show them (`64 MiB`). Binary and
// decimal units are both accepted, as people mix them: `MiB` and `MB` differ by 5%, which a limit does not mind.

/** The largest record or cell read by default: larger ones are reported and skipped, so memory stays bounded. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = {
  '': 1, b: 1,
  k: 1024, kb: 1000, kib: 1024,
  m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2,
  g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3,
};

/** A size in bytes, or undefined when the text is not one (a positive whole or decimal number with an optional unit). */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.round(Number(m[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** A size for a message: whole binary units when exact (`64 MiB`), otherwise bytes with thousands separators. */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  // Grouped by hand: toLocaleString would depend on the locale, and output must not.
  return `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
}
