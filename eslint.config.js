// ESLint flat config. Formatting is Prettier's job: no stylistic rules are enabled here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A relative import that climbs into a sibling top-level folder of src/, e.g. `../../app/main`.
// (Matched on the import text, so a subfolder of the importing area with the same name would
// also match; none exists, and keeping it that way keeps the layering readable.)
/** @param {string[]} areas */
const intoSrc = (areas) => ({
  regex: `^(\\.\\./)+(src/)?(${areas.join('|')})(/|$)|^/?src/(${areas.join('|')})(/|$)`,
  message: `This layer may not import src/${areas.length === 1 ? areas[0] : `{${areas.join(',')}}`} (see the layering rules in eslint.config.js).`,
});

const CORE_FORBIDDEN_PACKAGES = {
  regex: '^(react|react-dom|@xstate/react|d3|d3-(selection|transition|zoom|drag|brush|axis))(/|$)',
  message:
    'src/core is pure TypeScript that runs under plain Node: no React, no DOM-bound d3 modules.',
};

const STUDIO_FORBIDDEN_PACKAGES = {
  regex: '^(react|react-dom|@xstate/react|d3|d3-(selection|transition|zoom|drag|brush|axis))(/|$)',
  message:
    'src/studio is the headless actor system: no React, no DOM-bound d3 modules; screens sit on top of it.',
};

/** @param {string} area */
const noBrowserGlobals = (area) =>
  ['window', 'document', 'localStorage', 'navigator', 'Worker', 'self'].map((name) => ({
    name,
    message: `${area} runs under plain Node and in workers: no browser globals.`,
  }));

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'storybook-static/',
    'test-results/',
    'coverage/',
    '.git/',
  ]),

  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Plain JavaScript (configs, scripts): Node globals, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  // TypeScript: type-aware rules through the project service (tsconfig.json's references).
  {
    files: ['**/*.{ts,mts,cts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },

  // React: hooks rules for components, hooks, stories and their tests.
  {
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/viz/**/*.{ts,tsx}',
      'src/storage/**/*.{ts,tsx}',
      '.storybook/preview.{ts,tsx}',
      'stories/**/*.{ts,tsx}',
      'test/app/**/*.{ts,tsx}',
    ],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
  },

  // Layering. Each block replaces the rule's options of the one before for the files it covers,
  // so every block lists all that its area may not import.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoSrc(['cli'])] }],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}', 'src/viz/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoSrc(['app', 'cli'])] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [CORE_FORBIDDEN_PACKAGES, intoSrc(['studio', 'app', 'viz', 'storage', 'cli'])],
        },
      ],
      'no-restricted-globals': ['error', ...noBrowserGlobals('src/core')],
    },
  },
  // The studio is headless like the core: it may import src/core and xstate, never React or the DOM.
  {
    files: ['src/studio/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [STUDIO_FORBIDDEN_PACKAGES, intoSrc(['app', 'viz', 'storage', 'cli'])] },
      ],
      'no-restricted-globals': ['error', ...noBrowserGlobals('src/studio')],
    },
  },
  // src/cli is the Node entry point; it may import src/core (and src/studio) but nothing imports it.
);
