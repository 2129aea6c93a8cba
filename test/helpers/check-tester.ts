// A table-driven tester for one check, like ESLint's RuleTester: `valid` inputs give no finding, `invalid` inputs give
// exactly the findings listed (each matched on the properties it names, messageId always), in report order. Inputs
// are real files linted through the run API.
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { cleanupTempDirs, lintFiles, packageWith, type FileContent } from './lint-files.js';

/** One input: files as they are, or a CSV file `data.csv` with a Table Schema (and other resource properties). */
export type CheckInput = {
  /** Shown as the test's name; defaults to the input itself. */
  name?: string;
  /** The rule's options (`with:`). */
  options?: Record<string, unknown>;
  now?: string;
  /** The standard's vocabularies (default: the bundled standard's). */
  vocabularies?: ReadonlyMap<string, unknown>;
  /** The paths to lint, relative to the input's folder (default: all of it). */
  paths?: string[];
} & ({ files: Record<string, FileContent> } | { csv: string; schema?: Record<string, unknown>; resource?: Record<string, unknown> });

export type ExpectedFinding = Partial<Omit<Finding, 'messageId'>> & { messageId: string };

export interface CheckTests {
  valid: CheckInput[];
  invalid: Array<CheckInput & { findings: ExpectedFinding[] }>;
}

function filesOf(input: CheckInput): Record<string, FileContent> {
  return 'files' in input ? input.files : packageWith('data.csv', input.csv, input.schema, input.resource);
}

function nameOf(input: CheckInput): string {
  if (input.name) return input.name;
  const text = 'csv' in input ? input.csv : Object.keys(input.files).join(', ');
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}

function settingsOf(check: string, input: CheckInput) {
  return { check, options: input.options, now: input.now, vocabularies: input.vocabularies, paths: input.paths };
}

/** Registers a describe block with one test per input. */
export function testCheck(check: string, tests: CheckTests): void {
  describe(`check '${check}'`, () => {
    afterAll(cleanupTempDirs);
    for (const input of tests.valid) {
      it(`passes ${nameOf(input)}`, async () => {
        expect(await lintFiles(filesOf(input), settingsOf(check, input))).toEqual([]);
      });
    }
    for (const input of tests.invalid) {
      it(`reports ${nameOf(input)}`, async () => {
        const findings = await lintFiles(filesOf(input), settingsOf(check, input));
        expect(findings.length, findings.map((f) => `${f.line ?? '-'}: ${f.message}`).join('\n')).toBe(input.findings.length);
        input.findings.forEach((expected, i) => expect(findings[i]).toMatchObject(expected));
      });
    }
  });
}
