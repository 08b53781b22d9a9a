import { expect, test } from '@playwright/test'
import { AssessmentScoresSchema, catalogueFor, projectChanges, round2, scoreAssessment, smallestSetToReach } from '../../src/domain'
import { DEMO_SCORES_2567 } from '../../src/domain/demo/nongson-2567'
import { watchPage } from './helpers'

// Expected figures from the domain core on seed 002 (74.67, ต้องปรับปรุง).
const { catalogue } = catalogueFor(2567)
const card = scoreAssessment(catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567))
const plan85 = smallestSetToReach(catalogue, card, 85)!
const plan95 = smallestSetToReach(catalogue, card, 95)!
const two = (value: number) => round2(value).toFixed(2)

test('what-if: the smallest set reaching 85, then switching items off and on moves the total and level', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  await page.getByRole('link', { name: 'What-if' }).click()
  await expect(page.getByTestId('whatif-plan')).toHaveAttribute('data-value', String(plan85.items.length))
  await expect(page.getByTestId('whatif-total')).toHaveAttribute('data-value', two(plan85.projection.total))
  await expect(page.getByTestId('whatif-level')).toHaveText(plan85.projection.level.name)
  await expect(page.getByTestId('whatif-reached')).toHaveAttribute('data-value', 'yes')
  for (const gain of plan85.items) await expect(page.getByTestId(`whatif-toggle-${gain.code}`)).toBeChecked()
  // 2567 does not give the indicators of EIT and OIT items: their gains are estimates, and the page says so.
  expect(plan85.projection.exact).toBe(false)
  await expect(page.getByTestId('whatif-estimate')).toBeVisible()

  // Switch the last item of the set off: the total falls below 85 and the level with it.
  const last = plan85.items.at(-1)!.code
  const without = projectChanges(catalogue, card, plan85.items.slice(0, -1).map((gain) => ({ code: gain.code, to: 100 })))
  await page.getByTestId(`whatif-toggle-${last}`).uncheck()
  await expect(page.getByTestId('whatif-total')).toHaveAttribute('data-value', two(without.total))
  await expect(page.getByTestId('whatif-reached')).toHaveAttribute('data-value', 'no')
  await expect(page.getByTestId('whatif-level')).toHaveText(without.level.name)
  expect(without.level.name).not.toBe(plan85.projection.level.name)
  await expect(page.getByTestId('whatif-tool-OIT')).toHaveAttribute('data-value', two(without.tools.OIT))

  // And on again, by keyboard (Space on the focused checkbox).
  await page.getByTestId(`whatif-toggle-${last}`).focus()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('whatif-total')).toHaveAttribute('data-value', two(plan85.projection.total))

  // Target 95: a larger set; a typed target works too.
  await page.getByTestId('whatif-preset-95').click()
  await expect(page.getByTestId('whatif-target')).toHaveValue('95')
  await expect(page.getByTestId('whatif-plan')).toHaveAttribute('data-value', String(plan95.items.length))
  await expect(page.getByTestId('whatif-total')).toHaveAttribute('data-value', two(plan95.projection.total))
  await page.getByTestId('whatif-target').fill('70')
  await expect(page.getByTestId('whatif-plan')).toHaveAttribute('data-value', '0')
  await expect(page.getByTestId('whatif-total')).toHaveAttribute('data-value', '74.67')
  await expect(page.getByTestId('whatif-estimate')).toHaveCount(0)

  // Thai digits change the text, not the hooks.
  await page.getByTestId('digit-style').selectOption('thai')
  await expect(page.getByTestId('whatif-total')).toHaveText('๗๔.๖๗')
  await expect(page.getByTestId('whatif-total')).toHaveAttribute('data-value', '74.67')
  expect(watch.foreignRequests).toEqual([])
  expect(watch.consoleErrors).toEqual([])
})
