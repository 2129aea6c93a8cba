// Counted nouns in English messages ("1 file", "3 entries"): one helper, so every message counts the same way.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
