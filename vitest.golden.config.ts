import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// Golden checks against third-party published data that lives outside this repository
// (../shared/data by default, or the folder given after `--`). Run by .ci/run after `npm test`.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['test/golden/**/*.golden.ts'],
    environment: 'node',
  },
})
