// ESLint (flat config), run by `npm run check` with --max-warnings 0. It lives beside the other
// tools' configs in tests/; with --config its globs are relative to the project root.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.astro/**',
      'test-results/**',
      'playwright-report/**',
      '.wrangler/**',
      'public/**',
      'tests/e2e/host/wordpress/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
