// Register codes: every value of the configured fields is a code of its register, a vocabulary of the standard
// (rules/vocabularies/registers.yaml) rather than a resource being linted: province codes, organisation prefixes, any
// code list a national or department standard fixes. Values are compared exactly as written in the file; a miss that
// the register lists as an alias (another code system's spelling: ISO 3166-2:ZA's 'GP' for 'GT') is still a finding,
// whose hint names the register's code; any other miss gets the near-miss hint of a foreign key (keys/near-miss.ts),
// and a retired code names the one that replaced it.
//
// Row-local: the findings depend on each row, the rule's options and the vocabulary, which worker threads receive
// too. The vocabulary is compiled once per thread (registers.ts) and the per-row cost is one Map lookup per column.
import type { Check, HintRef, Report } from '../../model/check.js';
import { nearMissWhy } from '../common-hints.js';
import { show } from '../text.js';
import { loadRegisterVocabulary, registersOfFields, suggestCode, type CodeRegister, type RegisterAlias, type RegisterCode } from './registers.js';

interface Options {
  vocabulary: string;
  fields: Record<string, string>;
  allowRetired: boolean;
}

/** Registers up to this many current codes are listed in the hint of a value near none of them. */
const LIST_CODES_UP_TO = 20;

function retiredWords(r: CodeRegister, code: RegisterCode): HintRef {
  return typeof code.retired === 'string' ? { id: 'retiredFromOn', data: { register: r.name, date: code.retired } } : { id: 'retiredFrom', data: { register: r.name } };
}

/** ': use 'X' (title)', or nothing when the register names no replacement. */
function useInstead(r: CodeRegister, code: RegisterCode): HintRef | string {
  return code.useInstead ? { id: 'useInstead', data: { code: codeWithTitle(r, code.useInstead) } } : '';
}

function codeWithTitle(r: CodeRegister, code: string): string {
  const title = r.codes.get(code)?.title;
  return title ? `'${code}' (${title})` : `'${code}'`;
}

function currentCodes(r: CodeRegister, allowRetired: boolean): string[] {
  return [...r.codes].filter(([, c]) => allowRetired || !c.retired).map(([k]) => k);
}

type Found = Pick<Report, 'messageId' | 'data' | 'hint'>;

/** The hint for a value that another code system's alias list names: the register's code for it. */
function aliasHint(r: CodeRegister, cell: string, alias: RegisterAlias, allowRetired: boolean): HintRef {
  const code = r.codes.get(alias.code)!;
  const retired = code.retired && !allowRetired ? { id: 'aliasRetired', data: { retired: retiredWords(r, code), useInstead: useInstead(r, code) } } : '';
  const title = code.title ? { id: 'forTitle', data: { title: code.title } } : '';
  return { id: 'alias', data: { value: show(cell), scheme: alias.scheme, title, register: r.name, code: alias.code, retired } };
}

/** The finding for a value that is not a code of the register. */
function unknownCode(r: CodeRegister, field: string, cell: string, allowRetired: boolean): Found {
  const message: Found = r.title
    ? { messageId: 'notCodeTitled', data: { value: show(cell), field, register: r.name, title: r.title } }
    : { messageId: 'notCode', data: { value: show(cell), field, register: r.name } };
  const alias = r.aliases.get(cell);
  if (alias) return { ...message, hint: aliasHint(r, cell, alias, allowRetired) };
  const near = suggestCode(r, cell);
  if (near) {
    const code = r.codes.get(near.key)!;
    const retired = code.retired && !allowRetired ? { id: 'nearRetired', data: { key: near.key, retired: retiredWords(r, code), useInstead: useInstead(r, code) } } : '';
    return { ...message, hint: { id: 'didYouMean', data: { value: show(cell), key: near.key, why: nearMissWhy(near.why), retired } } };
  }
  const codes = currentCodes(r, allowRetired);
  if (codes.length <= LIST_CODES_UP_TO) return { ...message, hint: { id: 'codes', data: { register: r.name, codes: codes.join(', ') } } };
  return { ...message, hint: { id: 'useCode', data: { register: r.name } } };
}

/** The finding for a retired code. */
function retiredCode(r: CodeRegister, field: string, cell: string, code: RegisterCode): Found {
  const data: Record<string, string> = { value: show(cell), field, register: r.name };
  if (typeof code.retired === 'string') data.date = code.retired;
  if (code.useInstead) data.replacement = code.useInstead;
  const messageId = code.useInstead ? (data.date ? 'replacedOn' : 'replaced') : (data.date ? 'retiredOn' : 'retired');
  const hint: HintRef = code.useInstead ? { id: 'replaceOrAllow', data: { code: codeWithTitle(r, code.useInstead) } } : { id: 'currentOrAllow', data: { register: r.name } };
  return { messageId, data, hint };
}

