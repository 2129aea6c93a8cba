// Where a Data Package declares licences: the package's `licenses`, and each resource's, which replaces the
// package's for that resource (Frictionless Data Package and Data Resource). The older singular `license` (a string
// or an object) is read when `licenses` is absent.
import { distinctResources, resourceLabel } from '../util/resources.js';
import type { Dataset, Resource } from '../model/dataset.js';
import { LICENCE_PARTS, type LicenceEntry, type LicencePart } from './resolve.js';
import { isObject } from '../util/objects.js';

/** One licence as written: a `licenses` item (object or string) with its JSON pointer. */
export interface DeclaredLicence {
  value: LicenceEntry | string;
  /** JSON pointer of the item, e.g. '/licenses/0' or '/resources/2/licenses/1'. */
  pointer: string;
  /** True when it names something: a non-empty string, or an object with a non-empty name, path, url or title. */
  meaningful: boolean;
}

/** The licences a package or one resource declares. */
export interface Declaration {
  /** Undefined for the package's own licences. */
  resource?: Resource;
  /** 'licenses', or 'license' for the older singular form. */
  key: 'licenses' | 'license';
  /** JSON pointer of the list (or the singular value). */
  pointer: string;
  items: DeclaredLicence[];
}


function isMeaningful(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (!isObject(v)) return false;
  return LICENCE_PARTS.some((p) => typeof v[p] === 'string' && (v[p] as string).trim() !== '');
}

function declarationOf(descriptor: Record<string, unknown>, base: string, resource?: Resource): Declaration | undefined {
  if (descriptor.licenses !== undefined) {
    const list = descriptor.licenses;
    const pointer = `${base}/licenses`;
    if (!Array.isArray(list)) {
      // A single object or string where a list belongs (metadata-valid reports the shape): read it as one licence.
      const items = typeof list === 'string' || isObject(list) ? [{ value: list as LicenceEntry | string, pointer, meaningful: isMeaningful(list) }] : [];
      return { resource, key: 'licenses', pointer, items };
    }
    const items: DeclaredLicence[] = [];
    list.forEach((v: unknown, i: number) => {
      if (typeof v === 'string' || isObject(v)) items.push({ value: v as LicenceEntry | string, pointer: `${pointer}/${i}`, meaningful: isMeaningful(v) });
    });
    // An empty list declares nothing: a resource's empty list leaves the package's licences in force.
    return list.length === 0 ? undefined : { resource, key: 'licenses', pointer, items };
  }
  const single = descriptor.license;
  if (typeof single === 'string' || isObject(single)) {
    const pointer = `${base}/license`;
    return { resource, key: 'license', pointer, items: [{ value: single as LicenceEntry | string, pointer, meaningful: isMeaningful(single) }] };
  }
  return undefined;
}

/** True when a declaration names at least one licence. */
export function names(declaration: Declaration | undefined): boolean {
  return declaration !== undefined && declaration.items.some((i) => i.meaningful);
}

/** The package's own licences, or undefined when it declares none. */
export function packageDeclaration(dataset: Dataset): Declaration | undefined {
  return dataset.descriptor ? declarationOf(dataset.descriptor, '') : undefined;
}

/** A resource's own licences (not inherited from the package), or undefined when it declares none. */
export function resourceDeclaration(resource: Resource): Declaration | undefined {
  return declarationOf(resource.descriptor, resource.pointer, resource);
}

/** True when the licence checks apply: a Data Package that could be read. Lone files are metadata-missing's. */
export function hasMetadata(dataset: Dataset): dataset is Dataset & { descriptor: Record<string, unknown>; metadataFile: string } {
  return dataset.metadataFile !== undefined && dataset.descriptor !== undefined && dataset.metadataError === undefined;
}

/** The package's declaration, then each resource's own, in the order of the descriptor. */
export function allDeclarations(dataset: Dataset): Declaration[] {
  const out: Declaration[] = [];
  const pkg = packageDeclaration(dataset);
  if (pkg) out.push(pkg);
  for (const r of distinctResources(dataset)) {
    const own = resourceDeclaration(r);
    if (own) out.push(own);
  }
  return out;
}

/**
 * The messageId and data of a report about one declaration: the package's message, or the resource's, whose data
 * also has the resource's label ("Resource 'budget'") as `resource`.
 */
export function ownerMessage(
  declaration: Declaration,
  packageId: string,
  resourceId: string,
  data: Record<string, string | number>,
): { messageId: string; data: Record<string, string | number> } {
  return declaration.resource
    ? { messageId: resourceId, data: { resource: resourceLabel(declaration.resource), ...data } }
    : { messageId: packageId, data };
}

/** What was written for a licence, for messages: 'CC-BY-4.0', or path 'https://…' when it has no name. */
export function written(value: LicenceEntry | string): string {
  if (typeof value === 'string') return `'${value}'`;
  const parts = LICENCE_PARTS.filter((p) => typeof value[p] === 'string' && (value[p] as string).trim() !== '');
  if (parts.length === 0) return 'with no name, path or title';
  const [first, ...rest] = parts;
  const show = (p: LicencePart) => `${p} '${String(value[p])}'`;
  return first === 'name' ? `'${String(value.name)}'${rest.length ? ` (${rest.map(show).join(', ')})` : ''}` : parts.map(show).join(', ');
}

/** The pointer of one property of a declared licence (the item itself for a bare string). */
export function partPointer(item: DeclaredLicence, part: LicencePart | 'value'): string {
  return part === 'value' || typeof item.value === 'string' ? item.pointer : `${item.pointer}/${part}`;
}
