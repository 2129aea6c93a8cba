// Foreign-key values that could not be checked yet because the key set they point at was still being collected (a
// resource that references itself, or a cycle of resources referencing each other). They are kept until the key set
// is complete, then each occurrence still unmatched is reported.
//
// Memory: one entry per distinct pending value (the key and how it was written), and 12 bytes per pending occurrence
// (value id, line and record, in a typed array), never the row itself. A value is dropped as soon as the key it waits for is
// collected, so a self-referencing file sorted parents-first keeps nothing.
import type { Key } from './encode.js';

export interface PendingOccurrence {
  key: Key;
  /** How the value was written the first time it was met (its raw cells). */
  shown: readonly string[];
  line: number;
  record: number;
}

export class PendingValues {
  private readonly ids = new Map<Key, number>();
  private readonly keys: Key[] = [];
  private readonly shown: (readonly string[])[] = [];
  private readonly open: boolean[] = [];
  private occurrences = new Uint32Array(3 * 256);
  private count = 0;

  /** Distinct values still waiting. */
  get size(): number {
    return this.ids.size;
  }

  add(key: Key, shown: readonly string[], line: number, record: number): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.shown.push(shown);
      this.open.push(true);
    }
    if ((this.count + 1) * 3 > this.occurrences.length) {
      const bigger = new Uint32Array(this.occurrences.length * 2);
      bigger.set(this.occurrences);
      this.occurrences = bigger;
    }
    const at = this.count * 3;
    this.occurrences[at] = id;
    this.occurrences[at + 1] = line;
    this.occurrences[at + 2] = record;
    this.count++;
  }

  /** The key has been collected: its occurrences are matched after all. */
  satisfy(key: Key): void {
    const id = this.ids.get(key);
    if (id === undefined) return;
    this.ids.delete(key);
    this.open[id] = false;
    this.shown[id] = [];
  }

  /** Every occurrence of a value still unmatched, in file order. */
  *unmatched(): Generator<PendingOccurrence> {
    for (let i = 0; i < this.count; i++) {
      const id = this.occurrences[i * 3]!;
      if (!this.open[id]) continue;
      yield { key: this.keys[id]!, shown: this.shown[id]!, line: this.occurrences[i * 3 + 1]!, record: this.occurrences[i * 3 + 2]! };
    }
  }
}
