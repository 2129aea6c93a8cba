// Regular expressions that come from outside odlint (Table Schema patterns, CSVW formats, JSON Schema patterns) run on
// RE2 (re2js), whose matching time is linear in the input: a pattern such as ^(a+)+$ cannot hang a run on a long
// value, as it does with JavaScript's backtracking engine. Patterns are written in JavaScript syntax (odlint has read
// them as Unicode-mode JavaScript regexes); RE2 runs the same language minus backreferences and lookaround.
import { RE2JS } from 're2js';

/** The one method odlint uses. */
export interface SafeRegExp {
  test(s: string): boolean;
}

export type CompiledPattern =
  | { ok: true; re: SafeRegExp }
  /** invalid: not a regular expression at all; unsupported: valid, but uses what RE2 cannot run in linear time. */
  | { ok: false; kind: 'invalid' | 'unsupported'; feature: string };

/** The JavaScript features RE2 leaves out, by how they are written, for messages. */
const UNSUPPORTED: Array<[RegExp, string]> = [
  [/\(\?<[=!]/, 'lookbehind'],
  [/\(\?[=!]/, 'lookahead'],
  [/\\[1-9]|\\k</, 'backreference'],
];

/** JavaScript's \s and \S are Unicode-aware; RE2's are ASCII only. */
const JS_SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';

/**
 * Patterns already compiled, by options and source: a schema's patterns are compiled for its metadata and again for
 * each file it describes, and RE2 compiling took ~170 µs a pattern, more than reading a small file.
 */
const compiled = new Map<string, CompiledPattern>();

/** Compiles a pattern (JavaScript syntax, Unicode mode) for linear-time matching; anchored: matches the whole value. */
export function compileSafe(source: string, options: { anchored?: boolean; unicode?: boolean } = {}): CompiledPattern {
  const key = `${options.anchored ? 'a' : ''}${options.unicode ?? true ? 'u' : ''}/${source}`;
  let c = compiled.get(key);
  if (!c) {
    c = compileUncached(source, options);
    if (compiled.size >= 500) compiled.clear(); // hostile metadata can hold any number of patterns
    compiled.set(key, c);
  }
  return c;
}

function compileUncached(source: string, options: { anchored?: boolean; unicode?: boolean }): CompiledPattern {
  const unicode = options.unicode ?? true;
  try {
    new RegExp(source, unicode ? 'u' : ''); // syntax only: compiling is not where backtracking costs
  } catch (err) {
    return { ok: false, kind: 'invalid', feature: (err as Error).message };
  }
  const feature = UNSUPPORTED.find(([re]) => re.test(stripEscapedBackslashes(source)))?.[1];
  if (feature) return { ok: false, kind: 'unsupported', feature };
  try {
    const translated = spaceClasses(RE2JS.translateRegExp(source));
    const re = RE2JS.compile(translated);
    // testExact matches the whole value, as ^(?:…)$ does, on RE2's faster path (no capture groups).
    return { ok: true, re: { test: options.anchored ? (s) => re.testExact(s) : (s) => re.test(s) } };
  } catch (err) {
    return { ok: false, kind: 'unsupported', feature: (err as Error).message.replace(/^error parsing regexp: /, '') };
  }
}

/** As compileSafe, for callers that want an exception (ajv's code.regExp). */
export function safeRegExp(source: string, flags = ''): SafeRegExp {
  const c = compileSafe(source, { unicode: flags.includes('u') });
  // ajv keys its cache of compiled patterns by toString(), as for a RegExp.
  if (c.ok) return Object.assign({ test: c.re.test }, { toString: () => `/${source}/${flags}` });
  throw new Error(c.kind === 'invalid'
    ? `the pattern ${JSON.stringify(source)} is not a valid regular expression: ${c.feature}`
    : `the pattern ${JSON.stringify(source)} uses a feature odlint's linear-time regular expression engine does not support (${c.feature})`);
}

/** '\\\\1' is a backslash then '1', not a backreference: drop escaped backslashes before looking for features. */
function stripEscapedBackslashes(source: string): string {
  return source.replace(/\\\\/g, '');
}

/** Rewrites \s and \S (outside and inside classes) to JavaScript's set of white space. */
function spaceClasses(re2: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < re2.length; i++) {
    const c = re2[i]!;
    if (c === '\\' && i + 1 < re2.length) {
      const n = re2[i + 1]!;
      if (n === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (n === 'S' && !inClass) out += `[^${JS_SPACE}]`;
      else out += c + n; // \S inside a class stays RE2's (ASCII) complement: rare, and never slower
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}
