import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from '@playwright/test'

const PORT = Number(process.env.BENCH_PORT ?? 4310)
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`preview server did not start at ${url}`)
}

/**
 * Builds the app, serves it with `vite preview` and runs `measure` with Debian's Chromium on it (the
 * browser tests' setup), then stops both. Set CHROMIUM_PATH for another Chromium, BENCH_PORT for another port.
 */
export async function inBuiltApp<T>(measure: (browser: Browser, base: string) => Promise<T>): Promise<T> {
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
  const base = `http://127.0.0.1:${PORT}`
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    await waitForServer(base)
    return await measure(browser, base)
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}
