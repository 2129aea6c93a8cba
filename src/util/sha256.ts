// The sha256 of a text, as hex: what the cache, the build's snapshots and shards key things by.
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
