// `--shard i/n`: which part of a run this process does. Datasets go to shards by rendezvous hashing of their group's
// key (datasets/groups.ts): each shard scores every group and a group goes to the shard that scores it highest, so a
// dataset added or removed moves no other dataset, and every shard works out the same split on its own.
import { sha256 } from '../util/sha256.js';
import { OdlintError } from '../util/errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  total: number;
}

const HINT = 'Write --shard <i>/<n> with 1 ≤ i ≤ n (e.g. --shard 2/4), or --shard auto in GitLab CI (CI_NODE_INDEX, CI_NODE_TOTAL), or --shard auto/<n> in a Kubernetes Indexed Job (JOB_COMPLETION_INDEX).';

function whole(text: string | undefined): number | undefined {
  return text !== undefined && /^[0-9]{1,6}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/**
 * Reads `--shard`: `i/n`, `auto` (GitLab's CI_NODE_INDEX and CI_NODE_TOTAL, 1-based), or `auto/n` (Kubernetes'
 * JOB_COMPLETION_INDEX, 0-based, or CI_NODE_INDEX, with n given).
 */
export function parseShard(text: string, env: NodeJS.ProcessEnv = process.env): ShardSpec {
  const [first, second, ...rest] = text.trim().split('/');
  if (rest.length > 0 || first === undefined) throw new OdlintError(`--shard '${text}' is not a shard.`, HINT);
  let index: number | undefined;
  let total: number | undefined;
  if (first === 'auto') {
    total = second === undefined ? whole(env.CI_NODE_TOTAL) : whole(second);
    if (env.CI_NODE_INDEX !== undefined) index = whole(env.CI_NODE_INDEX);
    else if (env.JOB_COMPLETION_INDEX !== undefined) index = whole(env.JOB_COMPLETION_INDEX) === undefined ? undefined : whole(env.JOB_COMPLETION_INDEX)! + 1;
    else throw new OdlintError('--shard auto found no shard index: neither CI_NODE_INDEX (GitLab parallel:) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set.', HINT);
    if (index === undefined) throw new OdlintError(`--shard auto: the shard index ${env.CI_NODE_INDEX !== undefined ? `CI_NODE_INDEX '${env.CI_NODE_INDEX}'` : `JOB_COMPLETION_INDEX '${env.JOB_COMPLETION_INDEX}'`} is not a whole number.`, HINT);
    if (total === undefined) {
      throw new OdlintError(second === undefined
        ? `--shard auto found no shard count: CI_NODE_TOTAL is ${env.CI_NODE_TOTAL === undefined ? 'not set' : `'${env.CI_NODE_TOTAL}', not a whole number`}.`
        : `--shard '${text}': '${second}' is not a whole number.`, HINT);
    }
  } else {
    index = whole(first);
    total = whole(second);
  }
  if (index === undefined || total === undefined || total < 1 || index < 1 || index > total) {
    throw new OdlintError(`--shard '${text}'${first === 'auto' ? ` (shard ${index} of ${total})` : ''} is not a shard: the index must be from 1 to the count.`, HINT);
  }
  return { index, total };
}

function score(shard: number, key: string): string {
  return sha256(`${shard}\u0000${key}`);
}

/** The shard (1-based) of the group with this key, among `total`. */
export function shardOf(key: string, total: number): number {
  let best = 1;
  let bestScore = score(1, key);
  for (let i = 2; i <= total; i++) {
    const s = score(i, key);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}
