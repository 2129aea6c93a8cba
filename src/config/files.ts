// The names a project config file may have, in the order they are looked for in each folder.
export const CONFIG_MODULE = 'odlint';

export const CONFIG_FILE_NAMES = [
  'package.json',
  '.odlintrc',
  '.odlintrc.json',
  '.odlintrc.yaml',
  '.odlintrc.yml',
  'odlint.config.js',
  'odlint.config.mjs',
  'odlint.config.cjs',
] as const;
