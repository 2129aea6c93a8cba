// The built-in freshness checks, listed for src/checks/index.ts.
import type { Check } from '../../model/check.js';
import dataCurrency from './data-currency.js';
import modified from './modified.js';
import modifiedTimezone from './modified-timezone.js';
import overdue from './overdue.js';
import updateFrequency from './update-frequency.js';

export const FRESHNESS_CHECKS: readonly Check[] = [modified, modifiedTimezone, updateFrequency, overdue, dataCurrency] as Check[];
