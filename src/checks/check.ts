// Helpers for writing a check: the contract itself is in model/check.ts.
import type { RunContext } from '../model/check.js';

/** The options schema of a check that takes no options. */
export const NO_OPTIONS: Record<string, unknown> = Object.freeze({ type: 'object', additionalProperties: false, properties: {} });

/** The rule's run-wide state under a key, created on first use (from prepare, a dataset hook or a file visitor). */
export function sharedState<T>(ctx: RunContext<unknown>, key: string, create: () => T): T {
  let state = ctx.shared.get(key) as T | undefined;
  if (state === undefined) {
    state = create();
    ctx.shared.set(key, state);
  }
  return state;
}
