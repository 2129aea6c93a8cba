// How findings name a dataset's resources, which entries of a multipart resource metadata checks look at, and which
// resources' files are read, and read as tables.
import type { DataFormat, Dataset, Resource } from '../model/dataset.js';

const distinctByList = new WeakMap<readonly Resource[], Resource[]>();

/**
 * One entry per resource of the descriptor: a multipart resource has an entry per part, and metadata checks want one.
 * Computed once per resource list (checks ask for it per resource and per foreign key); do not modify the result.
 */
export function distinctResources(dataset: Dataset): Resource[] {
  let distinct = distinctByList.get(dataset.resources);
  if (!distinct) {
    const seen = new Set<number>();
    distinct = dataset.resources.filter((r) => (seen.has(r.index) ? false : (seen.add(r.index), true)));
    distinctByList.set(dataset.resources, distinct);
  }
  return distinct;
}

const partsByIndex = new WeakMap<readonly Resource[], Map<number, Resource[]>>();

/**
 * The parts (one per path) of the resource at `index`. Indexed once per resource list, so a check that asks for every
 * resource's parts costs linear, not quadratic, time in a package of thousands of resources.
 */
export function resourceParts(dataset: Dataset, index: number): Resource[] {
  let byIndex = partsByIndex.get(dataset.resources);
  if (!byIndex) {
    byIndex = new Map();
    for (const r of dataset.resources) {
      const list = byIndex.get(r.index);
      if (list) list.push(r);
      else byIndex.set(r.index, [r]);
    }
    partsByIndex.set(dataset.resources, byIndex);
  }
  return byIndex.get(index) ?? [];
}

/** How messages name a resource: by its name, or by its position when it has none. */
export function resourceLabel(r: Resource): string {
  return r.name ? `Resource '${r.name}'` : `Resource ${r.index + 1}`;
}

/** Whether the engine reads the resource's file: a local file in a format odlint reads, not inside a zip archive. */
export function isReadFile(r: Resource): boolean {
  return r.status === 'ok' && r.format !== 'other' && r.compression !== 'zip' && r.absolutePath !== undefined;
}

/** The formats read as tables (a header and rows), for which schemas, keys and values apply; not GeoJSON or TopoJSON. */
export function isTabularFormat(format: DataFormat | 'other'): boolean {
  return format === 'csv' || format === 'json' || format === 'ndjson';
}
