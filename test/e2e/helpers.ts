import type { Page, Request } from '@playwright/test'

/**
 * Records every request a page makes to another origin, and every console error, so journeys can
 * assert that nothing leaves the machine and nothing failed quietly.
 */
export function watchPage(page: Page, baseURL: string): { foreignRequests: string[]; consoleErrors: string[] } {
  const origin = new URL(baseURL).origin
  const foreignRequests: string[] = []
  const consoleErrors: string[] = []
  page.on('request', (request: Request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreignRequests.push(url)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  return { foreignRequests, consoleErrors }
}
