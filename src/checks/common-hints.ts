import type { HintRef } from '../model/check.js';

// Hints that several checks (or the helpers they share) give: a report names one by id as it names its check's own
// hints. Catalogues key them `hint.<id>`. English is written here; translations are in the standard's locale files.
export const COMMON_HINTS: Readonly<Record<string, string>> = {
  // A foreign key's reference that cannot be followed (checks/linking/references.ts).
  'reference.didYouMean': "did you mean '{name}'?",
  'reference.thisPackageHas': 'this package has {count, plural, one {one} other {#}}: {list}',
  'reference.thatPackageHas': 'that package has {count, plural, one {one} other {#}}: {list}',
  'reference.fieldsHas': 'its fields are {count, plural, one {one} other {#}}: {list}',
  'reference.copyPackage': 'Put a copy of that package next to this one, reference its folder by a relative path, and lint both folders together',
  'reference.byPath': "A package named '{package}' is being linted ({metadataFile}): reference it by its path, '{path}'",
  'reference.packageIsPath': "reference.package is the path, relative to this package's folder, of the other package's folder or of its datapackage.json",
  'reference.lintWhole': 'Lint the whole package: odlint lint {folder}',
  // Values of message data that the run recognises by their English wording and gives in the reader's language
  // (locale/recognise.ts): resource labels (util/resources.ts), update frequencies (freshness/duration.ts), ages
  // (freshness/dates.ts).
  'resource.named': "Resource '{name}'",
  'resource.numbered': 'Resource {n}',
  'frequency.annually': 'annually',
  'frequency.quarterly': 'quarterly',
  'frequency.monthly': 'monthly',
  'frequency.weekly': 'weekly',
  'frequency.daily': 'daily',
  'frequency.hourly': 'hourly',
  'frequency.everyMinute': 'every minute',
  'frequency.everySecond': 'every second',
  'frequency.every.years': 'every {n} years',
  'frequency.every.months': 'every {n} months',
  'frequency.every.weeks': 'every {n} weeks',
  'frequency.every.days': 'every {n} days',
  'frequency.every.hours': 'every {n} hours',
  'frequency.every.minutes': 'every {n} minutes',
  'frequency.every.seconds': 'every {n} seconds',
  'age.days': '{n, plural, one {# day} other {# days}}',
  'age.months': '{n} months',
  'age.years': '{n} years',
  // A primary key with a part missing (checks/linking/uniqueness.ts).
  'primaryKey.complete': 'Every row needs a complete primary key: the fields of a primary key are implicitly required',
  // Why a value is near a key (keys/near-miss.ts describeDifference): each reason by id, joined by nearMiss.and.
  'nearMiss.and': '{first}, {rest}',
  ...nearMissReasons(),
};

/** The few words of each reason keys/near-miss.ts gives, as it writes them. */
function nearMissPhrases(): string[] {
  const phrases = ['written differently', 'case differs', 'hyphens differ', 'leading zeros lost', 'extra leading zeros', 'one character differs', 'two characters swapped'];
  for (const what of ['white space', 'non-breaking space', 'unusual space character']) {
    for (const edge of ['surrounding', 'leading', 'trailing']) phrases.push(`${edge} ${what}`, `${edge} and inner ${what}`);
    phrases.push(`${what} inside`);
  }
  return phrases;
}

function reasonId(phrase: string): string {
  return `nearMiss.${phrase.replace(/[ -](\w)/g, (_, c: string) => c.toUpperCase())}`;
}

function nearMissReasons(): Record<string, string> {
  return Object.fromEntries(nearMissPhrases().map((p) => [reasonId(p), p]));
}

/** A near miss's reasons ('case differs, trailing white space') as a hint by id, each reason translatable. */
export function nearMissWhy(why: string): HintRef | string {
  const reasons = why.split(', ');
  const ref = (phrase: string): HintRef | string => (Object.hasOwn(COMMON_HINTS, reasonId(phrase)) ? { id: reasonId(phrase) } : phrase);
  return reasons.slice(0, -1).reduceRight<HintRef | string>((rest, first) => ({ id: 'nearMiss.and', data: { first: ref(first), rest } }), ref(reasons[reasons.length - 1]!));
}
