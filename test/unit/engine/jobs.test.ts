// The default number of threads for large CSV files (engine/jobs.ts): one per core, one on a saturated machine.
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../../src/engine/jobs.js';

describe('defaultJobs', () => {
  it('takes one thread per core while the machine has a core to spare', () => {
    expect(defaultJobs(2, 0.1)).toBe(2);
    expect(defaultJobs(2, 1.2)).toBe(2); // another process on one core: the parts still divide the work
    expect(defaultJobs(8, 3)).toBe(8);
  });

  it('takes one thread on one core, or when other processes keep every core busy', () => {
    expect(defaultJobs(1, 0)).toBe(1);
    expect(defaultJobs(2, 2)).toBe(1);
    expect(defaultJobs(4, 6.5)).toBe(1);
  });
});
