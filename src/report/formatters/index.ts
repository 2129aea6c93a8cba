// Formatters by name; one module each.
import type { Formatter } from '../report.js';
import html from './html.js';
import json from './json.js';
import markdown from './markdown.js';
import stylish from './stylish.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, markdown, html };
