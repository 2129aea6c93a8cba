// The default number of threads for large CSV files (engine/jobs.ts): one per core unless the cores are crowded.
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../../src/engine/jobs.js';

describe('defaultJobs', () => {
  it('takes one thread per core on an idle machine, and while other processes keep about a core busy', () => {
    expect(defaultJobs(2, 0.1)).toBe(2);
    expect(defaultJobs(2, 1.7)).toBe(2);
    expect(defaultJobs(2, 3)).toBe(2);
    expect(defaultJobs(8, 6)).toBe(8);
  });

  it('takes one thread on one core, or when the load exceeds the cores by more than one', () => {
    expect(defaultJobs(1, 0)).toBe(1);
    expect(defaultJobs(2, 3.2)).toBe(1);
    expect(defaultJobs(4, 6.5)).toBe(1);
  });
});
