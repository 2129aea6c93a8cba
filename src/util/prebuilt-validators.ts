// Validators compiled at build time (scripts/build-validators.mjs writes dist/validators/), found by the hash of the
// schema they were compiled from: a schema changed since the build has no match and is compiled at run time, as is
// every schema when odlint runs from its sources (tests).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { safeRegExp } from './safe-regex.js';

type Loaded = Record<string, ValidateFunction> & { hash?: string };

const requireHere = createRequire(import.meta.url);
const loaded = new Map<string, Loaded | null>();

function prebuilt(file: string): Loaded | undefined {
  if (!loaded.has(file)) {
    let mod: Loaded | null = null;
    try {
      const factory = requireHere(`../validators/${file}`) as ((engine: typeof safeRegExp) => Loaded) & { hash?: string };
      mod = Object.assign(factory(safeRegExp), { hash: factory.hash });
    } catch {
      mod = null; // not built (a run from the sources), or unreadable: compile at run time
    }
    loaded.set(file, mod);
  }
  return loaded.get(file) ?? undefined;
}

/** The other schema files a schema's text refers to ("$ref": "rule-file.schema.json#/…"), sorted. */
export function schemaReferences(text: string): string[] {
  return [...new Set([...text.matchAll(/"\$ref":\s*"([^#"]+)#?/g)].map((m) => m[1]!))].sort();
}

/** The hash a published schema's validator is stored under: its name and the texts of the schemas it needs, itself last. */
export function schemaHash(name: string, texts: readonly string[]): string {
  const hash = createHash('sha256').update(name);
  for (const t of texts) hash.update('\u0000').update(t);
  return hash.digest('hex');
}

/** The hash an option schema's validator is stored under. */
export function optionsSchemaHash(schema: unknown): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
}

/** The build's validator of a published schema, when it was compiled from these texts (schemaHash). */
export function prebuiltSchemaValidator(name: string, texts: readonly string[]): ValidateFunction | undefined {
  const mod = prebuilt(`${name}.cjs`);
  if (!mod || mod.hash !== schemaHash(name, texts)) return undefined;
  return mod.validate;
}

/** The build's validator of a check's option schema, when there is one for this very schema. */
export function prebuiltOptionsValidator(schema: unknown): ValidateFunction | undefined {
  const mod = prebuilt('options.cjs');
  return mod?.[optionsSchemaHash(schema)];
}
