// Resolution of Table Schema foreign keys across every dataset being linted, shared by the foreign-key and
// key-type-drift checks.
//
// A foreign key points at a resource of the same package (reference.resource, by name; "" or absent: the resource
// itself), or at a resource of another package through reference.package: a path relative to the referencing
// package's folder, to that package's datapackage.json or to its folder (the Frictionless "foreign keys to data
// packages" pattern). The other package must be one of the datasets being linted: odlint never reads anything outside
// the paths it was given, and never goes to the network. A reference it cannot follow is a finding, never skipped.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HintRef } from '../../model/check.js';
import type { Dataset, Resource } from '../../model/dataset.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';
import type { ForeignKey } from '../../model/table-schema.js';
import { displayPath, isFile } from '../../util/paths.js';
import { NearMissIndex } from '../../keys/near-miss.js';
import { fieldList, isReadable, partsOf, schemaField } from './common.js';

export interface ForeignKeyTarget {
  dataset: Dataset;
  /** The referenced resource (its first entry, for a multipart resource). */
  resource: Resource;
  /** Every entry (part) of the referenced resource, as the engine reads them. */
  parts: Resource[];
  self: boolean;
  samePackage: boolean;
  /** How messages name it: 'clinics', 'municipal-register/municipalities' (folder/resource), 'this resource'. */
  label: string;
}

/**
 * The messages of a foreign key that cannot be followed, or whose values cannot be checked: every message starts with
 * the foreign key, `{resource}: foreign key {foreignKey}` (its position in the schema's foreignKeys, from 1); `{target}`
 * names the referenced resource ('this resource', "the resource 'x'", "the resource 'x' of the package 'y'").
 * The checks that report them spread these into their own messages.
 */
export const REFERENCE_MESSAGES = {
  remotePackage: "{resource}: foreign key {foreignKey} references the remote package '{package}': remote packages are not fetched (odlint works offline), so its values are not checked",
  packageOutsidePaths: '{resource}: foreign key {foreignKey} references {metadataFile}, which is outside the paths being linted; lint both folders together, e.g. odlint lint {folder} {otherFolder}',
  packageMissing: "{resource}: foreign key {foreignKey} references the package '{package}', but {metadataFile} does not exist",
  packageUnreadable: '{resource}: foreign key {foreignKey} references {metadataFile}, which cannot be read ({reason}), so its values are not checked',
  noResourceNamed: "{resource}: foreign key {foreignKey} names no resource of the package '{package}' (reference.resource)",
  resourceNotLinted: "{resource}: foreign key {foreignKey} references the resource '{name}', which is not among the files being linted, so its values were not checked",
  otherResourceNotLinted: "{resource}: foreign key {foreignKey} references the resource '{name}' of {metadataFile}, which is not among the files being linted; lint the whole package, e.g. odlint lint {folder} {otherFolder}",
  resourceMissing: "{resource}: foreign key {foreignKey} references the resource '{name}', which this package does not have",
  resourceMissingInPackage: "{resource}: foreign key {foreignKey} references the resource '{name}', which the package '{package}' does not have",
  fieldMissing: "{resource}: foreign key {foreignKey} names the field '{field}', which the schema does not have",
  fieldCountMismatch: '{resource}: foreign key {foreignKey} has {fieldCount, plural, one {# field} other {# fields}} but its reference names {refFieldCount}; they are matched in order, so the counts must be equal',
  noSchema: '{resource}: foreign key {foreignKey} references {target}, which has no Table Schema, so its fields are unknown',
  refFieldMissing: "{resource}: foreign key {foreignKey} references the field '{field}', which {target} does not have",
  // Why the referenced resource's values cannot be read: from its metadata (here) or once its file is read (foreign-key).
  noDataFile: "{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} has no data file ('{path}' does not exist)",
  remoteData: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} has remote data, which is not fetched (odlint works offline)',
  inlineData: '{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} has inline data, which odlint does not read',
  notTabular: "{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} is not CSV or JSON ('{format}')",
  unreadablePath: "{resource}: foreign key {foreignKey}: its values cannot be checked, because {target} has no data file odlint can read ('{path}')",
} as const;

