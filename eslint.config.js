import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The simulator (src/sim) runs in a Web Worker and in Node: it must not reach for React, zustand,
// the UI's state, or the DOM. These rules make that a lint error rather than a review comment.
const simPurity = {
  files: ['src/sim/**/*.ts'],
  languageOptions: { globals: { ...globals.es2021 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', '@xyflow/*', 'monaco-editor', '@monaco-editor/*', '@xterm/*', 'i18next', 'react-i18next'], message: 'src/sim is pure TypeScript: no UI libraries.' },
          { group: ['**/ui/**', '**/state/**', '**/worker/**', '**/i18n/**', '**/lessons/**'], message: 'src/sim must not depend on the UI, its state or the worker.' },
        ],
      },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'HTMLElement', 'Date'],
    'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded Rng from src/sim/clock.ts.' }, { object: 'Date', property: 'now', message: 'Use the virtual Clock from src/sim/clock.ts.' }],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.generated.*', '.tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/state/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  simPurity,
  {
    // clock.ts is where the simulator's time and Date formatting live
    files: ['src/sim/clock.ts', 'src/sim/**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'] },
  },
);
