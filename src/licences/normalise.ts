// How licence ids, URLs and titles are compared: each is reduced to a normal form, and two spellings of the same
// licence meet there. The vocabulary's own ids, URLs and titles go through the same functions when it is indexed.

/** Ids compare case-insensitively, with white space and underscores read as hyphens: 'CC BY 4.0' is 'cc-by-4.0'. */
export function normaliseId(id: string): string {
  return id.normalize('NFKC').trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-{2,}/g, '-');
}

/**
 * URLs compare without their scheme (http and https), 'www.', query, fragment, case and trailing slash, and without
 * the page variants of one licence: '/legalcode', '/legalcode.en', '/deed.fr', '/index.html'.
 * 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' →
 * 'nationalarchives.gov.uk/doc/open-government-licence/version/3'.
 */
export function normaliseUrl(url: string): string {
  let u = url.normalize('NFKC').trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '').replace(/[#?].*$/, '');
  for (;;) {
    const next = u.replace(/\/+$/, '').replace(/\/(?:legalcode|deed)(?:\.[a-z_-]+)?$/, '').replace(/\/index\.html?$/, '');
    if (next === u) return u;
    u = next;
  }
}

/** True when a string is written as a URL: with a scheme, or a host name followed by a path. */
export function looksLikeUrl(s: string): boolean {
  const t = s.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(t) || /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i.test(t);
}

/**
 * Titles compare by their letters and digits only, in lower case, with 'license' and 'licence' alike, accents
 * dropped, a leading 'the' ignored, and versions written 'v3.0', 'version 3.0', '3.0' or '3' alike:
 * 'Open Government License v3.0' and 'open government licence 3' meet at 'opengovernmentlicence3'.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/licen[cs]e/g, 'licence')
    .replace(/&/g, ' and ')
    .replace(/\bv(?:ersion)?\.?\s*(?=\d)/g, '')
    .replace(/(\d+)\.0\b/g, '$1')
    .replace(/^\W*the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Levenshtein distance, for suggesting the closest known spelling. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
