// A standard's scoring method (its root file's `scoring:`): read and validated like its rule files, merged over the
// method of the standards it extends and, under all of them, over odlint's default (the bundled standard's
// rules/scoring.yaml), so a standard states only what it changes.
import path from 'node:path';
import { BUNDLED_STANDARD } from './reference.js';
import { readSource } from './read-source.js';
import { deepMerge } from './merge.js';
import { explainSchemaError, schemaValidator } from '../util/json-schema.js';
import { OdlintError, where } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { escapePointerToken, type SourceDocument } from '../util/source.js';
import { CATEGORIES } from '../model/finding.js';
import type { ScoringMethod } from '../model/scorecard.js';

/** odlint's default method: the bundled standard's. */
export const DEFAULT_SCORING_FILE = path.join(BUNDLED_STANDARD, 'scoring.yaml');

/** A scoring file as read: its settings (partial in an extending standard) and where they were written. */
export interface ScoringLayer {
  value: Record<string, unknown>;
  file: string;
  doc: SourceDocument;
  /** The id of the standard whose root file names it. */
  standard: string;
}

let defaultFile: Omit<ScoringLayer, 'standard'> | undefined;

/**
 * Reads and validates one scoring file of the standard `standard`. odlint's default, which is also the bundled
 * standard's and ships with odlint, is read once per process.
 */
export function readScoringFile(file: string, standard: string): ScoringLayer {
  if (path.resolve(file) !== DEFAULT_SCORING_FILE) return readScoringFileOnce(file, standard);
  defaultFile ??= readScoringFileOnce(file, standard);
  return { ...defaultFile, standard };
}

function readScoringFileOnce(file: string, standard: string): ScoringLayer {
  const doc = readSource(file, 'the scoring method');
  const validate = schemaValidator('scoring.schema.json');
  if (!validate(doc.value)) throw explainSchemaError(file, doc, validate.errors ?? [], (pointer) => `the scoring method${pointer ? ` at ${pointer}` : ''}`);
  return { value: doc.value as Record<string, unknown>, file, doc, standard };
}

/**
 * The method in force: the default, then each layer merged over it (objects key by key, arrays replaced). Checks
 * what the schema cannot: every rule named in `fails` exists in the standard, and the bands are in order.
 */
export function resolveScoring(layers: readonly ScoringLayer[], ruleIds: ReadonlySet<string>): ScoringMethod {
  let merged: unknown = readScoringFile(DEFAULT_SCORING_FILE, '').value;
  for (const layer of layers) merged = deepMerge(merged, layer.value);
  const method = merged as Omit<ScoringMethod, 'declaredIn'> & { $schema?: string };
  const last = layers.at(-1);
  for (const layer of layers) {
    const fails = (layer.value.fails ?? {}) as Partial<Record<string, string[]>>;
    for (const category of CATEGORIES) {
      (fails[category] ?? []).forEach((ruleId, i) => {
        if (ruleIds.has(ruleId)) return;
        const pos = layer.doc.locate(`/fails/${category}/${i}`);
        throw new OdlintError(`${where(displayPath(layer.file), pos?.line, pos?.column)}: the scoring method fails ${category} on rule '${ruleId}', which the standard does not have.`, 'Name a rule of the standard (odlint rules lists them), or remove the entry.');
      });
    }
  }
  if (method.bands.fair > method.bands.good) {
    const layer = [...layers].reverse().find((l) => l.value.bands !== undefined) ?? last;
    const pos = layer?.doc.locate('/bands');
    throw new OdlintError(`${where(displayPath(layer?.file ?? DEFAULT_SCORING_FILE), pos?.line, pos?.column)}: the scoring method's band fair (${method.bands.fair}) is above good (${method.bands.good}).`, 'Give bands.good a score at least as high as bands.fair.');
  }
  for (const severity of ['error', 'warning'] as const) {
    const p = method.penalties[severity];
    if (p.least > p.most) {
      const layer = [...layers].reverse().find((l) => (l.value.penalties as Record<string, unknown> | undefined)?.[severity] !== undefined) ?? last;
      const pos = layer?.doc.locate(`/penalties/${escapePointerToken(severity)}`);
      throw new OdlintError(`${where(displayPath(layer?.file ?? DEFAULT_SCORING_FILE), pos?.line, pos?.column)}: the scoring method's ${severity} penalty costs more for one record (least: ${p.least}) than for all (most: ${p.most}).`, 'Make least at most equal to most.');
    }
  }
  const { $schema: _schema, ...rest } = method;
  return {
    id: rest.id,
    title: rest.title,
    rationale: rest.rationale.trim(),
    declaredIn: last?.standard ?? '',
    bands: { good: rest.bands.good, fair: rest.bands.fair },
    penalties: { error: { least: rest.penalties.error.least, most: rest.penalties.error.most }, warning: { least: rest.penalties.warning.least, most: rest.penalties.warning.most } },
    fails: Object.fromEntries(CATEGORIES.map((c) => [c, [...(rest.fails[c] ?? [])]])) as ScoringMethod['fails'],
    withoutMetadata: { licence: rest.withoutMetadata.licence, freshness: rest.withoutMetadata.freshness, formatPenalty: rest.withoutMetadata.formatPenalty },
    linkingWithoutKeys: rest.linkingWithoutKeys,
    weights: Object.fromEntries(CATEGORIES.map((c) => [c, rest.weights[c] ?? 1])) as ScoringMethod['weights'],
    mqa: rest.mqa,
  };
}

let defaultMethod: ScoringMethod | undefined;

/** odlint's default method, for a report that carries none (one written by an older odlint). */
export function defaultScoringMethod(): ScoringMethod {
  return (defaultMethod ??= resolveScoring([], new Set()));
}
