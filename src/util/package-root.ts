import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder odlint is installed in (holding schemas/ and rules/), from dist/util or src/util alike. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
