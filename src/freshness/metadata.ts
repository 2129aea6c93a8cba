// Where a dataset declares its freshness metadata: the DCAT names `modified` and `accrualPeriodicity`, on a resource
// (which wins) or on the package. The checks report once per distinct declaration, never once per resource that
// merely inherits the package's value:
//   - when no resource declares its own value, the package is the one subject;
//   - otherwise every resource with its own value is a subject, and the package is one more subject for the
//     resources that inherit from it.
// Checks of the values themselves (is it a date, a known frequency?) pass packageValueUnused: a package value that
// every resource overrides is still shown by catalogues, so it must still be valid. Checks of what the values mean
// for the data (overdue) leave it out: no data is described by it.
import { distinctResources, resourceLabel } from '../util/resources.js';
import type { Dataset, Resource } from '../model/dataset.js';

export const MODIFIED = 'modified';
export const PERIODICITY = 'accrualPeriodicity';

export interface Declared {
  value: unknown;
  /** JSON pointer of the value in datapackage.json. */
  pointer: string;
  /** The resource that declares it; undefined when the package does. */
  resource?: Resource;
}

export interface Subject {
  /** "The package" or "Resource 'spending'". */
  label: string;
  /** Set when the subject is a resource with a value of its own. */
  resource?: Resource;
  /** Package subjects: the resources inheriting the package's values (empty when the package has no resources). */
  inheritors: Resource[];
  /** Whether some resource declares its own value of one of the properties (so the package is not the only subject). */
  overridden: boolean;
  /** The effective value of each property asked for; undefined when neither the resource nor the package gives one. */
  values: Record<string, Declared | undefined>;
  /** Where to report about the subject as a whole: the resource, or the package's root. */
  pointer: string;
}

/** True when the dataset is a Data Package whose descriptor could be read. Lone files have no metadata to check. */
export function hasDescriptor(dataset: Dataset): dataset is Dataset & { descriptor: Record<string, unknown> } {
  return dataset.metadataFile !== undefined && dataset.descriptor !== undefined && dataset.metadataError === undefined;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** The value of a property for a resource: its own, else the package's. */
export function declaredFor(dataset: Dataset, resource: Resource | undefined, property: string): Declared | undefined {
  const own = resource?.descriptor[property];
  if (resource && present(own)) return { value: own, pointer: `${resource.pointer}/${property}`, resource };
  const pkg = dataset.descriptor?.[property];
  if (present(pkg)) return { value: pkg, pointer: `/${property}` };
  return undefined;
}

/** The subjects to check for the given properties (see the header comment). */
export function freshnessSubjects(dataset: Dataset, properties: readonly string[], options: { packageValueUnused?: boolean } = {}): Subject[] {
  const resources = distinctResources(dataset);
  const pkgValues = (): Record<string, Declared | undefined> => Object.fromEntries(properties.map((p) => [p, declaredFor(dataset, undefined, p)]));
  const own = resources.filter((r) => properties.some((p) => present(r.descriptor[p])));
  const owning = new Set(own);
  const inheritors = resources.filter((r) => !owning.has(r));
  const subjects: Subject[] = [];
  const packageDeclares = properties.some((p) => present(dataset.descriptor?.[p]));
  if (own.length === 0 || inheritors.length > 0 || (options.packageValueUnused && packageDeclares)) {
    subjects.push({ label: 'The package', inheritors, overridden: own.length > 0, values: pkgValues(), pointer: '' });
  }
  for (const r of own) {
    subjects.push({
      label: resourceLabel(r),
      resource: r,
      inheritors: [],
      overridden: true,
      values: Object.fromEntries(properties.map((p) => [p, declaredFor(dataset, r, p)])),
      pointer: r.pointer,
    });
  }
  return subjects;
}

/** Line and column of a pointer in the metadata file (the nearest existing parent when it is absent). */
export function positionOf(dataset: Dataset, pointer: string): { line?: number; column?: number } {
  const pos = dataset.locate(pointer);
  return { line: pos?.line, column: pos?.column };
}

/** The resources a message names, for a `{resources}` placeholder: "'a'", "'a' and 'b'", "1, 'b' and 'c'". */
export function resourceNames(resources: readonly Resource[]): string {
  const names = resources.map((r) => (r.name ? `'${r.name}'` : String(r.index + 1)));
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The data of a message about the resources that inherit the package's missing value: how many (a number, for the
 * plural) and their names.
 */
export function inheritorsData(subject: Subject): { count: number; resources: string } {
  return { count: subject.inheritors.length, resources: resourceNames(subject.inheritors) };
}

/**
 * The messageId and data of a report about one subject: the package's message, or the resource's, whose data also
 * has the resource's label ("Resource 'spending'") as `resource`.
 */
export function subjectMessage(
  subject: Subject,
  packageId: string,
  resourceId: string,
  data: Record<string, string | number>,
): { messageId: string; data: Record<string, string | number> } {
  return subject.resource ? { messageId: resourceId, data: { resource: subject.label, ...data } } : { messageId: packageId, data };
}
