// Where each key was first seen: the map behind primary-key and unique-key checks, which hold one entry per distinct
// key of a file that may have millions of rows. A place is part * 2^32 + line (the part of a multipart resource).
// 32-bit integer keys (the usual id column) live in an open-addressing table of typed arrays, 8 bytes per slot (10
// once a later part appears) instead of a Map entry's 30 to 60, with no chains to chase; any other key (text, big or
// fractional numbers) goes to a KeyMap.
import type { Key } from './encode.js';
import { KeyMap } from './key-set.js';

const MIN_CAPACITY = 1024;
const MAX_LOAD = 0.5;
const PART = 2 ** 32;
const MAX_PART = 0xffff;

export class FirstOccurrences {
  private keys = new Int32Array(MIN_CAPACITY);
  /** The line of each key's place; 0 marks an empty slot (lines start at 1). */
  private lines = new Uint32Array(MIN_CAPACITY);
  /** The part of each key's place, once a place in a later part is recorded. */
  private parts: Uint16Array | undefined;
  private mask = MIN_CAPACITY - 1;
  private ints = 0;
  private readonly others = new KeyMap<number>();

  get size(): number {
    return this.ints + this.others.size;
  }

  /** Records place (line >= 1) for key unless it is there already; returns the place already recorded, or undefined. */
  setIfAbsent(key: Key, place: number): number | undefined {
    const part = Math.floor(place / PART);
    const line = place - part * PART;
    if (typeof key !== 'number' || (key | 0) !== key || part > MAX_PART || line < 1) { // -0 is 0, as in a Map
      return this.others.setIfAbsent(key, place);
    }
    let slot = hash(key) & this.mask;
    for (;;) {
      const at = this.lines[slot]!;
      if (at === 0) break;
      if (this.keys[slot] === key) return (this.parts ? this.parts[slot]! : 0) * PART + at;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.lines[slot] = line;
    if (part > 0) (this.parts ??= new Uint16Array(this.lines.length))[slot] = part;
    else if (this.parts) this.parts[slot] = 0;
    if (++this.ints > this.lines.length * MAX_LOAD) this.grow();
    return undefined;
  }

  private grow(): void {
    const { keys, lines, parts } = this;
    const capacity = lines.length * 2;
    this.keys = new Int32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.parts = parts ? new Uint16Array(capacity) : undefined;
    this.mask = capacity - 1;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === 0) continue;
      let slot = hash(keys[i]!) & this.mask;
      while (this.lines[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i]!;
      this.lines[slot] = lines[i]!;
      if (parts) this.parts![slot] = parts[i]!;
    }
  }
}

/** Spreads consecutive ids over the table (a multiplicative hash: ids 1, 2, 3 … must not fill one run of slots). */
function hash(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
