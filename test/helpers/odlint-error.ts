// The OdlintError a call throws, for tests of bad input: fails the test when the call throws nothing, or throws
// anything else (a crash would reach the user as an internal error, not a message).
import { expect } from 'vitest';
import { OdlintError } from '../../src/util/errors.js';

export function errorOf(fn: () => unknown): OdlintError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OdlintError);
    return err as OdlintError;
  }
  throw new Error('expected an OdlintError, but nothing was thrown');
}

export async function errorOfAsync(fn: () => Promise<unknown>): Promise<OdlintError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OdlintError);
    return err as OdlintError;
  }
  throw new Error('expected an OdlintError, but nothing was thrown');
}
