import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'
import noIgnoredSaveResult from './eslint/no-ignored-save-result.js'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Imported cells and stored values are hostile: markup from data must never be rendered as HTML.
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Everything is saved through the persistence store, which keeps two tabs from overwriting each
    // other, reloads what changed, and works in memory when the browser refuses storage.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/storage/**', 'src/stores/persistence.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['@/storage', '@/storage/index', '@/storage/documents'].map((name) => ({
          name, importNames: ['documentStore', 'DocumentStore'], message: 'Read and save through usePersistenceStore() (src/stores/persistence.ts).',
        })),
      }],
    },
  },
  {
    // A refused save is never shown as done: a SaveResult may not be dropped (eslint/no-ignored-save-result.js).
    // Typed, so only over the app's sources, with the app's tsconfig.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/cli/**'],
    languageOptions: { parserOptions: { project: ['./tsconfig.app.json'], tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.vue'] } },
    plugins: { local: { rules: { 'no-ignored-save-result': noIgnoredSaveResult } } },
    rules: { 'local/no-ignored-save-result': 'error' },
  },
  {
    // The domain core stays pure: no UI, storage, spreadsheet or DOM.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vue', 'pinia', 'vue-router', 'xlsx', 'chart.js', 'vue-chartjs', 'idb'].map((name) => ({
          name, message: 'src/domain is plain TypeScript over plain data.',
        })),
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
)
