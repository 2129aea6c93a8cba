/** Levenshtein distance, stopping early once it exceeds max (labels and names are short). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j]! < best) best = cur[j]!;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The one candidate within a small edit distance of value (about one typo per five characters), if exactly one. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const v = value.trim().toLowerCase();
  const max = Math.max(1, Math.floor(v.length / 5));
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(v, c.trim().toLowerCase(), max);
    if (d < bestDistance) { best = c; bestDistance = d; tie = false; }
    else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}
