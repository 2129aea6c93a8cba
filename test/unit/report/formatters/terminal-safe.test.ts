// Problem 7 of issue 13: control and bidi characters from cells, headers and file names reached the terminal and
// GitHub logs raw. Stylish, github and markdown show each escaped; JSON and SARIF keep the exact strings.
import { describe, expect, it } from 'vitest';
import stylish from '../../../../src/report/formatters/stylish.js';
import github from '../../../../src/report/formatters/github.js';
import markdown from '../../../../src/report/formatters/markdown.js';
import json from '../../../../src/report/formatters/json.js';
import sarif from '../../../../src/report/formatters/sarif.js';
import { AT_REPO_ROOT, finding, reportWith } from '../../../helpers/format-reports.js';
import { HOSTILE_CHARACTERS } from '../../../helpers/hostile-text.js';

function hostileReport(ch: string) {
  return reportWith([
    finding({
      file: `fixtures/health/clinic${ch}visits.csv`,
      message: `'1${ch}234' in field 'vis${ch}its' is not an integer`,
      hint: `remove the ${ch} from '1${ch}234'`,
      data: { value: `'1${ch}234'`, field: `vis${ch}its`, expected: 'an integer' },
    }),
  ]);
}

describe.each(HOSTILE_CHARACTERS)('a finding whose file, message and hint hold %j', (ch, shown) => {
  it('stylish shows it escaped in the file heading, the message and the hint', () => {
    const out = stylish(hostileReport(ch), AT_REPO_ROOT);
    expect(out).not.toContain(ch);
    expect(out).toContain(`clinic${shown}visits.csv`);
    expect(out).toContain(`'1${shown}234' in field 'vis${shown}its'`);
    expect(out).toContain(`remove the ${shown} from`);
  });

  it('github shows it escaped in the file property, the message and the hint', () => {
    const out = github(hostileReport(ch), AT_REPO_ROOT);
    expect(out).not.toContain(ch);
    // A CR is the command syntax's to escape, as %0D; everything else as the terminal-safe form.
    const expected = ch === '\r' ? '%0D' : shown;
    expect(out).toContain(`clinic${expected}visits.csv`);
    expect(out).toContain(`'1${expected}234' in field 'vis${expected}its'`);
    expect(out).toContain(`Hint: remove the ${expected} from`);
  });

  it('markdown shows it escaped (line breaks flattened)', () => {
    const out = markdown(hostileReport(ch), AT_REPO_ROOT);
    expect(out).not.toContain(ch);
    const expected = ch === '\r' || ch === '\u2028' || ch === '\u2029' ? ' ' : shown;
    expect(out).toContain(`clinic${expected}visits.csv`);
    expect(out).toContain(`'1${expected}234' in field 'vis${expected}its'`);
  });

  it('json and sarif keep the exact strings', () => {
    const report = hostileReport(ch);
    const fromJson = JSON.parse(json(report, AT_REPO_ROOT)) as { findings: { message: string; file: string }[] };
    expect(fromJson.findings[0]!.message).toBe(report.findings[0]!.message);
    const log = JSON.parse(sarif(report, AT_REPO_ROOT)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0]!.results[0]!.message.text).toContain(report.findings[0]!.message);
  });
});
