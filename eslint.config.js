// Lint: TypeScript rules, and eslint-plugin-regexp. Super-linear backtracking is an error
// (a scraped page is untrusted input, and a regex that backtracks on it is a hang); the
// plugin's other recommended rules are style advice and only warn.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const regexpRecommended = regexp.configs['flat/recommended'];
const regexpAsWarnings = Object.fromEntries(Object.keys(regexpRecommended.rules).map((rule) => [rule, 'warn']));

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '.cache/**', 'test-artifacts/**']},
  ...tseslint.configs.recommended,
  {
    plugins: regexpRecommended.plugins,
    rules: {
      ...regexpAsWarnings,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
);
