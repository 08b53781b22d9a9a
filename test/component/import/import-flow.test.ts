// @vitest-environment happy-dom
import '../../unit/stores/fresh-database'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { startWorkspace } from '@/app/start'
import { useImportFlow, type ImportReader } from '@/composables/useImportFlow'
import { runImport } from '@/import/pipeline'
import { simulateFullDisk } from '../../unit/storage/full-disk'

// The import screen's flow without its view: a real file read by the real pipeline (in process: unit
// tests have no Web Worker), previewed, and saved through the workspace store on a fresh database.

const inProcess: ImportReader = (input, options, onProgress) => ({ outcome: runImport(input, { ...options, onProgress }), cancel: () => undefined })
const file = () => ({ kind: 'file' as const, name: 'itas-web-table.xls', bytes: new Uint8Array(readFileSync('test/fixtures/import/itas-web-table.xls')) })

async function openFlow() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const workspace = await startWorkspace()
  let flow!: ReturnType<typeof useImportFlow>
  mount(defineComponent({ setup: () => { flow = useImportFlow(inProcess); return () => null } }), { global: { plugins: [pinia] } })
  await flow.start(file(), { kind: 'file', name: 'itas-web-table.xls' })
  return { flow, workspace }
}

const choicesOf = (flow: ReturnType<typeof useImportFlow>) => flow.read.value!.assessments.map((parsed) => ({ parsed, organizationName: parsed.organization!.name, fiscalYear: parsed.fiscalYear! }))

describe('the import flow', () => {
  it('reads a file to its preview, and a good save lands where it opens', async () => {
    const { flow, workspace } = await openFlow()
    expect(flow.state.value.step).toBe('preview')
    expect(flow.read.value?.assessments[0]?.organization?.name).toBe('เทศบาลตำบลท่าช้าง')
    const landed = await flow.save(choicesOf(flow))
    expect(landed).toMatchObject({ single: true, open: { fiscalYear: 2568 } })
    expect(flow.state.value.step).toBe('idle')
    expect(workspace.currentOrganization?.name).toBe('เทศบาลตำบลท่าช้าง')
  })

  it('a save refused for lack of room stays on its preview with the file, says so in Thai, and saves nothing', async () => {
    const { flow, workspace } = await openFlow()
    const organizations = workspace.organizations.length
    const stop = await simulateFullDisk()
    try {
      expect(await flow.save(choicesOf(flow))).toBeNull()
    } finally {
      stop()
    }
    const state = flow.state.value
    expect(state.step).toBe('preview')
    if (state.step !== 'preview') return
    expect(state.problem).toContain('ยังไม่ได้นำเข้า: พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม')
    expect(state.read.assessments[0]?.organization?.name).toBe('เทศบาลตำบลท่าช้าง')
    expect(workspace.organizations).toHaveLength(organizations)
    expect(workspace.lastImport).toBeNull()
    // With room again, the same preview saves.
    expect(await flow.save(choicesOf(flow))).not.toBeNull()
  })

  it('a rejected input says why in Thai and leaves no preview', async () => {
    const { flow } = await openFlow()
    await flow.start({ kind: 'paste', text: 'ไม่ใช่ตาราง' }, { kind: 'paste', name: 'ตารางที่วาง' })
    expect(flow.state.value.step).toBe('rejected')
    expect(flow.read.value).toBeNull()
  })
})
