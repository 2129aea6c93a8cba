// Wording helpers shared by checks, so every message shows values the same way.

/** A cell value as shown in a message: quoted, invisible characters made visible, long values shortened. */
export function show(value: string, max = 60): string {
  let v = value.replace(/\u00a0/g, '\\u00A0').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  if (v.length > max) v = `${v.slice(0, max - 1)}…`;
  return `'${v}'`;
}
