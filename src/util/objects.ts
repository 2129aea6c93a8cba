// The one test for "a JSON object" (not null, not an array) that readers of metadata, rule files and vocabularies share.

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
