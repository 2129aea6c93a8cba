// Every built-in check's messages: templates that compile, ids that are names, and the contract a worker thread
// needs (the check is the default export of its module).
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKS } from '../../../src/checks/index.js';
import { compileTemplate } from '../../../src/util/message-template.js';

describe('the messages of the built-in checks', () => {
  for (const check of BUILT_IN_CHECKS) {
    it(`${check.id}: declares messages that compile, with camelCase ids`, () => {
      const ids = Object.keys(check.messages);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(() => compileTemplate(check.messages[id]!), `${check.id}.${id}`).not.toThrow();
      }
    });

    it(`${check.id}: is the default export of the module it names`, async () => {
      expect(check.module).toBeDefined();
      const mod = (await import(check.module!)) as { default?: unknown };
      expect(mod.default).toBe(check);
    });
  }
});
