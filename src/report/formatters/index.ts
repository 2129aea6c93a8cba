// Formatters by name; one module each.
import type { Formatter } from '../../model/report.js';
import github from './github.js';
import gitlab from './gitlab.js';
import html from './html.js';
import json from './json.js';
import junit from './junit.js';
import markdown from './markdown.js';
import sarif from './sarif.js';
import stylish from './stylish.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, gitlab, markdown, html };
