// Values of message data that odlint writes in English in a few fixed forms — a resource's label, an update
// frequency, an age — recognised by that form and given as words of the catalogues (COMMON_HINTS 'resource.*',
// 'frequency.*', 'age.*'), so a localised message does not quote them in English. The data itself, which
// fingerprints hash, is not changed. A value in no known form stays as it is.
import type { KeyedHint } from '../model/finding.js';

type Recogniser = (value: string) => KeyedHint | undefined;

const ADVERBS = new Set(['annually', 'quarterly', 'monthly', 'weekly', 'daily', 'hourly']);

const RECOGNISERS: Readonly<Record<string, Recogniser>> = {
  resource: (v): KeyedHint | undefined => {
    const named = /^Resource '(.*)'$/s.exec(v);
    if (named) return { key: 'hint.resource.named', data: { name: named[1]! } };
    const numbered = /^Resource (\d+)$/.exec(v);
    return numbered ? { key: 'hint.resource.numbered', data: { n: Number(numbered[1]) } } : undefined;
  },
  frequency: (v): KeyedHint | undefined => {
    if (ADVERBS.has(v)) return { key: `hint.frequency.${v}` };
    if (v === 'every minute') return { key: 'hint.frequency.everyMinute' };
    if (v === 'every second') return { key: 'hint.frequency.everySecond' };
    const every = /^every (\d+(?:\.\d+)?) (years|months|weeks|days|hours|minutes|seconds)$/.exec(v);
    return every ? { key: `hint.frequency.every.${every[2]}`, data: { n: every[1]! } } : undefined;
  },
  age: (v): KeyedHint | undefined => {
    const m = /^(\d+) (day|days|months|years)$/.exec(v);
    if (!m) return undefined;
    return { key: `hint.age.${m[2] === 'day' ? 'days' : m[2]}`, data: { n: Number(m[1]) } };
  },
};

/** The words of a placeholder's value, when it is one of the forms recognised for that placeholder's name. */
export function recognisedWords(placeholder: string, value: string | number): KeyedHint | undefined {
  const recognise = Object.hasOwn(RECOGNISERS, placeholder) ? RECOGNISERS[placeholder] : undefined;
  return recognise && typeof value === 'string' ? recognise(value) : undefined;
}
