// The built-in linking checks, listed for src/checks/index.ts.
import type { Check } from '../check.js';

export const LINKING_CHECKS: readonly Check[] = [];
