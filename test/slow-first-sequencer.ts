// Test files that spend a minute waiting on npm, pre-commit and the network start first, so that on CI's two workers
// they overlap the rest of the suite instead of running alone at its end; the others keep vitest's own order (its
// cache of durations, else larger files first).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOW_FIRST = ['test/e2e/install.test.ts', 'test/e2e/action-and-hook.test.ts'];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((slow) => f.moduleId.replaceAll('\\', '/').endsWith(slow));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}