export type ReferenceMessageId = keyof typeof REFERENCE_MESSAGES;

/** A message of REFERENCE_MESSAGES with its data, but for the foreign key and its target, which the caller adds. */
export interface Because {
  messageId: ReferenceMessageId;
  data: Record<string, string | number>;
}

export interface Problem {
  /** JSON pointer inside the referencing datapackage.json. */
  pointer: string;
  messageId: ReferenceMessageId;
  /** The message's data, the foreign key's label (`resource`, `foreignKey`) included. */
  data: Record<string, string | number>;
  /** One of COMMON_HINTS' 'reference.*' hints (checks/common-hints.ts). */
  hint?: HintRef;
  /** Reported by another rule already (format/metadata-valid): not repeated. */
  silent?: boolean;
  /** The package the reference points to: its name when found, else reference.package as written. */
  target?: string;
}

export interface ResolvedForeignKey {
  dataset: Dataset;
  /** The referencing resource (its first entry). */
  resource: Resource;
  /** Position in the schema's foreignKeys (0-based). */
  index: number;
  /** JSON pointer of the foreign key in the referencing datapackage.json. */
  pointer: string;
  /** The data that starts every message about the foreign key ("Resource 'clinic-visits': foreign key 1"). */
  labelData: { resource: string; foreignKey: number };
  fields: string[];
  refFields: string[];
  /** Set when the referenced resource was found (its schema can be compared even when its data cannot be read). */
  target?: ForeignKeyTarget;
  /** Set when the values cannot be checked. */
  problem?: Problem;
}

const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

function realPath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

// The packages of a run by their metadata file's resolved and real paths (symbolic links followed), built once per
// run: looking each reference up by comparing paths cost two realpath calls per package, per foreign key.
const packagesByPath = new WeakMap<readonly Dataset[], Map<string, Dataset>>();

