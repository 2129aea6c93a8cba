// How findings name a dataset's resources, and which entries of a multipart resource metadata checks look at.
import type { Dataset, Resource } from '../model/dataset.js';

/** One entry per resource of the descriptor: a multipart resource has an entry per part, and metadata checks want one. */
export function distinctResources(dataset: Dataset): Resource[] {
  const seen = new Set<number>();
  return dataset.resources.filter((r) => (seen.has(r.index) ? false : (seen.add(r.index), true)));
}

/** How messages name a resource: by its name, or by its position when it has none. */
export function resourceLabel(r: Resource): string {
  return r.name ? `Resource '${r.name}'` : `Resource ${r.index + 1}`;
}
