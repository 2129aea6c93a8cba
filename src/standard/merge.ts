// How a change's options combine with the options it changes: objects merge key by key, everything else (arrays
// included) is replaced, so a department can swap a whole list without having to know what the base list held.

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepMerge(base: unknown, change: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(change)) return structuredClone(change);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(change)) {
    // defineProperty, not assignment: a key named __proto__ (JSON and YAML allow it) stays a key.
    Object.defineProperty(out, key, {
      value: Object.hasOwn(out, key) ? deepMerge(out[key], value) : structuredClone(value),
      enumerable: true, writable: true, configurable: true,
    });
  }
  return out;
}
