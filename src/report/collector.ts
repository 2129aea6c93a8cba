// Collects findings with a cap per rule and file, so a file with a million bad cells still yields a useful, bounded
// report and bounded memory. What is kept does not depend on the order findings arrive in (the first `cap` in the
// report's sort order are kept), so a run split across workers keeps exactly what a serial run keeps.
import type { Finding, OmittedFindings } from '../model/finding.js';
import { compareFindings, compareOmitted, sortFindings } from './finding-order.js';


interface Bucket {
  kept: Finding[];
  total: number;
}

/** A collector's content in a form that can cross a worker boundary (structured clone), keyed by bucketKey. */
export type CollectedBuckets = Array<[string, Bucket]>;

/** The key of a rule's findings in a file: the rule id and the file, separated by NUL (in neither). */
function bucketKey(ruleId: string, file: string): string {
  return `${ruleId}\u0000${file}`;
}

/** The file of a bucket's key. */
export function bucketFile(key: string): string {
  return key.slice(key.indexOf('\u0000') + 1);
}

export class FindingCollector {
  private readonly buckets = new Map<string, Bucket>();

  /** cap: findings kept per rule and file; 0 keeps everything. */
  constructor(private readonly cap: number) {}

  add(finding: Finding): void {
    const bucket = this.bucket(bucketKey(finding.ruleId, finding.file));
    bucket.total++;
    this.keep(bucket, finding);
  }

  /** Adds what another collector (a worker's) gathered. */
  merge(buckets: CollectedBuckets): void {
    for (const [key, other] of buckets) {
      const bucket = this.bucket(key);
      bucket.total += other.total;
      for (const f of other.kept) this.keep(bucket, f);
    }
  }

  /** The content, trimmed to the cap, to send to another thread. */
  toBuckets(): CollectedBuckets {
    return [...this.buckets].map(([key, b]) => [key, this.trim(b)]);
  }

  /** Every kept finding in report order, and what the cap left out (sorted by file, then rule). */
  result(): { findings: Finding[]; omitted: OmittedFindings[] } {
    const findings: Finding[] = [];
    const omitted: OmittedFindings[] = [];
    for (const bucket of this.buckets.values()) {
      const { kept } = this.trim(bucket);
      // A loop, not push(...kept): a spread passes every element as an argument and overflows the stack past ~125k.
      for (const f of kept) findings.push(f);
      if (bucket.total > kept.length) {
        omitted.push({ ruleId: kept[0]!.ruleId, severity: kept[0]!.severity, file: kept[0]!.file, count: bucket.total - kept.length });
      }
    }
    omitted.sort(compareOmitted);
    return { findings: sortFindings(findings), omitted };
  }

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { kept: [], total: 0 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private keep(bucket: Bucket, finding: Finding): void {
    bucket.kept.push(finding);
    // Trim only when twice the cap has gathered: sorting is then amortised over cap additions.
    if (this.cap > 0 && bucket.kept.length >= 2 * this.cap) this.trim(bucket);
  }

  /** Cuts the bucket, in place, to the first `cap` findings in report order. */
  private trim(bucket: Bucket): Bucket {
    if (this.cap === 0 || bucket.kept.length <= this.cap) return bucket;
    bucket.kept.sort(compareFindings);
    bucket.kept.length = this.cap;
    return bucket;
  }
}
