import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Browser-only globals (those Node does not have too): src/core runs in the page, the reader, the
 * CLI and the unit tests alike, so it gets the document and window it works on passed in.
 */
const BROWSER_ONLY = Object.keys(globals.browser).filter(
  (name) => !(name in globals.node) && !(name in globals.es2021),
);

/** `import.meta.env.FIREFOX` and friends: browser differences live in src/platform only. */
const BUILD_ENV = {
  selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
  message: 'Build-time browser checks (import.meta.env) belong in src/platform.',
};

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'artifacts/',
      'src/core/detect/registry-data.ts',
      'src/core/simplify/lexicon/sv-verbs-data.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        defineUnlistedScript: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    ignores: ['src/platform/**'],
    rules: { 'no-restricted-syntax': ['error', BUILD_ENV] },
  },
  {
    // The pipeline's core: no browser globals, no extension APIs, nothing from the layers above it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_ONLY.map((name) => ({ name, message: 'src/core uses no browser globals: take it as an argument.' })),
        { name: 'chrome', message: 'src/core uses no extension APIs.' },
        { name: 'browser', message: 'src/core uses no extension APIs.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
              message: 'src/core uses no extension APIs.',
            },
            {
              group: ['**/platform/*', '**/player/*', '**/ui/*', '**/ui/**', '**/speech/*'],
              message: 'src/core depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
);
