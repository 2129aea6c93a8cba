// Findings in the run's language. The engine (and its worker threads) always writes findings in English, from the
// checks' templates; the run localises them last, after the baseline has matched them, so which findings exist, their
// order, fingerprints, baselines (whose format 1 matches English wording) and the exit code never depend on the locale.
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/standard.js';
import { shortenValue } from '../util/shorten.js';
import type { Localiser } from './locale.js';
import { renderKeyedHint } from './keyed-hint.js';
import { recognisedWords } from './recognise.js';

/** As engine/active-rules.ts keeps hints. */
const MAX_HINT_LENGTH = 1000;

/**
 * The findings with their message and hint in the localiser's language (each left in English where no catalogue of
 * the chain has it), and without the internal hint keys. English findings come back as they were, keys removed.
 */
/** The data a localised message is filled from: values with words given in the run's language. */
function localData(data: Finding['data'], words: Finding['wordsRef'], localiser: Localiser): Finding['data'] {
  if (data === undefined) return data;
  const out = { ...data };
  for (const [placeholder, value] of Object.entries(data)) {
    const ref = words?.[placeholder] ?? recognisedWords(placeholder, value);
    if (ref) out[placeholder] = renderKeyedHint(ref, (key, d) => localiser.text(key, d, { whole: true }));
  }
  return out;
}

export function localiseFindings(findings: readonly Finding[], localiser: Localiser, rules: readonly Pick<Rule, 'id' | 'check'>[]): Finding[] {
  const checkOf = new Map(rules.map((r) => [r.id, r.check]));
  return findings.map((finding) => {
    const { hintRef, wordsRef, ...f } = finding;
    if (localiser.isEnglish) return f;
    const internal = hintRef?.key === 'engine.hint.internalError';
    const check = checkOf.get(f.ruleId);
    const messageKey = internal ? 'engine.internalError' : check === undefined ? undefined : `${check}.${f.messageId}`;
    if (messageKey !== undefined && localiser.translation(messageKey)) f.message = localiser.text(messageKey, localData(f.data, wordsRef, localiser));
    if (hintRef !== undefined) f.hint = shortenValue(renderKeyedHint(hintRef, (key, data) => localiser.text(key, localData(data, undefined, localiser), { whole: true })), MAX_HINT_LENGTH);
    return f;
  });
}
