import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { findingFingerprint } from '../../../src/report/fingerprint.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'format/unique',
    category: 'format',
    severity: 'error',
    message: "'VR-2026-017' in field 'report_id' must be unique but already appears on line 19",
    file: 'fixtures/health/clinic-visits.csv',
    line: 20,
    column: 1,
    field: 'report_id',
    record: 19,
    dataset: 'health-clinic-statistics',
    messageId: 'duplicate',
    data: { value: "'VR-2026-017'", field: 'report_id', firstLine: 19 },
    ...overrides,
  };
}

describe('findingFingerprint', () => {
  it('is 16 lowercase hex digits and the same for the same finding', () => {
    const fp = findingFingerprint(finding());
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint(finding())).toBe(fp);
  });

  it('does not change when the message is reworded or translated', () => {
    const fr = finding({ message: "'VR-2026-017' dans le champ 'report_id' doit être unique mais figure déjà à la ligne 19" });
    expect(findingFingerprint(fr)).toBe(findingFingerprint(finding()));
  });

  it('does not change when the finding moves: position, numbers in data, severity, dataset and hint are left out', () => {
    const moved = finding({ line: 120, column: 3, record: 119, severity: 'warning', dataset: 'other', hint: 'Did you mean …?', data: { value: "'VR-2026-017'", field: 'report_id', firstLine: 99 } });
    expect(findingFingerprint(moved)).toBe(findingFingerprint(finding()));
  });

  it('does not change as the reference date moves (now, age, late)', () => {
    const at = (now: string, late: string) => finding({ ruleId: 'freshness/overdue', field: undefined, messageId: 'overdue', data: { label: 'The package', due: '2026-03-17', now, late } });
    expect(findingFingerprint(at('2026-11-28', '256 days'))).toBe(findingFingerprint(at('2026-11-27', '255 days')));
  });

  it('changes with what is wrong: the rule, file, field, message id and string values of data', () => {
    const base = findingFingerprint(finding());
    const variants = [
      finding({ ruleId: 'format/type' }),
      finding({ file: 'fixtures/health/clinics.csv' }),
      finding({ field: 'visits' }),
      finding({ messageId: 'other' }),
      finding({ data: { value: "'VR-2026-018'", field: 'report_id', firstLine: 19 } }),
    ];
    const fps = variants.map(findingFingerprint);
    expect(fps).not.toContain(base);
    expect(new Set(fps).size).toBe(fps.length);
  });

});

describe('fingerprints of the demo findings (test/golden/fixtures.json)', () => {
  const report = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'golden', 'fixtures.json'), 'utf8')) as { findings: Finding[] };

  it('share a fingerprint only where the same problem occurs more than once in a file', () => {
    const groups = new Map<string, Finding[]>();
    for (const f of report.findings) {
      const fp = findingFingerprint(f);
      groups.set(fp, [...(groups.get(fp) ?? []), f]);
    }
    const shared = [...groups.values()].filter((g) => g.length > 1);
    // The one repeated problem of the demo: the unpadded EMIS number on three rows of learner-counts.csv.
    expect(shared.map((g) => g.map((f) => `${f.file}:${f.line} ${f.message}`))).toEqual([
      [
        "fixtures/education/learner-counts.csv:5 '10503214' in field 'emis_number' is not a code in schools (field 'emis_number')",
        "fixtures/education/learner-counts.csv:10 '10503214' in field 'emis_number' is not a code in schools (field 'emis_number')",
        "fixtures/education/learner-counts.csv:15 '10503214' in field 'emis_number' is not a code in schools (field 'emis_number')",
      ],
    ]);
  });
});
