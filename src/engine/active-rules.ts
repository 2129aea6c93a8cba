// What the engine and its worker threads share: the active rules of a standard, and how a check's report becomes a
// Finding.
import { COMMON_HINTS } from '../checks/common-hints.js';
import type { Check, HintRef, Report } from '../model/check.js';
import type { Finding, KeyedHint, Severity } from '../model/finding.js';
import { OdlintError } from '../util/errors.js';
import { formatMessage } from '../util/message-template.js';
import { INTERNAL_ERROR, INTERNAL_ERROR_HINT, renderKeyedHint } from '../locale/keyed-hint.js';
import { shortenValue } from '../util/shorten.js';
import type { Rule, Standard } from '../model/standard.js';

export interface ActiveRule {
  rule: Rule;
  check: Check;
  severity: Severity;
  /**
   * Set when overrides give some files other options for this rule: the key of the options this instance runs with.
   * Each such variant runs as a rule of its own, and keeps only the findings in files whose options are its own.
   */
  variant?: string;
}

export function activeRules(standard: Pick<Standard, 'rules'>, checks: ReadonlyMap<string, Check>): ActiveRule[] {
  return standard.rules
    .filter((rule) => rule.severity !== 'off')
    .map((rule) => ({ rule, check: checks.get(rule.check)!, severity: rule.severity as Severity }));
}

/** The message of a report: the check's template for its messageId, filled with its data. */
export function renderMessage(check: Check, r: Report): string {
  const template = Object.hasOwn(check.messages, r.messageId) ? check.messages[r.messageId] : undefined;
  if (template === undefined) throw new Error(`the check '${check.id}' has no message '${r.messageId}'`);
  return formatMessage(template, r.data);
}

/** The catalogue key and English template of a hint by id: the check's own, else a common one. */
export function hintTemplate(check: Pick<Check, 'id' | 'hints'>, id: string): { key: string; template: string } {
  if (check.hints && Object.hasOwn(check.hints, id)) return { key: `${check.id}.hint.${id}`, template: check.hints[id]! };
  if (Object.hasOwn(COMMON_HINTS, id)) return { key: `hint.${id}`, template: COMMON_HINTS[id]! };
  throw new Error(`the check '${check.id}' has no hint '${id}'`);
}

/**
 * Catalogue keys by check and hint id, and the keyed hint of each hint without data, shared: a run of a million
 * findings makes no object and no string per finding for them.
 */
const keysOfHints = new Map<string, KeyedHint>();

/** A hint by id as a hint by catalogue key, nested hints included. */
function keyedHint(check: Check, hint: HintRef): KeyedHint {
  const memo = `${check.id}\u0000${hint.id}`;
  let bare = keysOfHints.get(memo);
  if (!bare) keysOfHints.set(memo, (bare = Object.freeze({ key: hintTemplate(check, hint.id).key })));
  if (hint.data === undefined) return bare;
  const key = bare.key;
  const data: Record<string, string | number | KeyedHint> = {};
  for (const [k, v] of Object.entries(hint.data)) data[k] = typeof v === 'object' ? keyedHint(check, v) : v;
  return { key, data };
}

/** The English template of a hint's catalogue key. */
function englishHint(check: Check, key: string): string {
  const prefix = `${check.id}.hint.`;
  return key.startsWith(prefix) ? check.hints![key.slice(prefix.length)]! : COMMON_HINTS[key.slice('hint.'.length)]!;
}

/** Words already checked, by check, placeholder, hint id and value; bounded, as values may all differ. */
const checkedWords = new Map<string, KeyedHint>();
const CHECKED_WORDS_KEPT = 10_000;

/**
 * A report's words by catalogue key, each checked to read in English exactly as the value it stands for. The same
 * words for the same value (a type's expectation on every bad row) are checked once and shared.
 */
