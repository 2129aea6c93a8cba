// One place that configures ajv the same way for every schema odlint validates (standards, metadata, records).
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { safeRegExp } from './safe-regex.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

// JSON Schema `pattern` and `patternProperties` come from data and standards: they run on the linear-time engine, and
// one it cannot run fails the compile with a message that says why. (`code` names it in ajv's standalone code, which
// scripts/build-validators.mjs generates and util/prebuilt-validators.ts hands this function.)
const regExp = Object.assign((pattern: string, flags: string) => safeRegExp(pattern, flags), { code: 'safeRegExp' });

export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, ...options, code: { regExp, ...options.code } });
  addFormats(ajv);
  return ajv;
}
