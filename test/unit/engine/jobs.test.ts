// The default number of threads for large CSV files (engine/jobs.ts): one per core while half a core is idle.
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../../src/engine/jobs.js';

describe('defaultJobs', () => {
  it('takes one thread per core while the load leaves half a core idle', () => {
    expect(defaultJobs(2, 0.1)).toBe(2);
    expect(defaultJobs(2, 1.4)).toBe(2);
    expect(defaultJobs(8, 3)).toBe(8);
  });

  it('takes one thread on one core, or when other processes keep the cores busy', () => {
    expect(defaultJobs(1, 0)).toBe(1);
    expect(defaultJobs(2, 1.6)).toBe(1);
    expect(defaultJobs(4, 6.5)).toBe(1);
  });
});
