import type { Formatter, LintReport } from '../../model/report.js';
import { shortenedFinding } from '../shortened.js';

/**
 * The JSON report contract (schemas/report.schema.json): two-space indent, final newline, and a fixed key order for
 * the report's own objects, whatever order the caller built them in. A finding's long field and data values are written shortened
 * (shortened.ts).
 */
const json: Formatter = (report) => {
  const s = report.summary;
  const ordered: LintReport = {
    tool: report.tool,
    standard: report.standard.title === undefined ? { id: report.standard.id, version: report.standard.version } : { id: report.standard.id, version: report.standard.version, title: report.standard.title },
    now: report.now,
    ...(report.locale !== undefined ? { locale: report.locale } : {}),
    ...(report.shard ? { shard: { index: report.shard.index, total: report.shard.total, discovered: report.shard.discovered, positions: report.shard.positions, settings: report.shard.settings } } : {}),
    summary: { datasets: s.datasets, files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, omitted: s.omitted, suppressed: s.suppressed },
    findings: report.findings.map(shortenedFinding),
    omitted: report.omitted,
    ...(report.baseline
      ? {
          baseline: {
            file: report.baseline.file,
            suppressed: report.baseline.suppressed,
            fixed: report.baseline.fixed.map((e) => ({ file: e.file, ruleId: e.ruleId, fingerprint: e.fingerprint, message: e.message, count: e.count })),
          },
        }
      : {}),
    ...(report.rules ? { rules: report.rules } : {}),
    ...(report.datasets ? { datasets: report.datasets } : {}),
    ...(report.scorecard ? { scorecard: report.scorecard } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
};
export default json;
