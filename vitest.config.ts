import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Unit tests (domain, import, storage) run in Node; component tests opt into happy-dom per file
// with `// @vitest-environment happy-dom`.
//
// Two projects: tests of pure code (domain, import, reports, Thai wording, the CLI's process) share
// their modules across files (`isolate: false`: each file no longer re-imports the domain, which
// was most of the unit run's time); tests that hold global state (IndexedDB, Pinia, a DOM) keep a
// fresh module graph per file. A pure test file must not mock modules or change globals.
const PURE = ['app', 'cli', 'domain', 'import', 'report', 'ui'].map((folder) => `test/unit/${folder}/**/*.test.ts`)

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    pool: 'threads',
    // Tests assert behaviour, not speed (speed is measured by `npm run bench`): a test that reads every
    // hostile file twice took 5.7-6.4 s on a loaded 2-core machine and failed on vitest's 5 s default.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      {
        extends: true,
        test: {
          name: 'stateful',
          include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
          exclude: PURE,
        },
      },
    ],
  },
})
