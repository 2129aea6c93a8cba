// The built-in linking checks, listed for src/checks/index.ts.
import type { Check } from '../../model/check.js';
import foreignKey from './foreign-key.js';
import keyTypeDrift from './key-type-drift.js';
import primaryKey from './primary-key.js';
import registerCode from './register-code.js';
import uniqueKeys from './unique-keys.js';

export const LINKING_CHECKS: readonly Check[] = [primaryKey, uniqueKeys, foreignKey, registerCode, keyTypeDrift] as Check[];
