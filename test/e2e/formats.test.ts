// The machine formats from the real CLI on the demo: `lint fixtures --format <fmt>` exits 1 (error findings) and
// prints output its consumer accepts, the same bytes every run.
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateSarif } from '../helpers/format-reports.js';
import { expectNoCrash, lintJson, NOW, odlint, type Report, type RunResult } from './helpers.js';

function lint(format: string): RunResult {
  return odlint(['lint', 'fixtures', '--now', NOW, '-f', format]);
}

let report: Report;
beforeAll(() => {
  report = lintJson(['fixtures']).report;
});

describe.each(['sarif', 'junit', 'github', 'gitlab'])('lint fixtures -f %s', (format) => {
  let run: RunResult;
  beforeAll(() => {
    run = lint(format);
  });

  it('exits 1, writes nothing to stderr and does not crash', () => {
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('prints the same bytes on a second run', () => {
    expect(lint(format).stdoutBytes.equals(run.stdoutBytes)).toBe(true);
  });

  it('prints output its consumer accepts, covering every finding', () => {
    const total = report.findings.length;
    if (format === 'sarif') {
      const log = JSON.parse(run.stdout) as { runs: Array<{ results: unknown[] }> };
      expect(validateSarif(log)).toEqual([]);
      expect(log.runs[0]!.results).toHaveLength(total);
    } else if (format === 'junit') {
      const errors: string[] = [];
      const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(run.stdout, 'text/xml');
      expect(errors).toEqual([]);
      const failures = Number(doc.documentElement!.getAttribute('failures'));
      expect(failures).toBe(new Set(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.ruleId}`)).size);
    } else if (format === 'github') {
      const out = run.stdout.trimEnd().split('\n');
      expect(out.slice(0, -1).every((l) => /^::(?:error|warning|notice) file=[^,]+(?:,line=\d+)?(?:,col=\d+)?,title=[^,:]+::/.test(l))).toBe(true);
      expect(out).toHaveLength(total + 1);
      expect(out.at(-1)).toMatch(/^odlint: \d+ problems /);
    } else {
      const issues = JSON.parse(run.stdout) as Array<{ fingerprint: string }>;
      expect(issues).toHaveLength(total);
      expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(total);
    }
  });
});
