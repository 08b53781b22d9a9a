import { defineConfig } from '@playwright/test'

// Browser journeys run on the built app (`vite preview`) in Debian's Chromium: browsers cannot be
// downloaded on these machines. E2E_PORT lets parallel checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173)

export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // Two workers and the preview server share two cores: under that load a worker's answer (a 64 MB
  // zip bomb stopped, a catalogue file read and saved) took more than the default 5 s in a CI run.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
