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

/**
 * What a first start holds (src/app/demo-seed.ts): seed 002's อบต.หนองซอน (its 2567 result and 2568 measures
 * table), seed 003's อบต.บ้านแหง (an unscored 2568 and its 2569 action plan) and seed 001's อบต.บางเตย (an
 * unscored 2566, its 2567 plan and its 12-month report): one year each in the switcher.
 */
export const DEMO = {
  organizations: ['demo-nongson', 'demo-banhaeng', 'demo-bangtoei'],
  years: 3,
  kinds: ['action-plan', 'action-plan', 'assessment', 'assessment', 'assessment', 'follow-up', 'measure-plan', 'organization', 'organization', 'organization'],
} as const
