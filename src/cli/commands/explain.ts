// `odlint explain <ruleId>`: one rule's documentation, for the standard and config the project actually resolves to.
import { Option, type Command } from 'commander';
import { loadProject } from '../../config/project.js';
import { buildRuleDoc, renderRuleMarkdownFromDoc, renderRuleTextFromDoc } from '../../docs/rule-doc.js';
import type { Rule, Standard } from '../../model/standard.js';
import { closest } from '../../util/edit-distance.js';
import { OdlintError } from '../../util/errors.js';
import { EXIT_OK, projectOptions, type CommandContext, type Io, type ProjectFlags } from '../context.js';

interface ExplainOptions extends ProjectFlags { format: string }

function quoteList(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ');
}

/**
 * The error for an argument that is no rule id of the standard: a check id names the rules that configure it;
 * otherwise a near miss (by full id, or by the name after the category) is suggested.
 */
export function unknownRuleError(argument: string, standard: Standard, checkIds: readonly string[], standardFlag?: string): OdlintError {
  const label = `${standard.id} ${standard.version}`;
  const listHint = `Run odlint rules${standardFlag ? ` --standard ${standardFlag}` : ''} to list the rule ids of ${label}.`;
  if (checkIds.includes(argument)) {
    const configuring = standard.rules.filter((r) => r.check === argument).map((r) => r.id);
    if (configuring.length === 0) {
      return new OdlintError(`'${argument}' is a check, not a rule, and no rule of ${label} configures it.`, listHint);
    }
    return new OdlintError(
      `'${argument}' is a check, not a rule. Rules of ${label} that configure it: ${quoteList(configuring)}.`,
      `Run odlint explain ${configuring[0]!}.`,
    );
  }
  const ids = standard.rules.map((r) => r.id);
  // "header-paded" has no category: match it against the names after the category, too.
  const byName = new Map(standard.rules.map((r) => [r.id.slice(r.id.indexOf('/') + 1), r.id]));
  const suggestion = closest(argument, ids) ?? (argument.includes('/') ? undefined : byName.get(closest(argument, [...byName.keys()]) ?? ''));
  if (suggestion) return new OdlintError(`'${argument}' is not a rule of ${label}: did you mean '${suggestion}'?`, listHint);
  return new OdlintError(`'${argument}' is not a rule of ${label}.`, listHint);
}

function findRule(argument: string, standard: Standard, checkIds: readonly string[], standardFlag?: string): Rule {
  const rule = standard.rules.find((r) => r.id === argument);
  if (!rule) throw unknownRuleError(argument, standard, checkIds, standardFlag);
  return rule;
}

async function runExplain(ruleId: string, opts: ExplainOptions, io: Io): Promise<number> {
  const { standard, checks } = await loadProject({ standard: opts.standard, config: opts.config });
  const rule = findRule(ruleId, standard, [...checks.keys()].sort(), opts.standard);
  const check = checks.get(rule.check);
  // loadStandard refuses a rule whose check is unknown, so this only guards against a registry out of step with it.
  if (!check) throw new OdlintError(`Rule '${rule.id}' configures the check '${rule.check}', which this odlint does not have.`);
  const doc = buildRuleDoc(rule, check, standard);
  if (opts.format === 'json') io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  else if (opts.format === 'markdown') io.stdout(renderRuleMarkdownFromDoc(doc));
  else io.stdout(renderRuleTextFromDoc(doc));
  return EXIT_OK;
}

export function registerExplainCommand(program: Command, { io, setExit }: CommandContext): void {
  projectOptions(program.command('explain'))
    .argument('<ruleId>', "a rule's id, e.g. format/bom")
    .description('Explain one rule: what it checks and why, its sources, options, examples, where it is defined and how to turn it off.')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action(async (ruleId: string, opts: ExplainOptions) => {
      setExit(await runExplain(ruleId, opts, io));
    });
}