const check: Check<Options> = {
  id: 'register-code',
  description: "Every value of a field the rule names is a current code of its register in the standard's register vocabulary: province_code holds a National Treasury province code (EC FS GT KZN LIM MP NC NW WC), not a variant or a retired code.",
  docs: {
    rationale:
      "A code list every department must use (province codes, organisation prefixes) only links datasets if the codes are written exactly as the register writes them. A variant ('Gp', 'GP' from another scheme, a trailing space) or a retired code ('NP', Northern Province, now 'LIM') silently drops rows when datasets are joined or grouped. A value another code system writes for one of the register's codes (ISO 3166-2:ZA's 'GP' or 'ZA-GP' for Gauteng, where the register writes 'GT') is reported too, and its hint names the register's code, when the register lists that system's aliases. Open Data Charter principle 4.a asks for common identifiers; the standard's register vocabulary says which. A department extending the standard adds its own registers by naming the same vocabulary with its own file (merged into the national one).",
    failing: "province_code 'Gp' or 'NP' where the rule has fields: {province_code: za-provinces} and za-provinces lists EC FS GT KZN LIM MP NC NW WC, with NP retired (replaced by LIM).",
    passing: "province_code 'GT', 'LIM' or 'WC'; an empty cell (missing values are not checked; format/required says whether one is allowed).",
  },
  messages: {
    notCode: "{value} in field '{field}' is not a code of the register {register}",
    notCodeTitled: "{value} in field '{field}' is not a code of the register {register} ({title})",
    retired: "{value} in field '{field}' was retired from {register}",
    retiredOn: "{value} in field '{field}' was retired from {register} on {date}",
    replaced: "{value} in field '{field}' was retired from {register}; use '{replacement}'",
    replacedOn: "{value} in field '{field}' was retired from {register} on {date}; use '{replacement}'",
  },
  hints: {
    alias: "{value} is {scheme}{title}; the register {register} writes it '{code}'{retired}",
    forTitle: ' for {title}',
    aliasRetired: ', a code {retired}{useInstead}',
    retiredFrom: 'retired from {register}',
    retiredFromOn: 'retired from {register} on {date}',
    useInstead: ': use {code}',
    didYouMean: "{value} — did you mean '{key}'? ({why}){retired}",
    nearRetired: "; but '{key}' was {retired}{useInstead}",
    codes: 'The codes of {register}: {codes}',
    useCode: 'Use a code of {register} as the register writes it',
    replaceOrAllow: 'Replace it with {code}, or set the rule option allowRetired when the rows keep the codes of their own time',
    currentOrAllow: 'Use a current code of {register}, or set the rule option allowRetired when the rows keep the codes of their own time',
  },
  module: import.meta.url,
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      vocabulary: {
        type: 'string',
        minLength: 1,
        default: 'registers',
        description: "The standard's vocabulary (by the name standard.yaml gives it) that holds the code registers.",
      },
      fields: {
        type: 'object',
        propertyNames: { minLength: 1 },
        additionalProperties: { type: 'string', minLength: 1 },
        default: {},
        description: 'Field name (as the Table Schema names it) → the register its values must come from. A field a file does not have is not checked.',
      },
      allowRetired: {
        type: 'boolean',
        default: false,
        description: 'Accept retired codes (historical data that keeps the codes of its own time).',
      },
    },
  },
  formats: ['csv', 'json', 'ndjson'],
  rowLocal: true,

  // Validates the vocabulary and the registers the rule names before any file is read (exit code 2 if broken).
  prepare(ctx) {
    registersOfFields(loadRegisterVocabulary(ctx.vocabularies, ctx.options.vocabulary), ctx.options.fields);
  },

  createFileVisitor(ctx) {
    const { options, report } = ctx;
    if (Object.keys(options.fields).length === 0) return {};
    const byField = registersOfFields(loadRegisterVocabulary(ctx.vocabularies, options.vocabulary), options.fields);
    let checked: { column: number; field: string; register: CodeRegister }[] | undefined;
    return {
      row(row) {
        // Bound once, from the first row's columns: fields matched by their schema name, exactly.
        checked ??= row.columns.flatMap((c, i) => {
          const register = c ? byField.get(c.compiled.name) : undefined;
          return register ? [{ column: i, field: c!.compiled.name, register }] : [];
        });
        for (let k = 0; k < checked.length; k++) {
          const { column, field, register } = checked[k]!;
          if (row.isMissing(column)) continue;
          const cell = row.cells[column]!;
          const code = register.codes.get(cell);
          if (code !== undefined && (!code.retired || options.allowRetired)) continue;
          const found = code === undefined ? unknownCode(register, field, cell, options.allowRetired) : retiredCode(register, field, cell, code);
          report({ ...found, line: row.line, record: row.record, column: column + 1, field, target: { kind: 'register', name: register.name } });
        }
      },
    };
  },
};
export default check;
