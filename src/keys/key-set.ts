// Sets and maps of keys that grow past V8's limit on one collection (2^24 = 16,777,216 entries: "Set maximum size
// exceeded"). They hold one entry per distinct key, never anything per row: memory is proportional to the number of
// distinct key values (about 20 MiB per million small integers, 43 MiB per million short strings).
//
// Below the limit they are one native Set/Map. Past it a new shard is started; has/get look in every shard, which
// costs one hash lookup per 16 million keys.
import type { Key } from './encode.js';

/** Entries per shard: safely below V8's 2^24 limit (the hash table doubles before it is full). */
export const DEFAULT_SHARD_SIZE = 16_000_000;

export class KeySet implements Iterable<Key> {
  private readonly shards: Set<Key>[] = [new Set()];
  private current: Set<Key>;

  constructor(private readonly shardSize = DEFAULT_SHARD_SIZE) {
    this.current = this.shards[0]!;
  }

  get size(): number {
    let n = 0;
    for (const s of this.shards) n += s.size;
    return n;
  }

  has(key: Key): boolean {
    if (this.current.has(key)) return true;
    const shards = this.shards;
    for (let i = 0; i < shards.length - 1; i++) if (shards[i]!.has(key)) return true;
    return false;
  }

  /** Adds the key; true when it was not there yet. */
  add(key: Key): boolean {
    if (this.has(key)) return false;
    if (this.current.size >= this.shardSize) {
      this.current = new Set();
      this.shards.push(this.current);
    }
    this.current.add(key);
    return true;
  }

  *[Symbol.iterator](): Iterator<Key> {
    for (const s of this.shards) yield* s;
  }
}

export class KeyMap<V> {
  private readonly shards: Map<Key, V>[] = [new Map()];
  private current: Map<Key, V>;

  constructor(private readonly shardSize = DEFAULT_SHARD_SIZE) {
    this.current = this.shards[0]!;
  }

  get size(): number {
    let n = 0;
    for (const s of this.shards) n += s.size;
    return n;
  }

  get(key: Key): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const shards = this.shards;
    for (let i = 0; i < shards.length - 1; i++) {
      const w = shards[i]!.get(key);
      if (w !== undefined) return w;
    }
    return undefined;
  }

  /** Sets the value unless the key is there already; returns the value already there, or undefined. */
  setIfAbsent(key: Key, value: V): V | undefined {
    const existing = this.get(key);
    if (existing !== undefined) return existing;
    if (this.current.size >= this.shardSize) {
      this.current = new Map();
      this.shards.push(this.current);
    }
    this.current.set(key, value);
    return undefined;
  }
}
