// The published JSON Schemas (schemas/*.json) as validators, and an ajv error explained as one sentence at the line
// of the value at fault: one module for the standard's files, configs and baselines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { OdlintError, where } from './errors.js';
import { PACKAGE_ROOT } from './package-root.js';
import { prebuiltSchemaValidator, schemaReferences } from './prebuilt-validators.js';
import { displayPath } from './paths.js';
import { escapePointerToken, type SourceDocument } from './source.js';

/** A schema shipped in schemas/, parsed. */
export function packageSchema(name: string): Record<string, unknown> {
  return JSON.parse(schemaText(name)) as Record<string, unknown>;
}

function schemaText(name: string): string {
  return readFileSync(path.join(PACKAGE_ROOT, 'schemas', name), 'utf8');
}

// One ajv for every published schema: a schema another refers to (the rule file's, from the standard's) is compiled
// once, and a run that validates a standard, a config and a baseline pays for each schema once.
let shared: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * The validator of a schema in schemas/ (by file name): the one the build compiled from this very schema
 * (util/prebuilt-validators.ts), else compiled once here with the schemas it refers to.
 */
export function schemaValidator(name: string, references: readonly string[] = []): ValidateFunction {
  let validate = validators.get(name);
  if (validate) return validate;
  const text = schemaText(name);
  validate = prebuiltSchemaValidator(name, [...schemaReferences(text).map(schemaText), text]);
  if (!validate) {
    shared ??= createAjv({ verbose: true });
    for (const file of [...references, name]) {
      if (!shared.getSchema(file)) shared.addSchema(packageSchema(file), file);
    }
    validate = shared.getSchema(name)!;
  }
  validators.set(name, validate);
  return validate;
}

/** Names the place an error is at in words ("rule 'format/bom', property 'severity',"), from its JSON pointer. */
export type PointerLabel = (pointer: string) => string;

/**
 * Turns the most useful ajv error into one sentence with the line of the property at fault: an unknown property
 * first (the likeliest typo), else the deepest error that is not a mere oneOf/if summary.
 */
export function explainSchemaError(file: string, doc: SourceDocument, errors: ErrorObject[], label: PointerLabel, hint?: string): OdlintError {
  const sorted = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  const err = sorted.find((e) => e.keyword === 'additionalProperties') ?? sorted.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'if') ?? sorted[0]!;
  const at = err.instancePath;
  const place = label(at);
  let message: string;
  let pos = doc.locate(at);
  switch (err.keyword) {
    case 'additionalProperties': {
      const extra = String(err.params.additionalProperty);
      pos = doc.locateKey(`${at}/${escapePointerToken(extra)}`) ?? pos;
      const allowed = Object.keys((err.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      message = `${place} has an unknown property '${extra}'${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
      break;
    }
    case 'required':
      message = `${place} is missing the required property '${String(err.params.missingProperty)}'`;
      break;
    case 'enum':
      message = `${place} must be one of ${(err.params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`;
      break;
    case 'const':
      message = `${place} must be ${JSON.stringify(err.params.allowedValue)}`;
      break;
    case 'type':
      message = `${place} must be of type ${String(err.params.type)}`;
      break;
    case 'propertyNames':
      pos = doc.locateKey(`${at}/${String(err.params.propertyName)}`) ?? pos;
      message = `${place}: '${String(err.params.propertyName)}' is not a valid name`;
      break;
    default:
      message = `${place} ${err.message ?? 'is invalid'}`;
  }
  return new OdlintError(`${where(displayPath(file), pos?.line, pos?.column)}: ${message}.`, hint);
}
