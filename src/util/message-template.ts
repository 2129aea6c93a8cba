// Message templates: a check's messages are data ("{value} in field '{field}' is not {expected}"), filled from a
// finding's `data`. The syntax is a small subset of ICU MessageFormat — `{name}` and
// `{name, plural, one {…} other {…}}` with `#` for the number — without ICU's apostrophe quoting, because odlint's
// messages put values in single quotes ('{field}') and ICU would read those as escapes. Instead a backslash makes the
// next '{', '}', '#' or backslash literal: the template `a JSON object \{…\}` reads "a JSON object {…}" (in a
// TypeScript string literal, 'a JSON object \\{…\\}'). Templates are compiled once; filling one is a loop over its
// parts. Each value is filled in shortened when it is long (util/shorten.ts).
import { shortenValue } from './shorten.js';

export type MessageData = Readonly<Record<string, string | number>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'plural'; name: string; forms: ReadonlyMap<string, Part[]> }
  | { kind: 'number' };

export interface CompiledTemplate {
  /** The placeholders the template uses, in order of first use. */
  readonly placeholders: readonly string[];
  /**
   * The message with every placeholder filled; throws when data lacks one (a bug in the check). Plural forms are
   * chosen by English rules unless `options.plurals` gives a language's (util/locale.ts); values are shortened when
   * long unless `options.whole` (report labels, whose values are the report's own text).
   */
  format(data: MessageData | undefined, options?: FormatOptions): string;
}

export interface FormatOptions {
  /** The plural rules of the message's language. Default: English. */
  plurals?: Intl.PluralRules;
  /** Fill values whole, never shortened. */
  whole?: boolean;
}

export class TemplateSyntaxError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The characters a backslash makes literal. */
const ESCAPABLE: ReadonlySet<string> = new Set(['{', '}', '#', '\\']);
const PLURAL_CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Parses parts until the closing brace of the enclosing plural form (depth > 0) or the end. */
function parseParts(text: string, start: number, inPlural: boolean, names: string[]): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let literal = '';
  let i = start;
  const flush = () => {
    if (literal) parts.push({ kind: 'text', text: literal });
    literal = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.has(text[i + 1]!)) {
      literal += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '}') {
      if (!inPlural) throw new TemplateSyntaxError(`unmatched '}' at ${i} in "${text}"`);
      flush();
      return { parts, end: i };
    }
    if (c === '#' && inPlural) {
      flush();
      parts.push({ kind: 'number' });
      i++;
      continue;
    }
    if (c !== '{') {
      literal += c;
      i++;
      continue;
    }
    flush();
    const close = text.indexOf('}', i);
    const comma = text.indexOf(',', i);
    if (close < 0) throw new TemplateSyntaxError(`unclosed '{' at ${i} in "${text}"`);
    if (comma < 0 || comma > close) {
      const name = text.slice(i + 1, close).trim();
      if (!NAME.test(name)) throw new TemplateSyntaxError(`'${name}' is not a placeholder name in "${text}"`);
      if (!names.includes(name)) names.push(name);
      parts.push({ kind: 'value', name });
      i = close + 1;
      continue;
    }
    const plural = parsePlural(text, i, comma, names);
    parts.push(plural.part);
    i = plural.end;
  }
  if (inPlural) throw new TemplateSyntaxError(`unclosed plural form in "${text}"`);
  flush();
  return { parts, end: i };
}

/** `{name, plural, one {…} other {…}}` starting at `open`: the part and the index after its closing brace. */
function parsePlural(text: string, open: number, comma: number, names: string[]): { part: Part; end: number } {
  const name = text.slice(open + 1, comma).trim();
  const head = /^\s*plural\s*,/.exec(text.slice(comma + 1));
  if (!NAME.test(name) || !head) throw new TemplateSyntaxError(`expected {name, plural, …} at ${open} in "${text}"`);
  if (!names.includes(name)) names.push(name);
  const forms = new Map<string, Part[]>();
  let i = comma + 1 + head[0].length;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === '}') break;
    const m = /^([a-z]+)\s*\{/.exec(text.slice(i));
    if (!m || !PLURAL_CATEGORIES.has(m[1]!)) throw new TemplateSyntaxError(`expected a plural category (one, other …) at ${i} in "${text}"`);
    const body = parseParts(text, i + m[0].length, true, names);
    forms.set(m[1]!, body.parts);
    i = body.end + 1;
  }
  if (!forms.has('other')) throw new TemplateSyntaxError(`a plural needs an 'other' form in "${text}"`);
  return { part: { kind: 'plural', name, forms }, end: i + 1 };
}

const ENGLISH_PLURALS = new Intl.PluralRules('en');

function fill(parts: readonly Part[], data: MessageData | undefined, count: number | undefined, template: string, options: FormatOptions | undefined): string {
  let out = '';
  for (const p of parts) {
    if (p.kind === 'text') out += p.text;
    else if (p.kind === 'number') out += String(count);
    else {
      const v = data?.[p.name];
      if (v === undefined) throw new Error(`the message "${template}" needs '${p.name}' in its data`);
      // A value longer than MAX_VALUE_LENGTH is quoted shortened: it may be a megabyte, in every finding about it.
      if (p.kind === 'value') out += options?.whole ? String(v) : shortenValue(String(v));
      else {
        const n = Number(v);
        // An exact number form (=0) is not supported: a category, else 'other'.
        const form = p.forms.get(`${(options?.plurals ?? ENGLISH_PLURALS).select(n)}`) ?? p.forms.get('other')!;
        out += fill(form, data, n, template, options);
      }
    }
  }
  return out;
}

const compiled = new Map<string, CompiledTemplate>();

export function compileTemplate(template: string): CompiledTemplate {
  let t = compiled.get(template);
  if (!t) {
    const placeholders: string[] = [];
    const { parts } = parseParts(template, 0, false, placeholders);
    // A template without placeholders always gives the same message: no loop per finding.
    const only = parts.length === 1 && parts[0]!.kind === 'text' ? parts[0]!.text : parts.length === 0 ? '' : undefined;
    t = only !== undefined
      ? { placeholders, format: () => only }
      : { placeholders, format: (data, options) => fill(parts, data, undefined, template, options) };
    compiled.set(template, t);
  }
  return t;
}

export function formatMessage(template: string, data?: MessageData, options?: FormatOptions): string {
  return compileTemplate(template).format(data, options);
}

/** Text as a template that reads as exactly that text: '{', '}', '#' and backslashes escaped. */
export function escapeTemplate(text: string): string {
  return text.replace(/[{}#\\]/g, (c) => `\\${c}`);
}
