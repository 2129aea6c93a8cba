// The built-in licence checks, listed for src/checks/index.ts.
import type { Check } from '../../model/check.js';
import consistent from './consistent.js';
import declared from './declared.js';
import open from './open.js';
import recognised from './recognised.js';

export const LICENCE_CHECKS: readonly Check[] = [declared, recognised, open, consistent] as Check[];
