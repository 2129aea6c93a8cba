// The built-in freshness checks, listed for src/checks/index.ts.
import type { Check } from '../check.js';

export const FRESHNESS_CHECKS: readonly Check[] = [];
