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
  if (boundedBacktracking(source, options.anchored === true)) {
    // JavaScript's own engine, which cannot backtrack far on such a pattern, and is faster than RE2 on a short value.
    const native = new RegExp(options.anchored ? `^(?:${source})$` : source, unicode ? 'u' : '');
    return { ok: true, re: { test: (s) => native.test(s) } };
  }
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

/** Past this many ways to match a pattern's fixed-size parts, RE2 runs it (a run of alternatives multiplies them). */
const MAX_PATHS = 4096;

/**
 * Whether a backtracking engine runs the pattern in time linear in the value, by a conservative reading of its
 * syntax: literals, escapes of a letter class or punctuation, classes and '.', each with a quantifier; groups and
 * alternatives, but no quantifier on a group; the product of the counts bounded quantifiers (?, {n,m}) and
 * alternatives allow at most MAX_PATHS; and at most one unbounded quantifier (*, +, {n,}) when the match is anchored,
 * none when it is a search (which starts again at every position). Then each way to split the value among the parts
 * is tried at most once per path: ^[A-Z]{2,3}[0-9]{0,3}$ qualifies; ^(a+)+$, a*a*b and (x|y)* do not.
 */
export function boundedBacktracking(source: string, anchored: boolean): boolean {
  let paths = 1;
  let unbounded = 0;
  // Alternatives of each open group (and of the whole pattern at depth 0).
  const alternatives: number[] = [1];
  let atom = false; // the previous token can take a quantifier
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === undefined) return false;
      if (/[dDwWsS]/.test(n) || /[\\^$.*+?()[\]{}|\/\-]/.test(n)) { i++; atom = true; continue; }
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) { i += 5; atom = true; continue; }
      return false; // \b, \p{…}, \1, \k<…>, \cX, \x…: left to RE2
    }
    if (c === '[') {
      // A class: up to its first unescaped closing bracket, as JavaScript reads it ('[]' is an empty class).
      let j = i + 1;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      if (j >= source.length) return false;
      i = j;
      atom = true;
      continue;
    }
    if (c === '(') {
      if (source[i + 1] === '?') {
        if (source[i + 2] !== ':') return false; // lookaround and named groups: left to RE2
        i += 2;
      }
      alternatives.push(1);
      atom = false;
      continue;
    }
    if (c === ')') {
      if (alternatives.length === 1) return false;
      paths *= alternatives.pop()!;
      const next = source[i + 1];
      if (next === '*' || next === '+' || next === '?' || next === '{') return false; // a quantified group
      atom = false;
      continue;
    }
    if (c === '|') { alternatives[alternatives.length - 1]!++; atom = false; continue; }
    if (c === '^' || c === '$') { atom = false; continue; }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      if (!atom) return false;
      if (c === '?') paths *= 2;
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!m) return false;
        if (m[2] !== undefined && m[3] === '') unbounded++;
        else if (m[3] !== undefined) paths *= Number(m[3]) - Number(m[1]) + 1;
        i += m[0].length - 1;
      } else unbounded++;
      if (source[i + 1] === '?') i++; // lazy: the same paths
      atom = false;
      if (paths > MAX_PATHS || unbounded > (anchored ? 1 : 0)) return false;
      continue;
    }
    atom = true; // a literal or '.'
  }
  if (alternatives.length !== 1) return false;
  paths *= alternatives[0]!;
  return paths <= MAX_PATHS && unbounded <= (anchored ? 1 : 0);
}
