// Lint, including the layer rules of DESIGN.md §9: imports point one way.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: patterns.flat() }] },
});
// Our own folders are matched on relative import paths only, so '@mantine/core' is not "core".
const ours = (names) => ({ regex: `^(\\.\\.?/)+(.*/)?(${names.join('|')})(/|$)` });
const ban = (group, message) => {
  const folders = group.filter((g) => g.startsWith('**/')).map((g) => g.slice(3, -3));
  const packages = group.filter((g) => !g.startsWith('**/'));
  return [
    ...(folders.length ? [{ ...ours(folders), message }] : []),
    ...(packages.length ? [{ group: packages, message }] : []),
  ];
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'drizzle/**',
      '.tmp/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // TanStack Virtual's hook is fine without the React Compiler, which we do not use.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/core/**'],
    [
      ban(
        [
          '**/db/**',
          '**/services/**',
          '**/hosts/**',
          '**/server/**',
          '**/renderer/**',
          '**/export/**',
          '**/electron/**',
        ],
        'core is pure domain logic: it imports only shared',
      ),
      ban(
        ['node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron', 'react'],
        'core does no I/O',
      ),
    ],
  ),
  layer(
    ['src/shared/**'],
    [
      ban(
        [
          '**/core/**',
          '**/db/**',
          '**/services/**',
          '**/hosts/**',
          '**/server/**',
          '**/renderer/**',
          '**/electron/**',
          'node:*',
        ],
        'shared is the contract: it imports nothing of ours',
      ),
    ],
  ),
  layer(
    ['src/db/**'],
    [
      ban(
        ['**/services/**', '**/hosts/**', '**/server/**', '**/renderer/**', 'electron'],
        'db sits below services',
      ),
    ],
  ),
  layer(
    ['src/services/**'],
    [
      ban(
        ['**/hosts/**', '**/server/**', '**/renderer/**', 'electron'],
        'services do not know their hosts',
      ),
    ],
  ),
  layer(
    ['src/renderer/**'],
    [
      ban(
        [
          '**/db/**',
          '**/services/**',
          '**/server/**',
          '**/hosts/**',
          '**/core/**',
          '**/electron/**',
          'electron',
          'node:*',
          'better-sqlite3',
        ],
        'the renderer talks to the API contract only',
      ),
    ],
  ),
  layer(
    ['src/export/**'],
    [
      ban(
        ['**/db/**', '**/services/**', '**/hosts/**', '**/server/**', '**/renderer/**', 'electron'],
        'export writers turn views into files: they use core and shared only',
      ),
    ],
  ),
  layer(
    ['src/server/**'],
    [
      ban(
        ['**/db/**', '**/services/**', '**/renderer/**', '**/hosts/**', 'electron'],
        'the server uses core and shared',
      ),
    ],
  ),
);
