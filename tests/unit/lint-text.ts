import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The project's own ESLint configuration run on a file that exists only in the test (type-aware
 * rules off for that reason): the messages of one rule for `code` placed at `file`.
 */
export function lintText(rule: string) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        'import/no-cycle': 'off',
      },
    },
  });
  return async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages
      .filter((m) => m.ruleId === rule)
      .map((m) => m.message);
}
