import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { legacyFingerprint as findingFingerprint, normaliseMessage } from '../../../src/baseline/legacy-fingerprint.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'format/unique',
    category: 'format',
    severity: 'error',
    message: "'VR-2026-017' in field 'report_id' must be unique but already appears on line 19",
    messageId: 'duplicate',
    file: 'fixtures/health/clinic-visits.csv',
    line: 20,
    column: 1,
    field: 'report_id',
    record: 19,
    dataset: 'health-clinic-statistics',
    ...overrides,
  };
}

describe('legacyFingerprint (baseline format 1)', () => {
  it('is 16 lowercase hex digits and the same for the same finding', () => {
    const fp = findingFingerprint(finding());
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint(finding())).toBe(fp);
  });

  it('keeps its value when the finding moves to another line (rows inserted above)', () => {
    const moved = finding({ line: 23, record: 22, column: 1, message: "'VR-2026-017' in field 'report_id' must be unique but already appears on line 22" });
    expect(findingFingerprint(moved)).toBe(findingFingerprint(finding()));
  });

  it('ignores severity, dataset and hint (configuration and advice, not the problem)', () => {
    expect(findingFingerprint(finding({ severity: 'warning', dataset: 'other', hint: 'Did you mean …?' }))).toBe(findingFingerprint(finding()));
  });

  it('differs for different values, fields, rules and files', () => {
    const base = findingFingerprint(finding());
    const variants = [
      finding({ message: "'VR-2026-018' in field 'report_id' must be unique but already appears on line 19" }),
      finding({ field: 'clinic_id', message: "'VR-2026-017' in field 'clinic_id' must be unique but already appears on line 19" }),
      finding({ ruleId: 'linking/unique-keys' }),
      finding({ file: 'fixtures/health/clinics.csv' }),
    ];
    const fps = variants.map(findingFingerprint);
    expect(new Set([base, ...fps]).size).toBe(variants.length + 1);
  });

  it('tells apart values that differ only in their digits, since quoted text is kept', () => {
    const a = finding({ ruleId: 'format/type', message: "'1 234' in field 'visits' is not an integer", field: 'visits' });
    const b = finding({ ruleId: 'format/type', message: "'1 235' in field 'visits' is not an integer", field: 'visits' });
    expect(findingFingerprint(a)).not.toBe(findingFingerprint(b));
  });

  it('keeps freshness findings stable as the reference date advances', () => {
    const at = (days: number, now: string): Finding => ({
      ruleId: 'freshness/overdue',
      category: 'freshness',
      severity: 'warning',
      messageId: 'overdue',
      file: 'fixtures/transport/datapackage.json',
      line: 8,
      message: `The package was last modified on 2025-12-15 and is updated quarterly ('QUARTERLY'): the next update was due on 2026-03-16 and is ${days} days late at ${now}`,
    });
    expect(findingFingerprint(at(256, '2026-11-28'))).toBe(findingFingerprint(at(255, '2026-11-27')));
  });
});

describe('normaliseMessage', () => {
  it('replaces positions and counts outside quotes', () => {
    expect(normaliseMessage('Mixed line endings: 3 line(s) end with LF (Unix) (first on line 5) while 19 end with CRLF (Windows)')).toBe(
      'Mixed line endings: # line(s) end with LF (Unix) (first on line #) while # end with CRLF (Windows)',
    );
    expect(normaliseMessage('Record 14 is an array, not an object: each record must be a JSON object {…}')).toBe(
      'Record # is an array, not an object: each record must be a JSON object {…}',
    );
    expect(normaliseMessage('After the quoting error above, the parser could not find where the next row starts: lines 12–40 were not read')).toBe(
      'After the quoting error above, the parser could not find where the next row starts: lines #–# were not read',
    );
  });

  it('keeps quoted values, hex bytes and the context of an encoding error', () => {
    const m = 'Invalid UTF-8 byte sequence 0xE9 at byte 573 (near "26008,Caf\uFFFD Durban,ETH,8450.00,")';
    expect(normaliseMessage(m)).toBe('Invalid UTF-# byte sequence 0xE9 at byte # (near "26008,Caf\uFFFD Durban,ETH,8450.00,")');
  });

  it('does not take an apostrophe for a quote, and keeps a value with an apostrophe whole', () => {
    expect(normaliseMessage("The package's licence CC-BY-NC-4.0 ('https://creativecommons.org/licenses/by-nc/4.0/') forbids commercial use")).toBe(
      "The package's licence CC-BY-NC-# ('https://creativecommons.org/licenses/by-nc/4.0/') forbids commercial use",
    );
    expect(normaliseMessage("'O'Brien 2' in field 'name' is not one of the allowed values")).toBe("'O'Brien 2' in field 'name' is not one of the allowed values");
  });

  it('reduces paths outside quotes (relative to the working directory) to their last segment', () => {
    const fromRoot = "field 'emis_number' of schools holds zero-padded codes such as '010503214' (fixtures/education/schools.csv line 11, 3 in all)";
    const fromFixtures = "field 'emis_number' of schools holds zero-padded codes such as '010503214' (education/schools.csv line 11, 3 in all)";
    expect(normaliseMessage(fromRoot)).toBe(normaliseMessage(fromFixtures));
    expect(normaliseMessage(fromRoot)).toContain('(schools.csv line #, # in all)');
    // A quoted path is the package's own reference, the same from any folder: kept.
    expect(normaliseMessage("the path '../municipal-register/municipalities.csv' uses '..'")).toBe("the path '../municipal-register/municipalities.csv' uses '..'");
  });
});

describe('messages reworded since format 1', () => {
  it('are hashed as format 1 wrote them, so its baselines still accept the findings', () => {
    const base = { ruleId: 'format/quoting', category: 'format', severity: 'error', file: 'd.csv', line: 3 } as const;
    const then: Finding = { ...base, message: 'A quoted field opened with " on this line is never closed, so the rest of the file could not be read' } as Finding;
    const now: Finding = {
      ...base, messageId: 'quoteNotClosed', data: { quote: '"', firstLine: 3, lastLine: 9, count: 7 },
      message: 'A quoted field opened with " on this line is never closed: lines 3–9 (7 lines) were not read',
    } as Finding;
    expect(findingFingerprint(now)).toBe(findingFingerprint(then));
    const closedThen = { ...base, message: 'A quoted field is closed by " but more text follows before the next delimiter; the row could not be read and was skipped' } as Finding;
    const closedNow = { ...base, messageId: 'textAfterClosingQuote', data: { quote: '"' }, message: "A quoted field is closed by \" but more text follows before the next delimiter; it was read as part of the field's value, the quote with it" } as Finding;
    expect(findingFingerprint(closedNow)).toBe(findingFingerprint(closedThen));
  });
});
