// The built-in checks, by the id a rule names in `check:`. Adding a check is adding a module and a line here.
import type { Check } from '../model/check.js';
import { OdlintError } from '../util/errors.js';
import { FRESHNESS_CHECKS } from './freshness/index.js';
import { LICENCE_CHECKS } from './licence/index.js';
import { LINKING_CHECKS } from './linking/index.js';
import blankRow from './format/blank-row.js';
import bom from './format/bom.js';
import delimiter from './format/delimiter.js';
import encoding from './format/encoding.js';
import enumCheck from './format/enum.js';
import fileEmpty from './format/file-empty.js';
import fileFormat from './format/file-format.js';
import fileReadable from './format/file-readable.js';
import headerBlank from './format/header-blank.js';
import headerDuplicate from './format/header-duplicate.js';
import headerMissing from './format/header-missing.js';
import headerPadded from './format/header-padded.js';
import headerSchema from './format/header-schema.js';
import jsonSchema from './format/json-schema.js';
import geoStructure from './format/geo-structure.js';
import jsonStructure from './format/json-structure.js';
import jsonSyntax from './format/json-syntax.js';
import leadingZeros from './format/leading-zeros.js';
import length from './format/length.js';
import lineEndings from './format/line-endings.js';
import metadataMissing from './format/metadata-missing.js';
import metadataValid from './format/metadata-valid.js';
import metadataVariant from './format/metadata-variant.js';
import metadataUnread from './format/metadata-unread.js';
import pattern from './format/pattern.js';
import quoting from './format/quoting.js';
import range from './format/range.js';
import raggedRow from './format/ragged-row.js';
import required from './format/required.js';
import resourcePath from './format/resource-path.js';
import resourceRemote from './format/resource-remote.js';
import schemaMissing from './format/schema-missing.js';
import type from './format/type.js';
import unique from './format/unique.js';

const FORMAT_CHECKS: readonly Check[] = [
  blankRow, bom, delimiter, encoding, enumCheck, fileEmpty, fileFormat, fileReadable, geoStructure, headerBlank, headerDuplicate,
  headerMissing, headerPadded, headerSchema, jsonSchema, jsonStructure, jsonSyntax, leadingZeros, length, lineEndings,
  metadataMissing, metadataValid, metadataVariant, metadataUnread, pattern, quoting, range, raggedRow, required, resourcePath, resourceRemote, schemaMissing, type, unique,
] as Check[];

export const BUILT_IN_CHECKS: readonly Check[] = [...FORMAT_CHECKS, ...LICENCE_CHECKS, ...FRESHNESS_CHECKS, ...LINKING_CHECKS];

/** Checks by id. Two checks with one id are an error: a rule's `check:` must name one. */
export function checkRegistry(checks: readonly Check[] = BUILT_IN_CHECKS): Map<string, Check> {
  const registry = new Map<string, Check>();
  for (const check of checks) {
    if (registry.has(check.id)) throw new OdlintError(`two checks have the id '${check.id}'.`, 'Give the added check an id of its own.');
    registry.set(check.id, check);
  }
  return registry;
}

/** The built-in checks and the given ones (a program's own), by id. */
export function checkRegistryWith(added: readonly Check[] = []): Map<string, Check> {
  return checkRegistry([...BUILT_IN_CHECKS, ...added]);
}
