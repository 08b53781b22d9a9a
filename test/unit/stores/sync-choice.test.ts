import { afterAll, beforeAll, expect, it } from 'vitest'
import { startCouch, type TestCouch } from '../sync/server'
import { openWorkspace } from './fresh-workspace'

/**
 * The committee's choice in a conflict while a sync round is under way (the every-15-seconds round,
 * the one after a save, or the one when the browser comes back online): the choice waits for the round,
 * so the round's sync state, written back at its end, cannot bring the settled conflict back.
 * A CI run of the two-member browser journey caught it: "keep mine" told, and the conflict still shown.
 */

let couch: TestCouch
beforeAll(async () => {
  couch = await startCouch()
  await couch.addUser('somchai', 'somchai-pass')
  await couch.addDatabase('committee-mine', ['somchai'])
  await couch.addDatabase('committee-theirs', ['somchai'])
}, 60_000)
afterAll(async () => couch?.stop())

it.each([
  { choice: 'mine', database: 'committee-mine', kept: 95 },
  { choice: 'theirs', database: 'committee-theirs', kept: 70 },
] as const)('keeps the chosen copy ($choice) when the choice is made while a round is running, on both sides', async ({ choice, database, kept }) => {
  const workspace = await openWorkspace()
  const { useSyncStore } = await import('@/stores/sync')
  const sync = useSyncStore()
  await sync.configure({ server: couch.url, user: 'somchai' })
  const organizationId = workspace.currentOrganization!.id
  const record = workspace.currentAssessment!
  const serverId = `/${database}/${encodeURIComponent(`assessment:${record.id}`)}`
  try {
    await sync.connect('somchai-pass')
    await sync.share(organizationId, database)
    expect(sync.problem).toBeNull()

    // Another member's 70 reaches the server while 95 is saved here: a conflict.
    const there = (await couch.admin('GET', serverId)).body as { data: Record<string, unknown> }
    expect((await couch.admin('PUT', serverId, { ...there, data: { ...there.data, threshold: 70 } })).status).toBe(201)
    expect((await workspace.setThreshold(95))?.ok).toBe(true)
    await sync.syncNow()
    expect(sync.conflicts.map((conflict) => conflict.id)).toEqual([record.id])

    // A round starts; the committee chooses before it ends.
    const round = sync.syncNow()
    if (choice === 'mine') await sync.chooseMine(sync.conflicts[0]!)
    else expect(await sync.chooseTheirs(sync.conflicts[0]!)).toBe(true)
    await round

    expect(sync.conflicts).toEqual([])
    expect(((await couch.admin('GET', serverId)).body as { data: { threshold: number } }).data.threshold).toBe(kept)
    expect(workspace.currentAssessment!.threshold).toBe(kept)
    // Settled for good: the next round neither brings the conflict back nor moves anything.
    await sync.syncNow()
    expect(sync.conflicts).toEqual([])
    expect(sync.lastReport).toMatchObject({ pushed: 0, pulled: 0, problem: null })
  } finally {
    sync.stop()
  }
})
