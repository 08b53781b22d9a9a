import './fresh-database'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readIndicatorEntry } from '@/domain'
import { useWorkspaceStore } from '@/stores/workspace'
import { startWorkspace } from '@/app/start'

const TEN = ['88.10', '91.92', '99.50', '80', '87.68', '90', '86.09', '75', '40.25', '50']

async function freshLoad() {
  setActivePinia(createPinia())
  const workspace = useWorkspaceStore()
  await startWorkspace()
  return workspace
}

function entry2566() {
  const result = readIndicatorEntry({ fiscalYear: '2566', indicators: TEN, total: '' }, [])
  if (!result.ok) throw new Error('entry')
  return result.scores
}

// One database for the file: each test starts from what the previous ones saved, so each undoes its changes.
describe('workspace store: effective catalogue and years', () => {
  beforeEach(async () => {
    const workspace = await freshLoad()
    await workspace.resetCatalogue()
  })

  it('analyses the open year under the committee\'s catalogue changes, and keeps them after a reload', async () => {
    const workspace = await freshLoad()
    expect(workspace.analysis!.issueGroups[6]!.items.map((item) => item.code)).not.toContain('i12')
    await workspace.saveCatalogueOverrides({ edits: [{ code: 'i12', title: 'ชื่อใหม่', issueGroups: [4, 7] }], added: [] })
    expect(workspace.analysis!.issueGroups[6]!.improve.map((item) => item.code)).toContain('i12')
    expect(workspace.analysis!.items.find((item) => item.code === 'i12')!.title).toBe('ชื่อใหม่')
    expect(workspace.shippedCatalogue!.items.find((item) => item.code === 'i12')!.issueGroups).toEqual([4])

    const reloaded = await freshLoad()
    expect(reloaded.currentCatalogueOverrides.edits).toEqual([{ code: 'i12', title: 'ชื่อใหม่', issueGroups: [4, 7] }])
    expect(reloaded.analysis!.items.find((item) => item.code === 'i12')!.title).toBe('ชื่อใหม่')
  })

  it('resets to the shipped catalogue and threshold 85', async () => {
    const workspace = await freshLoad()
    await workspace.replaceCatalogueSettings({ edits: [{ code: 'i1', title: 'x' }], added: [] }, 90)
    expect(workspace.analysis!.threshold).toBe(90)
    await workspace.resetCatalogue()
    const reloaded = await freshLoad()
    expect(reloaded.analysis!.threshold).toBe(85)
    expect(reloaded.currentCatalogueOverrides.edits).toEqual([])
    expect(reloaded.analysis!.items.find((item) => item.code === 'i1')!.title).toBe(reloaded.shippedCatalogue!.items[0]!.title)
  })

  it('adds an earlier year from ten indicator scores; the open year then has a previous one', async () => {
    const workspace = await freshLoad()
    expect(workspace.previousAnalysis).toBeNull()
    await workspace.addManualYear(entry2566())
    await expect(workspace.addManualYear(entry2566())).rejects.toThrow('already saved')
    const reloaded = await freshLoad()
    expect(reloaded.yearsOf('demo-nongson')).toEqual([2567, 2566])
    expect(reloaded.previousAssessment?.source.kind).toBe('manual')
    expect(reloaded.previousAnalysis!.scorecard.indicators[8]!.score).toBe(40.25)
    // The year that is open cannot be deleted; another one can.
    await reloaded.deleteAssessment('demo-nongson:2567')
    expect(reloaded.yearsOf('demo-nongson')).toEqual([2567, 2566])
    await reloaded.deleteAssessment('demo-nongson:2566')
    expect((await freshLoad()).yearsOf('demo-nongson')).toEqual([2567])
  })

  it('remembers which year is open across a reload', async () => {
    const workspace = await freshLoad()
    await workspace.addManualYear(entry2566())
    await workspace.select('demo-nongson', 2566)
    const reloaded = await freshLoad()
    expect(reloaded.selection).toEqual({ organizationId: 'demo-nongson', fiscalYear: 2566 })
    expect(reloaded.analysis!.scorecard.fiscalYear).toBe(2566)
    await reloaded.select('demo-nongson', 2567)
    await reloaded.deleteAssessment('demo-nongson:2566')
  })
})
