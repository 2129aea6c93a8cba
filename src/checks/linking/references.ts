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
import type { Dataset, Resource } from '../../model/dataset.js';
import { distinctResources, resourceLabel } from '../../util/resources.js';
import type { ForeignKey } from '../../model/table-schema.js';
import { displayPath } from '../../util/paths.js';
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

export interface Problem {
  /** JSON pointer inside the referencing datapackage.json. */
  pointer: string;
  message: string;
  hint?: string;
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
  /** "Resource 'clinic-visits': foreign key 1", to start messages with. */
  label: string;
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

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
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
function didYouMean(name: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const set = new Set(candidates);
  const near = name === '' ? undefined : new NearMissIndex(candidates, (t) => set.has(t)).suggest(name);
  if (near) return `did you mean '${near.key}'?`;
  if (name !== '') {
    const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
    const scored = candidates.map((c) => ({ c, d: distance(norm(name), norm(c)) })).sort((x, y) => x.d - y.d);
    const limit = Math.max(2, Math.floor(name.length / 4));
    if (scored[0]!.d <= limit && (scored.length === 1 || scored[1]!.d > scored[0]!.d)) return `did you mean '${scored[0]!.c}'?`;
  }
  const list = candidates.slice(0, 12).map((c) => `'${c}'`).join(', ');
  return `it has ${candidates.length === 1 ? 'one' : candidates.length}: ${list}${candidates.length > 12 ? ' …' : ''}`;
}

/** Why a resource's values cannot be read, or undefined when every part of it can be. */
function unavailable(parts: Resource[]): string | undefined {
  const bad = parts.find((p) => !isReadable(p));
  if (!bad) return parts.length ? undefined : 'has no data';
  switch (bad.status) {
    case 'missing':
      return `has no data file ('${bad.declaredPath}' does not exist)`;
    case 'remote':
      return 'has remote data, which is not fetched (odlint works offline)';
    case 'inline':
      return 'has inline data, which odlint does not read';
    case 'ok':
      return `is not CSV or JSON ('${bad.declaredFormat ?? bad.format}')`;
    default:
      return `has no data file odlint can read ('${bad.declaredPath ?? ''}')`;
  }
}

function resolveOne(datasets: readonly Dataset[], dataset: Dataset, resource: Resource, fk: ForeignKey, position: number): ResolvedForeignKey {
  const index = fk.sourceIndex ?? position;
  const pointer = `${resource.pointer}/schema/foreignKeys/${index}`;
  const label = `${resourceLabel(resource)}: foreign key ${index + 1}`;
  const fields = fieldList(fk.fields);
  const refFields = fieldList(fk.reference.fields);
  const out: ResolvedForeignKey = { dataset, resource, index, pointer, label, fields, refFields };
  // 1. The package.
  let targetDataset: Dataset | undefined = dataset;
  const pkg = fk.reference.package;
  const fail = (where: string, message: string, hint?: string, silent?: boolean): ResolvedForeignKey => {
    out.problem = { pointer: `${pointer}${where}`, message, hint, silent, target: targetDataset?.name ?? pkg };
    return out;
  };
  if (pkg !== undefined && pkg !== '') {
    if (URL_RE.test(pkg)) {
      targetDataset = undefined;
      return fail('/reference/package', `${label} references the remote package '${pkg}': remote packages are not fetched (odlint works offline), so its values are not checked`, 'Put a copy of that package next to this one, reference its folder by a relative path, and lint both folders together');
    }
    const metadataPath = packageMetadataPath(dataset.baseDir, pkg);
    const found = packageAt(datasets, metadataPath);
    targetDataset = found;
    if (!found) {
      const shown = displayPath(metadataPath);
      if (isFile(metadataPath)) {
        return fail('/reference/package', `${label} references ${shown}, which is outside the paths being linted; lint both folders together, e.g. odlint lint ${folderArg(dataset.baseDir)} ${folderArg(path.dirname(metadataPath))}`);
      }
      const named = datasets.find((d) => d.metadataPath !== undefined && d.name === pkg);
      const hint = named
        ? `A package named '${pkg}' is being linted (${named.metadataFile}): reference it by its path, '${path.relative(dataset.baseDir, named.baseDir).split(path.sep).join('/') || '.'}'`
        : "reference.package is the path, relative to this package's folder, of the other package's folder or of its datapackage.json";
      return fail('/reference/package', `${label} references the package '${pkg}', but ${shown} does not exist`, hint);
    }
    targetDataset = found;
    if (found.metadataError) {
      return fail('/reference/package', `${label} references ${found.metadataFile ?? displayPath(metadataPath)}, which cannot be read (${found.metadataError.message}), so its values are not checked`);
    }
  }
  const samePackage = targetDataset === dataset;

  // 2. The resource.
  let targetResource: Resource | undefined;
  const name = fk.reference.resource;
  const resources = distinctResources(targetDataset);
  const packagePhrase = samePackage ? 'this package' : `the package '${targetDataset.name}'`;
  if (name === undefined || name === '') {
    if (samePackage) targetResource = resource;
    else if (resources.length === 1) targetResource = resources[0];
    else return fail('/reference', `${label} names no resource of ${packagePhrase} (reference.resource)`, didYouMean('', resources.flatMap((r) => (r.name ? [r.name] : [])))?.replace(/^it has/, 'that package has'));
  } else {
    targetResource = resources.find((r) => r.name === name);
    const declared = Array.isArray(targetDataset.descriptor?.resources)
      && (targetDataset.descriptor.resources as unknown[]).some((r) => typeof r === 'object' && r !== null && (r as { name?: unknown }).name === name);
    if (!targetResource && declared) {
      // The package has the resource, but only some of its files were given to lint (odlint lint pkg/data.csv).
      // Its values cannot be checked, and saying so beats a silent pass that reads as "every key matched".
      if (samePackage) {
        return fail('/reference/resource', `${label} references the resource '${name}', which is not among the files being linted, so its values were not checked`, `Lint the whole package: odlint lint ${folderArg(dataset.baseDir)}`);
      }
      return fail('/reference/resource', `${label} references the resource '${name}' of ${targetDataset.metadataFile ?? displayPath(targetDataset.baseDir)}, which is not among the files being linted; lint the whole package, e.g. odlint lint ${folderArg(dataset.baseDir)} ${folderArg(targetDataset.baseDir)}`);
    }
    if (!targetResource) {
      const hint = didYouMean(name, resources.flatMap((r) => (r.name ? [r.name] : [])));
      return fail('/reference/resource', `${label} references the resource '${name}', which ${packagePhrase} does not have`, hint && hint.replace(/^it has/, `${samePackage ? 'this package' : 'that package'} has`));
    }
  }
  const self = targetResource.index === resource.index && samePackage;
  const resName = targetResource.name ?? `resource ${targetResource.index + 1}`;
  // Another package is named by its folder, as reference.package names it ('municipal-register/municipalities').
  const targetLabel = self ? 'this resource' : samePackage ? resName : `${path.basename(targetDataset.baseDir)}/${resName}`;
  const parts = partsOf(targetDataset, targetResource.index);
  out.target = { dataset: targetDataset, resource: targetResource, parts, self, samePackage, label: targetLabel };
  const targetPhrase = self ? 'this resource' : `the resource '${resName}'${samePackage ? '' : ` of the package '${targetDataset.name}'`}`;

  // 3. The fields.
  for (const f of fields) {
    if (!schemaField(resource.schema, f)) return fail('/fields', `${label} names the field '${f}', which the schema does not have`, undefined, true);
  }
  if (fields.length !== refFields.length) {
    return fail('/reference/fields', `${label} has ${fields.length} field${fields.length === 1 ? '' : 's'} but its reference names ${refFields.length}; they are matched in order, so the counts must be equal`);
  }
  if (!targetResource.schema) {
    return fail('/reference', `${label} references ${targetPhrase}, which has no Table Schema, so its fields are unknown`);
  }
  for (const f of refFields) {
    if (!schemaField(targetResource.schema, f)) {
      const hint = didYouMean(f, targetResource.schema.fields.map((x) => x.name));
      return fail('/reference/fields', `${label} references the field '${f}', which ${targetPhrase} does not have`, hint && hint.replace(/^it has/, 'its fields are'));
    }
  }

  // 4. The data.
  const why = unavailable(parts);
  if (why) return fail('/reference', `${label}: its values cannot be checked, because ${targetPhrase} ${why}`);
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