function keyedWords(check: Check, r: Report): Record<string, KeyedHint> {
  const out: Record<string, KeyedHint> = {};
  for (const [placeholder, ref] of Object.entries(r.words!)) {
    const value = String(r.data?.[placeholder]);
    const memo = ref.data === undefined ? `${check.id}\u0000${placeholder}\u0000${ref.id}\u0000${value}` : undefined;
    const known = memo === undefined ? undefined : checkedWords.get(memo);
    if (known) {
      out[placeholder] = known;
      continue;
    }
    const keyed = keyedHint(check, ref);
    const english = renderKeyedHint(keyed, (key, data) => formatMessage(englishHint(check, key), data, { whole: true }));
    if (english !== value) throw new Error(`the check '${check.id}' gives words for '${placeholder}' that read '${english}', not '${value}'`);
    if (memo !== undefined && checkedWords.size < CHECKED_WORDS_KEPT) checkedWords.set(memo, keyed);
    out[placeholder] = keyed;
  }
  return out;
}

/**
 * The longest hint kept whole. Hints are prose of a few hundred characters at most, but some quote a value (a field
 * name, a licence URL) that may be a megabyte long; messages shorten their values themselves (message-template.ts).
 */
const MAX_HINT_LENGTH = 1000;

export function makeFinding(active: ActiveRule, r: Report, file: string, dataset: string | undefined, severity: Severity = active.severity): Finding {
  // Fixed key order, undefined keys left out: the JSON report is byte-for-byte stable.
  const f = { ruleId: active.rule.id, category: active.rule.category, severity, message: renderMessage(active.check, r), file: r.file ?? file } as Finding;
  if (r.line !== undefined) f.line = r.line;
  if (r.column !== undefined) f.column = r.column;
  if (r.field !== undefined) f.field = r.field;
  if (r.record !== undefined) f.record = r.record;
  // Shortened when long, as the datasets of the report are (report-parts.ts): nothing hashes them.
  if (dataset !== undefined) f.dataset = shortenValue(dataset);
  let hintRef: KeyedHint | undefined;
  if (typeof r.hint === 'string') f.hint = shortenValue(r.hint, MAX_HINT_LENGTH);
  else if (r.hint !== undefined) {
    hintRef = keyedHint(active.check, r.hint);
    const check = active.check;
    f.hint = shortenValue(renderKeyedHint(hintRef, (key, data) => formatMessage(englishHint(check, key), data, { whole: true })), MAX_HINT_LENGTH);
  }
  if (r.target !== undefined) {
    f.target = shortenValue(r.target.name);
    f.targetKind = r.target.kind;
  }
  f.messageId = r.messageId;
  if (r.data !== undefined) f.data = r.data;
  if (hintRef) f.hintRef = hintRef;
  if (r.words !== undefined) f.wordsRef = keyedWords(active.check, r);
  return f;
}


/**
 * A check's hook threw: the finding that says so, at the file and line where it happened, so the run goes on with the
 * other rules and the report says what it could not check. Always an error: the report is incomplete.
 */
export function internalErrorFinding(active: ActiveRule, hook: string, err: unknown, file: string, dataset: string | undefined, line?: number): Finding {
  // A check that finds the standard itself wrong (a malformed vocabulary) says so with an OdlintError: that stops the
  // run with its message and exit code 2, as any error in the standard does. Only bugs become findings.
  if (err instanceof OdlintError) throw err;
  if (process.env.ODLINT_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  const data = { rule: active.rule.id, check: active.check.id, hook, error: ((err as Error)?.message ?? String(err)).replace(/\.$/, '') };
  const f = { ruleId: active.rule.id, category: active.rule.category, severity: 'error', message: formatMessage(INTERNAL_ERROR, data), file } as Finding;
  if (line !== undefined) f.line = line;
  if (dataset !== undefined) f.dataset = shortenValue(dataset);
  f.hint = INTERNAL_ERROR_HINT;
  f.hintRef = { key: 'engine.hint.internalError' };
  f.messageId = 'internalError';
  f.data = data;
  return f;
}
