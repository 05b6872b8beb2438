// ESLint (flat config), run by `npm run check` with --max-warnings 0. It lives beside the other
// tools' configs in tests/; with --config its globs are relative to the project root.
// TypeScript's recommended rules, Astro's, and Astro's strict accessibility rules (jsx-a11y-x,
// the ESLint 10 build of eslint-plugin-jsx-a11y, applied to .astro templates).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    // Built output, caches, copies of released or third-party files kept byte for byte.
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
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a value left out on purpose (`{ at: _at, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Scrollable regions must be reachable by keyboard (WCAG 2.1.1; axe's
      // scrollable-region-focusable): the snippets' <pre> and the builder's preview <section>.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre', 'section'], roles: ['region'] }],
      // The comparison tables state their roles on purpose: on phones CSS turns rows into cards
      // (display: block), which drops a table's native semantics in some browsers.
      'astro/jsx-a11y/no-redundant-roles': ['error', { table: ['table'], thead: ['rowgroup'], tbody: ['rowgroup'], tr: ['row'] }],
      'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', { td: ['cell'] }],
    },
  },
  {
    // TypeScript checks names itself (astro check), including globals declared in .d.ts files.
    files: ['**/*.ts', '**/*.astro'],
    rules: { 'no-undef': 'off' },
  },
  {
    // These tests bend content into shapes the schemas and checks must refuse; `any` is the
    // honest type for deliberately wrong data.
    files: ['tests/unit/schemas/**', 'tests/unit/lib/validate.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Browser tests take `test` from ./support, whose fixture fails a test on any Content Security
    // Policy violation; Playwright's own `test` would skip that check.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import test from './support': it fails the test on any CSP violation.",
            },
          ],
        },
      ],
    },
  },
);
