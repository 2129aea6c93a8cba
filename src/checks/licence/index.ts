// The built-in licence checks, listed for src/checks/index.ts.
import type { Check } from '../check.js';

export const LICENCE_CHECKS: readonly Check[] = [];