/** The dataset whose metadata file is metadataPath (the same file, whatever the path), if it is being linted. */
function packageAt(datasets: readonly Dataset[], metadataPath: string): Dataset | undefined {
  let index = packagesByPath.get(datasets);
  if (!index) {
    index = new Map();
    for (const d of datasets) {
      if (d.metadataPath === undefined) continue;
      for (const key of [path.resolve(d.metadataPath), realPath(d.metadataPath)]) if (key !== undefined && !index.has(key)) index.set(key, d);
    }
    packagesByPath.set(datasets, index);
  }
  const resolved = path.resolve(metadataPath);
  const real = index.has(resolved) ? undefined : realPath(metadataPath);
  return index.get(resolved) ?? (real !== undefined ? index.get(real) : undefined);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The datapackage.json a reference.package path names: the file itself, or the one in the folder it names. */
export function packageMetadataPath(baseDir: string, ref: string): string {
  const abs = path.resolve(baseDir, ref);
  if (isDirectory(abs)) return path.join(abs, 'datapackage.json');
  return /\.json$/i.test(abs) ? abs : path.join(abs, 'datapackage.json');
}

/** A shell-friendly display path of a folder ('.' for the working directory). */
function folderArg(dir: string): string {
  const p = displayPath(dir);
  return /[\s'"$`\\]/.test(p) ? `'${p.replace(/'/g, "'\\''")}'` : p;
}

/** Edit distance with adjacent transpositions (optimal string alignment), for names (short lists, short strings). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** A suggestion for a misspelt resource or field name: the one closest name, or the list of names. */
/** Whose names a hint lists when none is near: 'this package has …', 'that package has …', 'its fields are …'. */
type Owner = 'thisPackage' | 'thatPackage' | 'fields';

function didYouMean(name: string, candidates: string[], owner: Owner): HintRef | undefined {
  if (candidates.length === 0) return undefined;
  const set = new Set(candidates);
  const near = name === '' ? undefined : new NearMissIndex(candidates, (t) => set.has(t)).suggest(name);
  if (near) return { id: 'reference.didYouMean', data: { name: near.key } };
  if (name !== '') {
    const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
    const scored = candidates.map((c) => ({ c, d: distance(norm(name), norm(c)) })).sort((x, y) => x.d - y.d);
    const limit = Math.max(2, Math.floor(name.length / 4));
    if (scored[0]!.d <= limit && (scored.length === 1 || scored[1]!.d > scored[0]!.d)) return { id: 'reference.didYouMean', data: { name: scored[0]!.c } };
  }
  const list = candidates.slice(0, 12).map((c) => `'${c}'`).join(', ');
  return { id: `reference.${owner}Has`, data: { count: candidates.length, list: `${list}${candidates.length > 12 ? ' …' : ''}` } };
}

/** Why a resource's values cannot be read (a message with its data, the target aside), or undefined when every part of it can be. */
function unavailable(parts: Resource[]): Because | undefined {
  const bad = parts.find((p) => !isReadable(p));
  if (!bad) return undefined; // (parts holds the resource itself: never empty)
  switch (bad.status) {
    case 'missing':
      return { messageId: 'noDataFile', data: { path: `${bad.declaredPath}` } };
    case 'remote':
      return { messageId: 'remoteData', data: {} };
    case 'inline':
      return { messageId: 'inlineData', data: {} };
    case 'ok':
      return { messageId: 'notTabular', data: { format: `${bad.declaredFormat ?? bad.format}` } };
    default:
      return { messageId: 'unreadablePath', data: { path: bad.declaredPath ?? '' } };
  }
}

/** How messages name the referenced resource: 'this resource', "the resource 'x'", "the resource 'x' of the package 'y'". */
export function targetPhrase(t: Pick<ForeignKeyTarget, 'self' | 'samePackage' | 'dataset' | 'resource'>): string {
  const name = t.resource.name ?? `resource ${t.resource.index + 1}`;
  return t.self ? 'this resource' : `the resource '${name}'${t.samePackage ? '' : ` of the package '${t.dataset.name}'`}`;
}

function resolveOne(datasets: readonly Dataset[], dataset: Dataset, resource: Resource, fk: ForeignKey, position: number): ResolvedForeignKey {
  const index = fk.sourceIndex ?? position;
  const pointer = `${resource.pointer}/schema/foreignKeys/${index}`;
  const labelData = { resource: resourceLabel(resource), foreignKey: index + 1 };
  const fields = fieldList(fk.fields);
  const refFields = fieldList(fk.reference.fields);
  const out: ResolvedForeignKey = { dataset, resource, index, pointer, labelData, fields, refFields };
  // 1. The package.
  let targetDataset: Dataset | undefined = dataset;
  const pkg = fk.reference.package;
  const fail = (where: string, messageId: ReferenceMessageId, data: Record<string, string | number>, hint?: HintRef, silent?: boolean): ResolvedForeignKey => {
    out.problem = { pointer: `${pointer}${where}`, messageId, data: { ...labelData, ...data }, hint, silent, target: targetDataset?.name ?? pkg };
    return out;
  };
  if (pkg !== undefined && pkg !== '') {
    if (URL_RE.test(pkg)) {
      targetDataset = undefined;
      return fail('/reference/package', 'remotePackage', { package: pkg }, { id: 'reference.copyPackage' });
    }
    const metadataPath = packageMetadataPath(dataset.baseDir, pkg);
    const found = packageAt(datasets, metadataPath);
    targetDataset = found;
    if (!found) {
      const shown = displayPath(metadataPath);
      if (isFile(metadataPath)) {
        return fail('/reference/package', 'packageOutsidePaths', { metadataFile: shown, folder: folderArg(dataset.baseDir), otherFolder: folderArg(path.dirname(metadataPath)) });
      }
      const named = datasets.find((d) => d.metadataPath !== undefined && d.name === pkg);
      const hint: HintRef = named
        ? { id: 'reference.byPath', data: { package: pkg, metadataFile: named.metadataFile ?? '', path: path.relative(dataset.baseDir, named.baseDir).split(path.sep).join('/') || '.' } }
        : { id: 'reference.packageIsPath' };
      return fail('/reference/package', 'packageMissing', { package: pkg, metadataFile: shown }, hint);
    }
    targetDataset = found;
    if (found.metadataError) {
      return fail('/reference/package', 'packageUnreadable', { metadataFile: found.metadataFile ?? displayPath(metadataPath), reason: found.metadataError.message });
    }
  }
  const samePackage = targetDataset === dataset;

  // 2. The resource.
  let targetResource: Resource | undefined;
  const name = fk.reference.resource;
  const resources = distinctResources(targetDataset);
  if (name === undefined || name === '') {
    if (samePackage) targetResource = resource;
    else if (resources.length === 1) targetResource = resources[0];
    // (In the same package, no name means the resource itself.)
    else return fail('/reference', 'noResourceNamed', { package: targetDataset.name }, didYouMean('', resources.flatMap((r) => (r.name ? [r.name] : [])), 'thatPackage'));
  } else {
    targetResource = resources.find((r) => r.name === name);
    const declared = Array.isArray(targetDataset.descriptor?.resources)
      && (targetDataset.descriptor.resources as unknown[]).some((r) => typeof r === 'object' && r !== null && (r as { name?: unknown }).name === name);
    if (!targetResource && declared) {
      // The package has the resource, but only some of its files were given to lint (odlint lint pkg/data.csv).
      // Its values cannot be checked, and saying so beats a silent pass that reads as "every key matched".
      if (samePackage) {
        return fail('/reference/resource', 'resourceNotLinted', { name }, { id: 'reference.lintWhole', data: { folder: folderArg(dataset.baseDir) } });
      }
      return fail('/reference/resource', 'otherResourceNotLinted', {
        name, metadataFile: targetDataset.metadataFile ?? displayPath(targetDataset.baseDir), folder: folderArg(dataset.baseDir), otherFolder: folderArg(targetDataset.baseDir),
      });
    }
    if (!targetResource) {
      const hint = didYouMean(name, resources.flatMap((r) => (r.name ? [r.name] : [])), samePackage ? 'thisPackage' : 'thatPackage');
      const [messageId, data]: [ReferenceMessageId, Record<string, string>] = samePackage ? ['resourceMissing', { name }] : ['resourceMissingInPackage', { name, package: targetDataset.name }];
      return fail('/reference/resource', messageId, data, hint);
    }
  }
  const self = targetResource.index === resource.index && samePackage;
  const resName = targetResource.name ?? `resource ${targetResource.index + 1}`;
  // Another package is named by its folder, as reference.package names it ('municipal-register/municipalities').
  const targetLabel = self ? 'this resource' : samePackage ? resName : `${path.basename(targetDataset.baseDir)}/${resName}`;
  const parts = partsOf(targetDataset, targetResource.index);
  out.target = { dataset: targetDataset, resource: targetResource, parts, self, samePackage, label: targetLabel };
  const target = targetPhrase(out.target);

  // 3. The fields.
  for (const f of fields) {
    if (!schemaField(resource.schema, f)) return fail('/fields', 'fieldMissing', { field: f }, undefined, true);
  }
  if (fields.length !== refFields.length) {
    return fail('/reference/fields', 'fieldCountMismatch', { fieldCount: fields.length, refFieldCount: refFields.length });
  }
  if (!targetResource.schema) {
    return fail('/reference', 'noSchema', { target });
  }
  for (const f of refFields) {
    if (!schemaField(targetResource.schema, f)) {
      const hint = didYouMean(f, targetResource.schema.fields.map((x) => x.name), 'fields');
      return fail('/reference/fields', 'refFieldMissing', { field: f, target }, hint);
    }
  }

  // 4. The data.
  const why = unavailable(parts);
  if (why) return fail('/reference', why.messageId, { ...why.data, target });
  return out;
}

/** Every foreign key of every resource of every dataset, resolved. */
export function resolveForeignKeys(datasets: readonly Dataset[]): ResolvedForeignKey[] {
  const out: ResolvedForeignKey[] = [];
  for (const dataset of datasets) {
    for (const resource of distinctResources(dataset)) {
      (resource.schema?.foreignKeys ?? []).forEach((fk, i) => out.push(resolveOne(datasets, dataset, resource, fk, i)));
    }
  }
  return out;
}
