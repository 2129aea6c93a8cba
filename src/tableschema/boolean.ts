// boolean: the declared trueValues and falseValues, exactly as written.
import type { HintRef } from '../model/check.js';
import { quote } from './explain.js';
import { INVALID, type TypeImpl } from './type-impl.js';
import type { Field } from '../model/table-schema.js';
import { jsonCellText } from '../util/json-cell.js';

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const COMMON_BOOLEANS: ReadonlySet<string> = new Set([
  'yes', 'no', 'y', 'n', 't', 'f', 'on', 'off', 'oui', 'non', 'ja', 'nein', 'si', 'sí', 'x', 'ok', 'wahr', 'falsch',
  'vrai', 'faux', '1.0', '0.0', '-1',
]);

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map((x: unknown) => String(x)) : undefined;
}

export function compileBoolean(field: Field): TypeImpl {
  const trueList = stringList(field.trueValues) ?? DEFAULT_TRUE;
  const falseList = stringList(field.falseValues) ?? DEFAULT_FALSE;
  const trues = new Set(trueList);
  const falses = new Set(falseList);
  const isDefault = trueList === DEFAULT_TRUE && falseList === DEFAULT_FALSE;
  const list = (l: string[]) => l.map((v) => `'${v}'`).join(', ');
  const expected = isDefault ? 'true or false' : `one of ${list(trueList)} (true) or ${list(falseList)} (false)`;
  const lowered = new Set([...trueList, ...falseList].map((v) => v.toLowerCase()));
  const cast = (cell: string): unknown => (trues.has(cell) ? true : falses.has(cell) ? false : INVALID);
  return {
    cast,
    // JSON true and false need no spelling: trueValues and falseValues describe text (see CompiledField.castJson).
    castJsonValue: (value) => (typeof value === 'boolean' ? value : cast(jsonCellText(value))),
    expected,
    explain: (cell): HintRef | undefined => {
      const s = cell.trim().toLowerCase();
      if (lowered.has(s)) return { id: 'explain.booleanSpelling', data: { value: quote(cell), trueValues: list(trueList), falseValues: list(falseList) } };
      if (COMMON_BOOLEANS.has(s)) {
        return { id: 'explain.booleanUndeclared', data: { value: quote(cell), trueValue: trueList[0] ?? 'true', falseValue: falseList[0] ?? 'false' } };
      }
      return undefined;
    },
  };
}
