// A project: the config file found for it (if any), the standard it resolves to, and the checks that standard uses.
import type { Check } from '../checks/check.js';
import { checkRegistry } from '../checks/index.js';
import { BUNDLED_STANDARD, loadStandard, type Standard } from '../standard/load.js';

export interface ProjectOptions {
  /** Folder the config search starts from and relative paths resolve against. Default: process.cwd(). */
  cwd?: string;
  /** A config file to use (--config), or false to use none (--no-config). Default: search. */
  config?: string | false;
  /** A standard named on the command line (--standard): wins over the config's. */
  standard?: string;
}

export interface Project {
  standard: Standard;
  checks: ReadonlyMap<string, Check>;
}

export async function loadProject(opts: ProjectOptions = {}): Promise<Project> {
  const checks = checkRegistry();
  return { standard: loadStandard(opts.standard ?? BUNDLED_STANDARD, checks), checks };
}
