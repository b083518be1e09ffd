// @ts-check
/**
 * ESLint (`npm run lint`, with `prettier --check .`): the recommended rules of ESLint,
 * typescript-eslint and eslint-plugin-astro, and the import boundaries of src/ (see README,
 * "Layout"). Imports run top-down:
 *
 *   config/            settings: region, deployment           imports nothing from src/
 *   i18n/              the text catalogue, languages, formats  config; types only from data/
 *   data/              the data library                        config, i18n
 *     schema/            one zod schema per table              (nothing else in data/)
 *     validation/        the validator                         may use release/ (it checks releases)
 *     release/           release rules, files, changelog       never validation/, but for its CSV reader
 *   urls.ts, api/, charts/, map/, components/, layouts/, pages/, content/, cli/   the site and the tools
 *   map/client/        browser code of the map                 only itself and map/palette (types from anywhere)
 *
 * Nothing imports a page (src/pages/): pages are entry points.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Folders of the site and the tools, which the data library and the catalogue must not import. */
const SITE = ['**/urls', '**/api/**', '**/charts/**', '**/map/**', '**/components/**', '**/layouts/**', '**/content/**', '**/cli/**'];
const PAGES = {
  group: ['**/pages/**'],
  message: 'Pages are entry points: move what both need into a component or a module of src/.',
};
const siteFromData = {
  group: [...SITE, 'astro:*'],
  message: 'The data library (src/data/) does not depend on the site: pass the value in, or move the code to the site.',
};

/**
 * `@typescript-eslint/no-restricted-imports` with these patterns (a later entry for the same files replaces an earlier one).
 * @param {...{ group: string[]; message: string; allowTypeImports?: boolean }} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', '.astro-*/', 'node_modules/', 'data/', 'schemas/', 'public/', 'tests/fixtures/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    rules: {
      // tsc checks names (and knows the globals of Node, the browser and Astro); the rule does not read types.
      'no-undef': 'off',
      // A leading underscore marks a value kept on purpose: a parameter a translation does not use, a field left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Node's CommonJS helpers (the benchmark's resource-usage runner is loaded with --require).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Left to the validator rewrite (#14), which owns src/data/validation/: `let need = 0` is never read.
    files: ['src/data/validation/read-csv.ts'],
    rules: { 'no-useless-assignment': 'off' },
  },
  // Import boundaries.
  {
    files: ['src/**/*.{ts,astro}'],
    rules: restrict(PAGES),
  },
  {
    files: ['src/config/**'],
    rules: restrict(PAGES, {
      group: ['**/data/**', '**/i18n/**', ...SITE],
      message: 'src/config/ is the bottom layer: it imports nothing from src/.',
    }),
  },
  {
    files: ['src/i18n/**'],
    rules: restrict(
      PAGES,
      { group: SITE, message: 'The text catalogue does not depend on the site.' },
      {
        group: ['**/data/**'],
        allowTypeImports: true,
        message: 'The text catalogue runs no data code, so the data library can use it: import types only (import type …).',
      },
    ),
  },
  {
    files: ['src/data/**'],
    rules: restrict(PAGES, siteFromData),
  },
  {
    files: ['src/data/schema/**'],
    rules: restrict(
      PAGES,
      siteFromData,
      {
        group: ['**/release/**', '**/views/**', '**/files/**', '**/package/**', '**/load'],
        message: 'A schema is the single source of truth: it imports only other schemas, config and i18n.',
      },
      {
        group: ['**/validation/**'],
        allowTypeImports: true,
        message:
          "A schema is the single source of truth: it runs no validator code (it may name its row rules' message keys: import type { MessageKey }).",
      },
    ),
  },
  {
    files: ['src/data/release/**'],
    rules: restrict(PAGES, siteFromData, {
      group: ['**/validation/**', '!**/validation/read-csv', '!**/validation/canonical'],
      message: 'Release rules live in src/data/release/ and the validator runs them, not the other way round (the CSV reader is shared).',
    }),
  },
  {
    files: ['src/data/validation/**'],
    rules: restrict(PAGES, siteFromData, {
      group: ['**/views/**'],
      message: 'The validator checks files against the schemas and the release rules; the derived views are for the site.',
    }),
  },
  {
    files: ['src/map/client/**'],
    rules: restrict(PAGES, {
      group: ['../*', '!../palette', '../../**', 'node:*'],
      allowTypeImports: true,
      message: 'src/map/client/ runs in the browser: it imports only itself, map/palette and leaflet (types from anywhere).',
    }),
  },
);
