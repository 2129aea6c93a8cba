// Hints by catalogue key, nested hints included, as text; and the engine's own message and hint, which catalogues
// translate like a check's (keys engine.internalError and engine.hint.internalError). Below the engine, which writes
// findings in English with them, and the run, which localises them.
import type { KeyedHint } from '../model/finding.js';
import type { MessageData } from '../util/message-template.js';

/** The engine's own message: a check's hook threw. Catalogues key it engine.internalError. */
export const INTERNAL_ERROR = "Rule '{rule}' stopped with an internal error in its check '{check}' ({hook}): {error}. Its other findings in this file may be missing";
export const INTERNAL_ERROR_HINT = 'This is a bug in the check, not a problem in the data: please report it with the output of ODLINT_DEBUG=1.';

/**
 * A hint's text: its nested hints first, then its template from `text(key, data)`. Values are filled whole, as they
 * were when hints were prose: the hint as a whole is shortened.
 */
export function renderKeyedHint(hint: KeyedHint, text: (key: string, data: MessageData | undefined) => string): string {
  if (hint.data === undefined) return text(hint.key, undefined);
  const data: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(hint.data)) data[k] = typeof v === 'object' ? renderKeyedHint(v, text) : v;
  return text(hint.key, data);
}
