#!/usr/bin/env node
// Writes rules/locales/en.json: every message, hint and report label of odlint in English, keyed as catalogues key
// them (src/locale/catalogue.ts), for translators to copy. A maintainer script whose output is committed (part of
// `npm run docs`); test/unit/locale/catalogues.test.ts fails while the file is out of date.
//
//   npm run build && npm run docs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Build first (npm run build): the catalogue is built from the compiled checks, as odlint builds it.
import { BUILT_IN_CHECKS } from '../dist/checks/index.js';
import { englishCatalogueFile } from '../dist/locale/catalogue.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(REPO_ROOT, 'rules', 'locales', 'en.json');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, englishCatalogueFile(BUILT_IN_CHECKS));
console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
