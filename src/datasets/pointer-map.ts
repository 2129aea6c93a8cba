// Readers of metadata forms other than Data Package map the metadata into a Data Package shaped descriptor. Checks
// then ask for positions by pointers into that descriptor ('/licenses/0'); a PointerMap turns such a pointer back into
// the pointer of the value as written ('/result/license_id'), so findings point into the metadata file itself.
import type { Locator } from '../model/dataset.js';
import type { SourceDocument } from '../util/source.js';

export class PointerMap {
  private readonly entries = new Map<string, string>();

  /** Records that the mapped value at `mapped` was read from `original` in the file as written. */
  set(mapped: string, original: string): this {
    this.entries.set(mapped, original);
    return this;
  }

  /**
   * The pointer as written for a mapped pointer: that of its longest mapped prefix, with the rest appended (the
   * locator falls back to the nearest existing parent when the rest is not in the file). Unmapped pointers are
   * returned as they are, which is right for a Data Package.
   */
  original(pointer: string): string {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const hit = this.entries.get(p);
      if (hit !== undefined) return hit + pointer.slice(p.length);
      if (p === '') return pointer;
    }
  }
}

/** A locator for mapped pointers over the metadata file as written. */
export function mappedLocator(doc: SourceDocument, map: PointerMap): Locator {
  return (pointer) => doc.locate(map.original(pointer));
}
